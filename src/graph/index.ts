/**
 * Cross-article aggregation for the site's pages: build the site graph from
 * every article's extraction (with its editor overrides already applied, one
 * article at a time, by the content layer: src/content/apply-overrides.ts),
 * prove nothing was lost; then publish it for machines (data files, JSON-LD,
 * the Atom feed). Pure TypeScript; no Astro. The one entry point: each job
 * lives in its own module.
 */
export { buildSiteGraph } from './build-site-graph.ts';
export { entityKey } from './identify-entities.ts';
export { assertConservation } from './conservation.ts';
export { ATTRIBUTED_CONFIDENCE, SURE_CONFIDENCE, isAttributed } from './confidence.ts';
export { compareArticles } from './article-order.ts';
export { CONTEXT_REACH, sentenceAround, type InContext } from './sentences.ts';
// The one sentence splitter lives with the extraction, which keeps its spans per body paragraph.
export { splitSentences, type SentenceSpan } from '../extract/analysis/sentences.ts';
export { MAX_SLUG_BYTES, slugify } from './slugs.ts';
export { ArticleError, type ArticleOrigin } from './article-error.ts';
export type { SiteExtraction, SiteQuoteRecord } from './site-extraction.ts';
export type * from './types.ts';
export {
  buildArticlesJson,
  buildEntitiesJson,
  buildQuotesJson,
  articleRecords,
  entityRecords,
  quoteRecords,
  dataFileJson,
  DATA_FORMAT_VERSION,
  type ArticleRecord,
  type ContextRecord,
  type DataFile,
  type EntityRecord,
  type QuoteRecord,
} from './data-exports.ts';
export { entityJsonLd, jsonLdDocument, otherNamesOf, serializeJsonLd, wikidataUrl, type JsonLd, type JsonLdValue } from './json-ld.ts';
export { buildAtomFeed, escapeXml, type FeedOptions } from './atom-feed.ts';
export type { HrefFor, SiteRoute } from './routes.ts';
