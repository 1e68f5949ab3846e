import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE } from '../../src/site/front-pages.ts';
import { PAGE_BYTE_LIMIT } from '../../src/site/paginate.ts';
import { copyProject, runAstroBuild, type BuildResult } from './support/project.ts';
import { htmlFilesIn, readPage, resolveHref, textOf } from './support/html.ts';

/** More articles than one front page holds, each with a quote that names no speaker. */
const ARTICLES = ARTICLES_PER_PAGE * 2 + 10;

const entry = (index: number): string => {
  const day = new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  return `---\ntitle: Harbour report ${index}\ndateline: []\ncaption: null\ndate: ${day}\nsource: raw/invented-${index}.txt\nremoved: []\n---\n\nThe harbour board met again on the ${index}th day of the review.\n\n"Nothing is settled yet, and nothing will be until the spring."\n`;
};

let project: string;
let dist: string;
let build: BuildResult;
let pages: string[];

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-pagination-'));
  await copyProject(project);
  const folder = join(project, 'content', 'articles');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (let index = 1; index <= ARTICLES; index += 1) await writeFile(join(folder, `harbour-report-${index}.md`), entry(index));
  dist = join(project, 'dist');
  build = await runAstroBuild(project, dist);
  pages = build.exitCode === 0 ? await htmlFilesIn(dist) : [];
}, 600_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe(`a site of ${ARTICLES} articles`, () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.exitCode).toBe(0);
  });

  it('lists the newest articles on the front page and the rest on page/2/ and page/3/', async () => {
    const titles = async (page: string): Promise<string[]> => (await readPage(dist, page)).querySelectorAll('.article-list h2').map(textOf);
    expect((await titles('index.html')).slice(0, 2)).toEqual([`Harbour report ${ARTICLES}`, `Harbour report ${ARTICLES - 1}`]);
    expect(await titles('page/2/index.html')).toHaveLength(ARTICLES_PER_PAGE);
    expect(await titles('page/3/index.html')).toEqual(['Harbour report 10', 'Harbour report 9', 'Harbour report 8', 'Harbour report 7', 'Harbour report 6', 'Harbour report 5', 'Harbour report 4', 'Harbour report 3', 'Harbour report 2', 'Harbour report 1']);
  });

  it('links every page of the front page from each, with previous and next', async () => {
    const page = await readPage(dist, 'page/2/index.html');
    const links = page.querySelectorAll('.pagination a').map((a) => [textOf(a), resolveHref('page/2/index.html', a.getAttribute('href') ?? '').file]);
    expect(links).toEqual([
      ['← Previous', 'index.html'],
      ['1', 'index.html'],
      ['2', 'page/2/index.html'],
      ['3', 'page/3/index.html'],
      ['Next →', 'page/3/index.html'],
    ]);
    expect(textOf(page.querySelector('.pagination [aria-current="page"]'))).toBe('2');
  });

  it('runs the unattributed quotes on to a second page, every link of its bar leading to a page', async () => {
    expect(pages).toContain('quotes/unattributed/2/index.html');
    const first = await readPage(dist, 'quotes/unattributed/index.html');
    for (const link of first.querySelectorAll('.pagination a')) {
      expect(existsSync(join(dist, resolveHref('quotes/unattributed/index.html', link.getAttribute('href') ?? '').file))).toBe(true);
    }
  });

  it('lists each unattributed quote once across its pages', async () => {
    const quotes: string[] = [];
    for (const page of pages.filter((file) => file.startsWith('quotes/unattributed/'))) {
      quotes.push(...(await readPage(dist, page)).querySelectorAll('li.quote-item').map((item) => item.getAttribute('data-quote') ?? ''));
    }
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes).toHaveLength(ARTICLES);
  });

  it('has no page over 300 KB', () => {
    expect(Math.max(...pages.map((page) => statSync(join(dist, page)).size))).toBeLessThan(PAGE_BYTE_LIMIT);
  });
});
