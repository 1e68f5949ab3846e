import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { formatDateline } from '../../src/site/format-dateline.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, textOf, writtenText } from './support/html.ts';
import { seedEntry, type SeedEntry } from './support/seed-entry.ts';

let dist: string;
let seed: SeedEntry;
let frontPage: HTMLElement;
let articlePage: HTMLElement;

beforeAll(async () => {
  [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
  frontPage = await readPage(dist, 'index.html');
  articlePage = await readPage(dist, `articles/${seed.slug}/index.html`);
});

describe('the front page', () => {
  it('links to the seed article by its exact headline', () => {
    const link = frontPage.querySelectorAll('main h2 a').find((a) => textOf(a) === seed.data.title);
    expect(link?.getAttribute('href')).toBe(`articles/${seed.slug}/index.html`);
  });

  it('shows the first sentence of the seed article under its headline', () => {
    const teaser = frontPage.querySelectorAll('article.teaser').find((t) => textOf(t.querySelector('h2')) === seed.data.title);
    const standfirst = textOf(teaser?.querySelector('.standfirst'));
    expect(standfirst.length).toBeGreaterThan(0);
    expect(seed.paragraphs[0]?.startsWith(standfirst)).toBe(true);
  });
});

describe('the seed article page', () => {
  it('is an article with a header holding the exact headline', () => {
    expect(textOf(articlePage.querySelector('main article > header h1'))).toBe(seed.data.title);
  });

  it('names every dateline place', () => {
    expect(textOf(articlePage.querySelector('main article .dateline'))).toBe(formatDateline(seed.data.dateline));
  });

  it('shows the exact caption as a figure caption', () => {
    expect(textOf(articlePage.querySelector('main article figure > figcaption'))).toBe(seed.data.caption);
  });

  it('shows every body paragraph of the entry, in order and unchanged', () => {
    const shown = articlePage.querySelectorAll('main article .story-body > p').map(writtenText);
    expect(shown).toEqual(seed.paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()));
  });

  it('has a time element with its date, or the day it was ingested labelled "Added"', () => {
    const time = articlePage.querySelector('main article time');
    expect(time?.getAttribute('datetime')).toBe(seed.data.date ?? seed.data.ingested);
    if (seed.data.date === undefined) expect(textOf(time)).toMatch(/^Added /);
  });

  it('is titled by its headline in the browser tab', () => {
    expect(textOf(articlePage.querySelector('title'))).toBe(`${seed.data.title} · newsgraph`);
  });
});

describe('the whole site', () => {
  it('has a 404 page', async () => {
    expect(await htmlFilesIn(dist)).toContain('404.html');
  });

  it('ships no client JavaScript but the search page\'s: every other script is JSON-LD data', async () => {
    const scripts: string[] = [];
    for (const file of await htmlFilesIn(dist)) {
      for (const script of (await readPage(dist, file)).querySelectorAll('script')) {
        if (script.getAttribute('type') !== 'application/ld+json') scripts.push(`${file}: ${script.outerHTML.slice(0, 80)}`);
      }
    }
    expect(scripts).toEqual(['search/index.html: <script src="search.js" defer></script>']);
  });

});
