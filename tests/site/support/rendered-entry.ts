import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderArticleAhead, type ArticleRendering } from '../../../src/content/article-rendering.ts';
import { entryText } from '../../../src/content/extract-entry.ts';
import type { SiteArticle } from '../../../src/graph/types.ts';
import { parseBody } from '../../../src/render/render-article-body.ts';

/** What the articles loader renders ahead for an article whose body is `body`. */
export function renderedAhead(article: Pick<SiteArticle, 'title' | 'captionText' | 'extraction'>, body: string): ArticleRendering {
  return renderArticleAhead({ title: article.title, caption: article.captionText }, parseBody(body), article.extraction);
}

let folder: string | undefined;

/** The file the articles loader writes for such an article (extraction, text blocks and rendering), in a temp folder; its path. */
export function renderedFileFor(article: Pick<SiteArticle, 'slug' | 'title' | 'captionText' | 'extraction'>, body: string): string {
  folder ??= mkdtempSync(join(tmpdir(), 'newsgraph-rendered-'));
  const file = join(folder, `${article.slug}.json`);
  const paragraphs = entryText({ title: article.title, caption: article.captionText, dateline: [], removed: [] }, parseBody(body)).paragraphs;
  writeFileSync(file, JSON.stringify({ extraction: article.extraction, paragraphs, markdown: body, ...renderedAhead(article, body) }));
  return file;
}
