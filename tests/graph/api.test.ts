import { expect, test } from 'vitest';
import * as graph from '../../src/graph/index.ts';

test('the graph entry point exports exactly its documented API', () => {
  expect(Object.keys(graph).sort()).toEqual([
    'ATTRIBUTED_CONFIDENCE',
    'ArticleError',
    'CONTEXT_REACH',
    'DATA_FORMAT_VERSION',
    'MAX_SLUG_BYTES',
    'SURE_CONFIDENCE',
    'articleRecords',
    'assertConservation',
    'buildArticlesJson',
    'buildAtomFeed',
    'buildEntitiesJson',
    'buildQuotesJson',
    'buildSiteGraph',
    'compareArticles',
    'dataFileJson',
    'entityJsonLd',
    'entityKey',
    'entityRecords',
    'escapeXml',
    'isAttributed',
    'jsonLdDocument',
    'otherNamesOf',
    'quoteRecords',
    'sentenceAround',
    'serializeJsonLd',
    'slugify',
    'splitSentences',
    'wikidataUrl',
  ]);
});
