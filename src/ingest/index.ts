/** The ingest step: raw scraped news text -> a markdown entry in content/articles/. */
export { ingestText, type IngestResult, type RemovedLine } from './ingest-text.ts';
export { parseEntry, renderEntry, type ArticleEntry, type ArticleFrontmatter } from './article-entry.ts';
export { MAX_RAW_TEXT_BYTES, readEntryFile, readRawText, writeEntry, type WriteOptions } from './entry-io.ts';
export { IngestError } from './ingest-error.ts';
export { paragraphToMarkdown, paragraphsToMarkdown } from './markdown-escape.ts';
export { entrySlug, slugify } from './slug.ts';
