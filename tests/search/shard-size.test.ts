import { describe, expect, it } from 'vitest';
import { indexDocuments } from '../../src/search/build-index.ts';
import { DEFAULT_BUDGETS, shardSearchIndex, termKey } from '../../src/search/shards.ts';
import { QUOTES_PER_ARTICLE, syntheticDocuments } from './synthetic-corpus.ts';

/** The most a single index file may weigh: a page opened from disk loads a few of them per word. */
const FILE_LIMIT = 1024 * 1024;
/** A file holds at most its budget of JSON, plus the call around it and the payload's own fields. */
const BUDGET_LIMIT = Math.max(DEFAULT_BUDGETS.termBytes, DEFAULT_BUDGETS.docBytes) + 1024;

interface Sizes {
  files: number;
  largest: number;
  total: number;
  /** What a search for "the", the commonest word, loads in term files. */
  commonestWord: number;
  manifest: number;
}

function sizes(articles: number): Sizes {
  const { manifest, files } = shardSearchIndex(indexDocuments(syntheticDocuments(articles)), (route) => `../${route}`);
  const bytes = new Map([...files].map(([name, script]) => [name, Buffer.byteLength(script)]));
  const all = [...bytes.values()];
  return {
    files: files.size,
    largest: Math.max(...all),
    total: all.reduce((sum, size) => sum + size, 0),
    commonestWord: (manifest.terms[termKey('the')] ?? []).reduce((sum, name) => sum + (bytes.get(name) ?? 0), 0),
    manifest: bytes.get('manifest') ?? 0,
  };
}

const format = (articles: number, s: Sizes): string =>
  `${articles} articles (${articles * QUOTES_PER_ARTICLE} quotes): ${s.files} files, ${(s.total / 1e6).toFixed(1)} MB in all, ` +
  `largest ${(s.largest / 1024).toFixed(0)} KiB, manifest ${(s.manifest / 1024).toFixed(0)} KiB, "the" loads ${(s.commonestWord / 1024).toFixed(0)} KiB of term files`;

describe('index file sizes as the site grows (synthetic articles)', () => {
  it('keeps every file under 1 MiB at 20,000 articles, and the largest does not grow with the site', { timeout: 180_000 }, () => {
    const small = sizes(1_000);
    const large = sizes(20_000);
    console.log(format(1_000, small));
    console.log(format(20_000, large));
    expect(large.largest).toBeLessThanOrEqual(FILE_LIMIT);
    // The site grows in number of files, not in their size.
    expect(large.largest).toBeLessThanOrEqual(BUDGET_LIMIT);
    expect(large.files).toBeGreaterThan(small.files);
  });
});
