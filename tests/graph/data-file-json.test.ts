import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  articleRecords,
  buildArticlesJson,
  buildEntitiesJson,
  buildQuotesJson,
  buildSiteGraph,
  dataFileJson,
  DATA_FORMAT_VERSION,
  entityRecords,
  quoteRecords,
  type HrefFor,
} from '../../src/graph/index.ts';
import { allArticles, entityList } from './fixtures.ts';

const hrefFor: HrefFor = (route) => `${route.page}/${route.slug}${route.page === 'article' && route.fragment ? `#${route.fragment}` : ''}`;
const graph = buildSiteGraph(allArticles, entityList);
const text = (pieces: Iterable<string>): string => [...pieces].join('');

describe('dataFileJson', () => {
  test('writes an empty file as JSON.stringify does', () => {
    expect(text(dataFileJson([]))).toBe(`{"version":${DATA_FORMAT_VERSION},"items":[]}`);
  });

  test('gives one piece per RECORDS_PER_PIECE records, then the closing piece', () => {
    expect([...dataFileJson([1, 2, 3, 4, 5], 2)]).toEqual([`{"version":${DATA_FORMAT_VERSION},"items":[1,2`, ',3,4', ',5]}']);
  });

  test('the articles, entities and quotes files are the bytes JSON.stringify writes of the whole file, at any piece size', () => {
    for (const size of [1, 2, 3, 1000]) {
      expect(text(dataFileJson(articleRecords(allArticles, graph, hrefFor), size))).toBe(JSON.stringify(buildArticlesJson(allArticles, graph, hrefFor)));
      expect(text(dataFileJson(entityRecords(graph, hrefFor), size))).toBe(JSON.stringify(buildEntitiesJson(graph, hrefFor)));
      expect(text(dataFileJson(quoteRecords(graph, hrefFor), size))).toBe(JSON.stringify(buildQuotesJson(graph, hrefFor)));
    }
  });

  test('any records come out as JSON.stringify writes them in one file', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 8 }), (records, size) => {
        expect(text(dataFileJson(records, size))).toBe(JSON.stringify({ version: DATA_FORMAT_VERSION, items: records }));
      }),
    );
  });
});
