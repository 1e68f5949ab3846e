import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, DataFile } from '../../src/graph/data-exports.ts';
import { builtSite } from './support/built-site.ts';

// tests/site/fixtures/articles/lerwick-quay-closed.md has a date and no headline;
// the seed entry has no date, only the day it was ingested.
const DERIVED = 'The quay at Lerwick was closed on Sunday after a winter storm damaged its wooden pilings';
const SEED = 'japan-south-korea-push-putin-over-pyongyang-sanctions';

describe('dates and headlines across the built site', () => {
  let dist: string;
  let page: (file: string) => Promise<string>;
  beforeAll(async () => {
    dist = await builtSite();
    page = (file) => readFile(join(dist, file), 'utf8');
  }, 600_000);

  it('calls an article without a headline by its first sentence everywhere, marked as derived', async () => {
    const [front, article, feed, data] = await Promise.all([
      page('index.html'),
      page('articles/lerwick-quay-closed/index.html'),
      page('feed.xml'),
      page('data/articles.json'),
    ]);
    expect(front).toContain(DERIVED);
    expect(front).not.toContain('Untitled article');
    expect(article).toContain(`<title>${DERIVED}`);
    expect(article).toMatch(new RegExp(`<h1[^>]*class="[^"]*derived[^"]*"[^>]*>${DERIVED}</h1>`));
    expect(article).toContain('Headline from the first sentence');
    expect(article).toContain(`"headline":"${DERIVED}"`);
    expect(feed).toContain(`<title>${DERIVED}</title>`);
    const record = (JSON.parse(data) as DataFile<ArticleRecord>).items.find((item) => item.id === 'lerwick-quay-closed');
    expect(record).toMatchObject({ title: DERIVED, titleDerived: true, date: '2024-03-10', dateSource: 'published' });
  });

  it('dates an article the page gave no date by the day it was ingested, labelled "Added"', async () => {
    const [article, data, feed] = await Promise.all([page(`articles/${SEED}/index.html`), page('data/articles.json'), page('feed.xml')]);
    const record = (JSON.parse(data) as DataFile<ArticleRecord>).items.find((item) => item.id === SEED);
    expect(record?.dateSource).toBe('ingested');
    expect(record?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(article).toMatch(/>Added \d{1,2} [A-Z][a-z]+ \d{4}</u);
    expect(feed).not.toContain('1970-01-01');
  });
});
