/**
 * Everything the site publishes for machines: data files, JSON-LD and the
 * Atom feed. One entry point; each builder lives in its own module.
 */
export {
  buildArticlesJson,
  buildEntitiesJson,
  buildQuotesJson,
  DATA_FORMAT_VERSION,
  type ArticleRecord,
  type DataFile,
  type EntityRecord,
  type QuoteRecord,
} from './data-exports.ts';
export { entityJsonLd, jsonLdDocument, newsArticleJsonLd, otherNamesOf, quotationJsonLd, serializeJsonLd, wikidataUrl, type JsonLd, type JsonLdValue } from './json-ld.ts';
export { buildAtomFeed, escapeXml, type FeedOptions } from './atom-feed.ts';
export type { HrefFor, SiteRoute } from './routes.ts';
