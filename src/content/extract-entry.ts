import type { Root } from 'mdast';
import { paragraphsOf } from '../extract/article-text.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleText, EntityListEntry } from '../extract/types.ts';
import { applyOverrides } from './apply-overrides.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import type { ArticleData } from './article-schema.ts';

/**
 * The text extraction reads, from the frontmatter and the parsed body (see
 * `parseBody`): what `articleTextFromMarkdown` gives for the same entry,
 * without parsing the body a second time.
 */
export function entryText(data: Pick<ArticleData, 'title' | 'caption' | 'dateline' | 'removed'>, tree: Root): ArticleText {
  return { title: data.title, caption: data.caption, dateline: data.dateline, paragraphs: paragraphsOf(tree), furniture: data.removed };
}

/**
 * One article's extraction as the site stores it: the engine's result over
 * the entry's plain text, with the editor overrides of its frontmatter
 * applied. An override that matches nothing throws, naming the article.
 */
export function extractEntry(id: string, data: ArticleData, text: ArticleText, entityList: readonly EntityListEntry[]): SiteExtraction {
  const extraction = extractArticle(text, { entityList });
  const overrides = {
    ...(data.quotes === undefined ? {} : { quotes: data.quotes }),
    ...(data.entities === undefined ? {} : { entities: data.entities }),
  };
  return applyOverrides(extraction, overrides, { article: id, entityList });
}
