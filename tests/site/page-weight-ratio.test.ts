import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlePageWeights,
  articleTextBytes,
  articleTextOfEntry,
  formatPageWeight,
  formatPageWeightSummary,
  pageWeight,
  pageWeightSummary,
} from '../../src/site/page-weight.ts';

const ENTRY = ['---', 'title: Ferry talks resume', 'dateline: [Kiel, Oslo]', 'caption: Café owners wait', 'ingested: 2024-03-04', 'source: raw/ferry.txt', 'removed: [Share this]', '---', '', 'Talks resumed on Monday.', '', 'Both sides met.', ''].join('\n');

describe("an article's own text", () => {
  it('counts the UTF-8 bytes of the headline, the dateline as printed, the caption and the body, and no other frontmatter', () => {
    const text = articleTextOfEntry(ENTRY, 'ferry.md');
    // 18 + "Kiel/Oslo" 9 + "Café owners wait" 17 (é is two bytes) + body without its blank ends 41.
    expect(articleTextBytes(text)).toBe(18 + 9 + 17 + 41);
  });

  it('counts an untitled article without a caption by its dateline and body alone', () => {
    expect(articleTextBytes({ title: null, dateline: [], caption: null, body: '\n\nOne line.\n' })).toBe(9);
  });

  it('names the file of an entry that is not an article', () => {
    expect(() => articleTextOfEntry('---\ntitle: 3\n---\nText.', 'bad.md')).toThrow(/^bad\.md: not a valid article entry: /);
  });
});

describe('the weight of a page', () => {
  it('is its bytes over its text bytes, printed with both', () => {
    const weight = pageWeight(7183, 2884);
    expect(weight.ratio).toBeCloseTo(2.4906, 4);
    expect(formatPageWeight(weight)).toBe('7,183 B page / 2,884 B text = 2.49x');
  });

  it('is infinite for an article with no text', () => {
    expect(pageWeight(100, 0).ratio).toBe(Infinity);
  });

  it('sums up pages by the median and the heaviest', () => {
    const weights = [3, 1, 2, 5].map((ratio, index) => ({ id: `a${index}`, pageBytes: ratio * 100, textBytes: 100, ratio }));
    expect(pageWeightSummary(weights)).toEqual({ pages: 4, median: 2.5, max: 5, maxId: 'a3' });
    expect(pageWeightSummary(weights.slice(0, 3))).toEqual({ pages: 3, median: 2, max: 3, maxId: 'a0' });
    expect(pageWeightSummary([])).toBeNull();
    expect(formatPageWeightSummary({ pages: 4, median: 2.5, max: 5, maxId: 'a3' })).toBe(
      'article page weight (page bytes / article text bytes, 4 pages): median 2.50x, max 5.00x (a3); limit 2.5x',
    );
  });
});

describe('the weights of a built site', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'newsgraph-page-weight-'));
    await mkdir(join(root, 'entries'));
    await mkdir(join(root, 'dist', 'articles', 'ferry-talks'), { recursive: true });
    await writeFile(join(root, 'entries', 'ferry talks.md'), ENTRY);
    await writeFile(join(root, 'dist', 'articles', 'ferry-talks', 'index.html'), 'x'.repeat(170));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("reads each entry's page from its id, articles/<id>/index.html", async () => {
    expect(await articlePageWeights(join(root, 'dist'), join(root, 'entries'))).toEqual([{ id: 'ferry-talks', pageBytes: 170, textBytes: 85, ratio: 2 }]);
  });

  it('names the page an entry has none of', async () => {
    await writeFile(join(root, 'entries', 'harbour.md'), ENTRY);
    await expect(articlePageWeights(join(root, 'dist'), join(root, 'entries'))).rejects.toThrow(`${join(root, 'dist', 'articles', 'harbour', 'index.html')}: no page for the entry`);
  });
});
