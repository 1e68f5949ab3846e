import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAME_MARKUP_BYTES } from '../../src/site/name-index-pages.ts';
import { htmlBytes, PAGE_BYTE_LIMIT, PAGE_CHROME_BYTES } from '../../src/site/paginate.ts';
import { builtSite } from './support/built-site.ts';
import { seedGold } from './support/seed-gold.ts';
import { htmlFilesIn, readPage, resolveHref, textOf } from './support/html.ts';

let dist: string;
let pages: string[];

beforeAll(async () => {
  dist = await builtSite();
  pages = await htmlFilesIn(dist);
});

const isLetterPage = (file: string): boolean => /^(?:entities|speakers)\/letter\/[a-z]+\/(?:\d+\/)?index\.html$/.test(file);
const LISTING = /^(?:index\.html|page\/\d+\/index\.html|quotes\/unattributed\/(?:\d+\/)?index\.html|(?:entities|speakers)\/(?:letter\/[a-z]+\/(?:\d+\/)?)?index\.html)$/;
const bytesOf = (element: HTMLElement): number => Buffer.byteLength(element.outerHTML);

describe('page sizes of the built site', () => {
  it('has no page over 300 KB', () => {
    const largest = pages.map((page) => ({ page, bytes: statSync(join(dist, page)).size })).sort((a, b) => b.bytes - a.bytes)[0];
    expect(largest?.bytes).toBeLessThan(PAGE_BYTE_LIMIT);
  });

  it('spends at most PAGE_CHROME_BYTES on a listing page around its list items', async () => {
    const listings = pages.filter((page) => LISTING.test(page));
    expect(listings.length).toBeGreaterThan(4);
    for (const page of listings) {
      const html = await readPage(dist, page);
      const items = html.querySelectorAll('.article-list > li, .entity-list > li, .quote-list > li, .statement-list > li');
      const chrome = statSync(join(dist, page)).size - items.reduce((sum, item) => sum + bytesOf(item), 0);
      expect({ page, chrome: chrome <= PAGE_CHROME_BYTES }).toEqual({ page, chrome: true });
    }
  });

  it('spends at most NAME_MARKUP_BYTES on a letter page\'s name around its texts', async () => {
    for (const page of pages.filter(isLetterPage)) {
      for (const item of (await readPage(dist, page)).querySelectorAll('.entity-list > li')) {
        const link = item.querySelector('a');
        const counts = item.querySelector('.entity-counts');
        const texts = [textOf(link), link?.getAttribute('title') ?? '', link?.getAttribute('href') ?? '', textOf(counts), counts?.getAttribute('title') ?? ''];
        const markup = bytesOf(item) - texts.reduce((sum, text) => sum + htmlBytes(text), 0);
        expect(markup).toBeLessThanOrEqual(NAME_MARKUP_BYTES);
      }
    }
  });
});

describe('the entity and speakers indexes', () => {
  it('list every entity of the seed gold under its kind on some letter page', async () => {
    const gold = await seedGold();
    const listed = new Set<string>();
    for (const page of pages.filter((file) => file.startsWith('entities/letter/'))) {
      for (const section of (await readPage(dist, page)).querySelectorAll('section.kind-section')) {
        for (const name of section.querySelectorAll('.entity-list a')) listed.add(`${section.id}: ${textOf(name)}`);
      }
    }
    const missing = Object.entries(gold.entities).flatMap(([kind, entities]) => entities.map((entity) => `${kind}: ${entity.name}`)).filter((key) => !listed.has(key));
    expect(missing).toEqual([]);
  });

  it('split the names into letter pages, linked from the overview\'s jump bar', async () => {
    for (const overview of ['entities/index.html', 'speakers/index.html']) {
      const links = (await readPage(dist, overview)).querySelectorAll('.jump-bar a').map((a) => resolveHref(overview, a.getAttribute('href') ?? '').file);
      expect(links.length).toBeGreaterThan(3);
      for (const file of links) expect(pages).toContain(file);
    }
  });

  it('file a person under the family name, shown as written', async () => {
    const page = await readPage(dist, 'entities/letter/n/index.html');
    const names = page.querySelectorAll('section#person .entity-list a').map(textOf);
    expect(names).toContain('Alexander Novak');
    expect(names).toContain('Łukasz Nowak');
  });

  it('mark the letter of the page in its jump bar', async () => {
    const page = await readPage(dist, 'speakers/letter/p/index.html');
    expect(page.querySelectorAll('.jump-bar a[aria-current="page"]').map(textOf)).toEqual(['P']);
    expect(page.querySelectorAll('.entity-list a').map(textOf)).toContain('Vladimir Putin');
  });

  it('show mention and article counts beside each name', async () => {
    const page = await readPage(dist, 'entities/letter/p/index.html');
    const putin = page.querySelectorAll('section#person .entity-list li').find((li) => textOf(li.querySelector('a')) === 'Vladimir Putin');
    expect(textOf(putin?.querySelector('.entity-counts'))).toMatch(/^\d+ mentions in 4 articles$/);
  });
});

describe('the unattributed quotes page', () => {
  it('names each quote\'s article by its headline, linked, with its date', async () => {
    const page = await readPage(dist, 'quotes/unattributed/index.html');
    const items = page.querySelectorAll('li.quote-item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const source = item.querySelector('.quote-article a');
      const target = resolveHref('quotes/unattributed/index.html', source?.getAttribute('href') ?? '');
      const quoteTarget = resolveHref('quotes/unattributed/index.html', item.querySelector('a.quote-source')?.getAttribute('href') ?? '');
      expect(target.file).toBe(quoteTarget.file);
      const article = await readPage(dist, target.file);
      expect(textOf(source)).toBe(textOf(article.querySelector('h1')));
    }
  });
});
