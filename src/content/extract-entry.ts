import { articleTextFromMarkdown } from '../extract/article-text.ts';
import { extractArticle } from '../extract/index.ts';
import type { EntityListEntry } from '../extract/types.ts';
import { applyOverrides } from '../graph/apply-overrides.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import type { ArticleData } from './article-schema.ts';

/**
 * One article's extraction as the site stores it: the engine's result over
 * the entry's plain text, with the editor overrides of its frontmatter
 * applied. An override that matches nothing throws, naming the article.
 */
export function extractEntry(id: string, data: ArticleData, body: string, entityList: readonly EntityListEntry[]): SiteExtraction {
  const text = articleTextFromMarkdown(data, body);
  const extraction = extractArticle(text, { entityList });
  const overrides = {
    ...(data.quotes === undefined ? {} : { quotes: data.quotes }),
    ...(data.entities === undefined ? {} : { entities: data.entities }),
  };
  return applyOverrides(extraction, overrides, { article: id, entityList });
}
