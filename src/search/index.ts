export { buildSearchIndex, indexDocuments, FIELD_GAP, type Posting, type SearchIndex } from './build-index.ts';
export { searchDocuments, QUOTE_TITLE_LIMIT, type SearchDocument, type SearchDocumentKind } from './documents.ts';
export { normalizeText, tokenize } from './normalize.ts';
export { searchClientRoute, searchFileRoute, searchRoute } from './routes.ts';
export { indexScript, scriptSafeJson, SEARCH_GLOBAL } from './serialize.ts';
export {
  DEFAULT_BUDGETS,
  KEY_LENGTH,
  MANIFEST_NAME,
  keyFileName,
  shardSearchIndex,
  termKey,
  type ClientDocument,
  type DocsPayload,
  type ManifestPayload,
  type SearchFiles,
  type ShardBudgets,
  type TermsPayload,
} from './shards.ts';
