/**
 * The extraction engine: entities and their mentions, then quotes, then
 * reported statements, then the learned speaker decision. Pure functions of
 * the article text, the entity list and the committed speaker model.
 */
import { splitSentences } from './analysis/sentences.ts';
import { findEntities } from './entities/index.ts';
import { analyzeArticle, quotesOf } from './quotes/index.ts';
import { statementsOf } from './statements/index.ts';
import type { ArticleText, EntityListEntry, Extraction } from './types.ts';
import { COMMITTED_SPEAKER_MODEL } from './speakers/committed-model.ts';
import { applySpeakerModel, type SpeakerModel } from './speakers/ranker.ts';

export type {
  ArticleText,
  Block,
  Entity,
  EntityKind,
  EntityListEntry,
  EntityMention,
  Extraction,
  Location,
  MentionForm,
  Quote,
  QuoteKind,
  Statement,
} from './types.ts';

export interface ExtractOptions {
  /** The editable entity list (content/entities/); names in it are recognised and keep their ids. Default: none. */
  entityList?: readonly EntityListEntry[];
  /**
   * Decides each quote's speaker among its candidates after the rules have
   * proposed theirs (src/extract/speakers/, trained by src/learn/). Default: the committed model, as the site
   * and the CLI use it; null: the rules' own speakers (what training reads).
   */
  speakerModel?: SpeakerModel | null;
}

export function extractArticle(article: ArticleText, options: ExtractOptions = {}): Extraction {
  const { entities, mentions } = findEntities(article, options.entityList ?? []);
  const analysis = analyzeArticle(article, { entities, mentions });
  const sentences = article.paragraphs.map((paragraph) => splitSentences(paragraph));
  const extraction = { entities, mentions, quotes: quotesOf(analysis), statements: statementsOf(analysis), sentences };
  const model = options.speakerModel === undefined ? COMMITTED_SPEAKER_MODEL : options.speakerModel;
  return model === null ? extraction : applySpeakerModel(extraction, article, model);
}
