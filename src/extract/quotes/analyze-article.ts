import type { ArticleText, Entity, EntityMention } from '../types.ts';
import { analyzeBlock, type AnalyzedBlock } from './analyze-block.ts';
import { buildDiscourse, type Discourse } from './discourse.ts';

/** Entities and mentions as the entity finder returns them. */
export interface FoundEntities {
  entities: readonly Entity[];
  mentions: readonly EntityMention[];
}

/** The article read once: every block tokenized and paired, plus who has been named so far. */
export interface ArticleAnalysis {
  blocks: AnalyzedBlock[];
  entityById: ReadonlyMap<string, Entity>;
  discourse: Discourse;
}

export function analyzeArticle(article: ArticleText, found: FoundEntities): ArticleAnalysis {
  const entityById = new Map(found.entities.map((entity) => [entity.id, entity]));
  const mentionsByBlock = new Map<string, EntityMention[]>();
  for (const mention of found.mentions) {
    // Only people and organizations speak; a place before a verb (`Sweden has urged`) is no speaker.
    const kind = entityById.get(mention.entityId)?.kind;
    if (kind !== 'person' && kind !== 'organization') continue;
    const key = `${mention.block}:${mention.paragraph}`;
    const list = mentionsByBlock.get(key);
    if (list === undefined) mentionsByBlock.set(key, [mention]);
    else list.push(mention);
  }
  const mentionsOf = (key: string): EntityMention[] => mentionsByBlock.get(key) ?? [];

  const blocks: AnalyzedBlock[] = [];
  if (article.title !== null) blocks.push(analyzeBlock('title', 0, blocks.length, article.title, mentionsOf('title:0')));
  if (article.caption !== null) blocks.push(analyzeBlock('caption', 0, blocks.length, article.caption, mentionsOf('caption:0')));
  article.paragraphs.forEach((text, paragraph) => {
    blocks.push(analyzeBlock('body', paragraph, blocks.length, text, mentionsOf(`body:${paragraph}`)));
  });
  return { blocks, entityById, discourse: buildDiscourse(blocks, entityById) };
}
