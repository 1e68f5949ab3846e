/**
 * The extraction engine: entities and their mentions, then quotes, then
 * reported statements. Pure functions of the article text and the entity list.
 */
import { findEntities } from './entities/index.ts';
import { analyzeArticle, quotesOf } from './quotes/index.ts';
import { statementsOf } from './statements/index.ts';
import type { ArticleText, EntityListEntry, Extraction } from './types.ts';

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
}

export function extractArticle(article: ArticleText, options: ExtractOptions = {}): Extraction {
  const { entities, mentions } = findEntities(article, options.entityList ?? []);
  const analysis = analyzeArticle(article, { entities, mentions });
  return { entities, mentions, quotes: quotesOf(analysis), statements: statementsOf(analysis) };
}
