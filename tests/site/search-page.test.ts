import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/site/page-cache-key.ts';
import { searchPageData, searchShardPaths } from '../../src/site/search-page.ts';

describe('searchPageData', () => {
  it("points the form at the manifest beside the page, versioned so that a new index is loaded anew", () => {
    const page = searchPageData({ version: 'v41' });
    expect([page.route, page.title, page.crumbs, page.manifestHref, page.clientHref]).toEqual(['search/', 'Search', [{ label: 'Search' }], 'manifest.js?v=v41', 'search.js']);
  });

  it('links the indexes to browse when JavaScript is off', () => {
    expect(searchPageData({ version: 'v41' }).browse).toEqual({ articles: '../index.html', entities: '../entities/index.html', speakers: '../speakers/index.html' });
  });
});

describe('searchShardPaths', () => {
  it('writes every index file under its name, keyed by the hash of its script', () => {
    const files = new Map([
      ['manifest', 'var a = 1;'],
      ['docs-0', 'var b = 2;'],
    ]);
    expect(searchShardPaths({ files })).toEqual([
      { params: { shard: 'manifest' }, props: { script: 'var a = 1;' }, cacheKey: cacheKeyOf({ script: 'var a = 1;' }) },
      { params: { shard: 'docs-0' }, props: { script: 'var b = 2;' }, cacheKey: cacheKeyOf({ script: 'var b = 2;' }) },
    ]);
  });
});
