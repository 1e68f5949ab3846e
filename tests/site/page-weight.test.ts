import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/site/entity-kinds.ts';
import { articleTextBytes, articleTextOfEntry, formatPageWeight, pageWeight, PAGE_WEIGHT_LIMIT } from '../../src/site/page-weight.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, resolveHref, textOf } from './support/html.ts';
import { repoRoot } from './support/project.ts';
import { seedEntry } from './support/seed-entry.ts';

const KINDS = ENTITY_KINDS.map(({ kind }) => kind);
const isArticle = (name: string): boolean => /^articles\/[^/]+\/index\.html$/.test(name);

let dist: string;
let slug: string;
let file: string;
let page: HTMLElement;

beforeAll(async () => {
  const [built, seed] = await Promise.all([builtSite(), seedEntry()]);
  dist = built;
  slug = seed.slug;
  file = `articles/${slug}/index.html`;
  page = await readPage(dist, file);
});

describe('the weight of the seed article page', () => {
  // Measured on this build (2026-12-06): 7,183 bytes for 2,884 bytes of text (2.49x; src/site/page-weight.ts
  // says what counts as its text), from 13,804 (4.79x): the body's entity links, the notes after quoted
  // paragraphs, the side panel, breadcrumbs and JSON-LD each said again what the page already said.
  it(`is at most ${PAGE_WEIGHT_LIMIT}x its own text`, async () => {
    const source = await readFile(join(repoRoot, 'content', 'articles', `${slug}.md`), 'utf8');
    const weight = pageWeight((await readFile(join(dist, file))).byteLength, articleTextBytes(articleTextOfEntry(source, `${slug}.md`)));
    expect(weight.ratio, formatPageWeight(weight)).toBeLessThanOrEqual(PAGE_WEIGHT_LIMIT);
  });
});

describe('what the article page writes once', () => {
  /** Every entity and speaker page the article links to, in page order, as `entities/<slug>` or `speakers/<slug>`. */
  const linkedPages = (article: HTMLElement, name: string): string[] =>
    article
      .querySelectorAll('main a')
      .map((link) => resolveHref(name, link.getAttribute('href') ?? '').file)
      .filter((target) => /^(?:entities|speakers)\//.test(target))
      .map((target) => target.replace(/\/index\.html$/, ''));

  it('links each entity the caption or body names once, at its first mention, and each speaker once, from their first note', () => {
    expect(linkedPages(page, file)).toEqual([
      // The caption, read first.
      'entities/donald-trump',
      'entities/vladimir-putin',
      'entities/g20-summit',
      // The body: Putin and Trump are plain text there, the caption links them.
      'entities/united-states',
      'entities/north-korea',
      'entities/pyongyang',
      'speakers/vladimir-putin',
      'entities/moon-putin-summit',
      'entities/united-nations',
      'entities/moon-jae-in',
      'entities/alexander-novak',
      'entities/russia',
      'entities/swedish-embassy-in-pyongyang',
      'entities/australia',
      'entities/canada',
      'speakers/alexander-novak',
      'entities/trump-administration',
      'entities/china',
      'entities/korean-peninsula',
      'entities/sweden',
    ]);
  });

  it('links no page twice on any article page', async () => {
    const twice: string[] = [];
    for (const name of (await htmlFilesIn(dist)).filter(isArticle)) {
      const targets = linkedPages(await readPage(dist, name), name);
      twice.push(...targets.filter((target, index) => targets.indexOf(target) !== index).map((target) => `${name}: ${target}`));
    }
    expect(twice).toEqual([]);
  });

  it('links nothing in the headline or the dateline, as no news site does', () => {
    expect(page.querySelectorAll('.story-header a')).toEqual([]);
  });

  it('has no side panel, breadcrumb trail or JSON-LD, which only said again what the page says', () => {
    expect(['aside', 'nav.breadcrumbs', 'script'].filter((selector) => page.querySelector(selector) !== null)).toEqual([]);
  });

  it('writes no class or id on an entity link: the href says all a reader and the stylesheet need', () => {
    const links = page.querySelectorAll('.story a[href*="entities/"]');
    expect(links.length).toBeGreaterThan(15);
    expect(links.filter((link) => Object.keys(link.attributes).join() !== 'href')).toEqual([]);
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
  });

  it("repeats no quote's words outside its paragraph on any article page: not in a note, the header, the footer or the head", async () => {
    const repeated: string[] = [];
    for (const name of (await htmlFilesIn(dist)).filter(isArticle)) {
      const article = await readPage(dist, name);
      const notes = article.querySelectorAll('.story-body > small').map(textOf);
      // A note quotes a few words only to tell apart quotes of different speakers in one paragraph.
      const outside = [...['.site-header', '.site-footer', 'head'].map((selector) => textOf(article.querySelector(selector))), ...notes.filter((note) => !note.includes(' — '))].join('\n');
      for (const quote of article.querySelectorAll('.story-body q')) {
        const words = textOf(quote).replace(/^["“‘«]+|["”’»]+$/g, '').slice(0, 40);
        if (outside.includes(words)) repeated.push(`${name}: ${words}`);
      }
    }
    expect(repeated).toEqual([]);
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
