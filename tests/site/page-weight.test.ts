import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/site/entity-kinds.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, resolveHref } from './support/html.ts';
import { seedEntry } from './support/seed-entry.ts';

const KINDS = ENTITY_KINDS.map(({ kind }) => kind);

let dist: string;
let file: string;
let page: HTMLElement;

beforeAll(async () => {
  const [built, seed] = await Promise.all([builtSite(), seedEntry()]);
  dist = built;
  file = `articles/${seed.slug}/index.html`;
  page = await readPage(dist, file);
});

describe('the weight of the seed article page', () => {
  // Measured on this build (2026-12-06): 16,535 HTML bytes for 4,456 bytes of body text (3.7x), down
  // from 22,186 (5.0x) before each mention, chip and quote carried what it needs once; 20,824 (4.9x)
  // before that, and 33,668 (8.0x) with the stylesheet inlined. The bound leaves room for small markup
  // changes but not for the repeated attributes coming back.
  it('is at most 4x its text', async () => {
    const htmlBytes = (await readFile(join(dist, file))).byteLength;
    const textBytes = Buffer.byteLength(page.querySelector('body')?.textContent ?? '');
    expect(htmlBytes / textBytes).toBeLessThanOrEqual(4);
  });

  // What bounds it (docs/bench-build.md, "Page weight"): each of the 50 mention links needs its own
  // relative href to work from disk (2.2 KB of hrefs), the side panel lists every entity and quote
  // again as links (3.5 KB), and the head holds the description twice and the JSON-LD (3.2 KB).
  it.todo('is at most 2.5x its text');
});

describe('what the article page writes once', () => {
  it("writes each mention as a link whose one class is its entity's kind", () => {
    const mentions = page.querySelectorAll('.story a[href*="/entities/"]').filter((link) => link.closest('.meta') === null && link.closest('.attribution') === null);
    expect(mentions.length).toBeGreaterThan(40);
    const classes = new Set(mentions.map((link) => link.getAttribute('class')));
    expect([...classes].sort()).toEqual([...KINDS].sort());
  });

  it('writes no data- attribute on any article page: nothing reads one', async () => {
    const articles = (await htmlFilesIn(dist)).filter((name) => name.startsWith('articles/'));
    const withData: string[] = [];
    for (const name of articles) {
      const source = await readFile(join(dist, name), 'utf8');
      for (const match of source.matchAll(/<[a-z]+\b[^>]*\sdata-[a-z-]+=/g)) withData.push(`${name}: ${match[0].slice(0, 60)}`);
    }
    expect(withData).toEqual([]);
  });

  it('writes a class on a quote only for what sets it apart, and no speaker: its note names them', () => {
    const quotes = page.querySelectorAll('.story-body q');
    const unattributed = quotes.filter((quote) => quote.getAttribute('class') === 'quote--unattributed');
    const plain = quotes.filter((quote) => quote.getAttribute('class') === undefined);
    expect(plain.length).toBeGreaterThan(0);
    expect(unattributed.length + plain.length).toBe(quotes.length);
    expect(quotes.filter((quote) => Object.keys(quote.attributes).join() !== 'id')).toEqual(unattributed);
    const noted = page.querySelectorAll('ul.attribution li > a:first-child').map((link) => link.getAttribute('href'));
    expect(noted).toEqual(plain.map((quote) => `#${quote.id}`));
  });

  it("names the kind of the side panel's chips once, on their list", () => {
    const lists = page.querySelectorAll('.article-aside ul.aside-entities');
    expect(lists.map((list) => list.getAttribute('class'))).toEqual(['person', 'place', 'organization', 'event'].map((kind) => `aside-entities ${kind}`));
    const chips = lists.flatMap((list) => list.querySelectorAll('a'));
    expect(chips.length).toBeGreaterThan(10);
    expect(chips.filter((chip) => chip.getAttribute('class') !== undefined)).toEqual([]);
  });

  it("links the side panel's quotes to their anchors on the page by the fragment alone", () => {
    const hrefs = page.querySelectorAll('.who-said li > a').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !/^#q-/.test(href) || page.querySelector(`q${href}`) === null)).toEqual([]);
  });

  it('holds one JSON-LD node, the NewsArticle', () => {
    const blocks = page.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const document = JSON.parse(blocks[0]?.text ?? '{}') as { '@graph': { '@type': string }[] };
    expect(document['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle']);
  });
});

describe("what the entity pages' related chips write once", () => {
  /** Every entity page's related-entity items, with the page they are on. */
  async function relatedItems(): Promise<{ file: string; item: HTMLElement }[]> {
    const files = (await htmlFilesIn(dist)).filter((name) => /^entities\/[^/]+\/index\.html$/.test(name));
    const pages = await Promise.all(files.map(async (name) => ({ name, page: await readPage(dist, name) })));
    return pages.flatMap(({ name, page: entityPage }) => entityPage.querySelectorAll('ul.related-list > li').map((item) => ({ file: name, item })));
  }

  it("names each chip's kind once, as its item's one class, and puts no class on the chip", async () => {
    const items = await relatedItems();
    expect(items.length).toBeGreaterThan(20);
    expect(new Set(items.map(({ item }) => item.getAttribute('class')))).toEqual(new Set(KINDS));
    expect(items.filter(({ item }) => item.querySelector('a')?.getAttribute('class') !== undefined)).toEqual([]);
  });

  it('names on the item the kind of the entity its chip links to', async () => {
    const wrong: string[] = [];
    for (const { file: from, item } of await relatedItems()) {
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      const target = await readPage(dist, resolveHref(from, href).file);
      const kind = target.querySelector('.entity-header .kind')?.getAttribute('class');
      if (kind !== `kind kind--${item.getAttribute('class')}`) wrong.push(`${from} -> ${href}: item ${item.getAttribute('class')}, page ${kind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes the older class pair, entity-chip entity-chip--<kind>, on no page, and the stylesheet has no rule for it', async () => {
    const files = [...(await htmlFilesIn(dist)), 'styles/site.css'];
    const sources = await Promise.all(files.map((name) => readFile(join(dist, name), 'utf8')));
    expect(files.filter((_, index) => sources[index]?.includes('entity-chip'))).toEqual([]);
  });
});
