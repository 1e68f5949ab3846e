import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './support/built-site.ts';
import { readPage, resolveHref, textOf } from './support/html.ts';

/** A quote's words without the marks around them and a trailing comma. */
function wordsOf(quoted: string): string {
  return quoted.replace(/^["“”‘’«]+/, '').replace(/["“”‘’»,\s]+$/, '');
}
import { seedEntry, type SeedEntry } from './support/seed-entry.ts';
import { seedGold, type SeedGold } from './support/seed-gold.ts';

let dist: string;
let seed: SeedEntry;
let gold: SeedGold;

beforeAll(async () => {
  [dist, seed, gold] = await Promise.all([builtSite(), seedEntry(), seedGold()]);
});

/** The quote items a speaker page lists under the article with this slug. */
async function quotesFrom(speakerFile: string, articleSlug: string): Promise<HTMLElement[]> {
  const page = await readPage(dist, speakerFile);
  return page.querySelectorAll('li.quote-item').filter((item) => item.getAttribute('data-quote')?.startsWith(`${articleSlug}#`));
}

/** The element a quote item's "in the article" link lands on, read from the target file. */
async function landingOf(fromFile: string, item: HTMLElement): Promise<HTMLElement | null> {
  const href = item.querySelector('a.quote-source')?.getAttribute('href') ?? '';
  const { file, fragment } = resolveHref(fromFile, href);
  if (!existsSync(join(dist, file))) return null;
  return (await readPage(dist, file)).getElementById(fragment);
}

describe('the speaker pages', () => {
  it("list Putin's 5 quotes from the seed article, each with its words", async () => {
    const items = await quotesFrom('speakers/vladimir-putin/index.html', seed.slug);
    const wanted = gold.quotes.filter((quote) => quote.speaker === 'Vladimir Putin').map((quote) => quote.text);
    expect(wanted).toHaveLength(5);
    expect(items).toHaveLength(5);
    for (const text of wanted) expect(items.some((item) => textOf(item.querySelector('.quote-text')).includes(text))).toBe(true);
  });

  it("link each of Putin's seed quotes to the q element holding it in the article", async () => {
    const items = await quotesFrom('speakers/vladimir-putin/index.html', seed.slug);
    expect(items).toHaveLength(5);
    for (const item of items) {
      const landing = await landingOf('speakers/vladimir-putin/index.html', item);
      expect(landing?.tagName).toBe('Q');
      expect(textOf(item.querySelector('.quote-text'))).toContain(wordsOf(textOf(landing)));
    }
  });

  it("list Novak's 1 quote from the seed article, linked to its place in the article", async () => {
    const items = await quotesFrom('speakers/alexander-novak/index.html', seed.slug);
    expect(items.map((item) => textOf(item.querySelector('.quote-text')))).toEqual([
      '"only supply oil products there (and) the volumes are negligible, close to zero"',
    ]);
    expect((await landingOf('speakers/alexander-novak/index.html', items[0] as HTMLElement))?.tagName).toBe('Q');
  });

  it('group a speaker\'s quotes by article, newest article first', async () => {
    const page = await readPage(dist, 'speakers/vladimir-putin/index.html');
    const articles = page.querySelectorAll('.quote-group h3 a').map(textOf);
    // The seed gives no date, so it is dated by the day it was ingested, the newest.
    expect(articles).toEqual([seed.data.title, 'Russia and Norway sign Arctic gas deal', 'Grain corridor review put off until summer']);
  });

  it('leave out a quote whose speaker the model only guessed, which the unattributed list shows as "Possibly X"', async () => {
    // The ministry has a page for what it reportedly did ("welcomed the deal"), but not this quote.
    const onItsPage = await quotesFrom('speakers/norwegian-trade-ministry/index.html', 'arctic-gas-deal-signed');
    expect(onItsPage.map((item) => textOf(item.querySelector('.quote-text')))).toEqual([]);
    const page = await readPage(dist, 'quotes/unattributed/index.html');
    const item = page.querySelectorAll('li.quote-item').find((each) => each.getAttribute('data-quote')?.startsWith('arctic-gas-deal-signed#'));
    const who = item?.querySelector('.quote-who--none');
    expect(textOf(who)).toBe('Possibly Norwegian Trade Ministry (attribution uncertain)');
    expect(who?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '../../entities/norwegian-trade-ministry/index.html',
      '../../about/index.html#uncertain',
    ]);
  });

  it('list reported statements in their own section', async () => {
    const page = await readPage(dist, 'speakers/vladimir-putin/index.html');
    expect(page.querySelectorAll('#statements ~ .statement-list > li').length).toBeGreaterThan(0);
  });
});

describe('the editor override in the grain-corridor article', () => {
  it("puts the overridden quote on Putin's page in the article's own marks, marked as confirmed by an editor", async () => {
    const [item] = await quotesFrom('speakers/vladimir-putin/index.html', 'grain-corridor-review');
    expect(textOf(item?.querySelector('.quote-text'))).toBe('"the corridor stays open for now"');
    expect(textOf(item?.querySelector('.badge--editor'))).toBe('confirmed by an editor');
  });

  it('marks the quote in the article as an editor attribution, its note naming the speaker as confirmed', async () => {
    const page = await readPage(dist, 'articles/grain-corridor-review/index.html');
    const quote = page.querySelector('q.quote--editor');
    expect(textOf(quote)).toBe('"the corridor stays open for now"');
    let block = quote?.parentNode ?? null;
    while (block !== null && !/^p-\d+$/.test(block.id)) block = block.parentNode;
    const note = block?.nextElementSibling;
    expect(note?.tagName).toBe('SMALL');
    expect(textOf(note)).toContain('Vladimir Putin, confirmed by an editor');
  });
});

describe('the unattributed quotes page', () => {
  it('holds the seed quote that names no speaker, highlighted in its sentence', async () => {
    const page = await readPage(dist, 'quotes/unattributed/index.html');
    const marks = page.querySelectorAll('li.quote-item mark').map(textOf);
    expect(marks).toContain('We have also agreed to develop cooperation in the energy sector');
  });

  it('links each quote to its place in the article', async () => {
    const page = await readPage(dist, 'quotes/unattributed/index.html');
    const items = page.querySelectorAll('li.quote-item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect((await landingOf('quotes/unattributed/index.html', item))?.tagName).toBe('Q');
    }
  });
});

describe('an entity page', () => {
  let putin: HTMLElement;

  beforeAll(async () => {
    putin = await readPage(dist, 'entities/vladimir-putin/index.html');
  });

  it('shows the name, kind, description and Wikidata link from the entity list', () => {
    expect(textOf(putin.querySelector('main h1'))).toBe('Vladimir Putin');
    expect(textOf(putin.querySelector('.entity-header .kind'))).toBe('Person');
    expect(textOf(putin.querySelector('.entity-header .description'))).toBe('President of Russia.');
    expect(putin.querySelector('a[href="https://www.wikidata.org/wiki/Q7747"]')).not.toBeNull();
  });

  it('highlights each mention in its sentence and links it to its place, newest article (the seed, dated by its ingest day) first', () => {
    const first = putin.querySelectorAll('.mention-list li').slice(0, 3);
    expect(first.map((item) => [textOf(item.querySelector('mark')), item.querySelector('a')?.getAttribute('href')])).toEqual([
      ['Putin', `../../articles/${seed.slug}/index.html#article-title`],
      ['Russian President Vladimir Putin', `../../articles/${seed.slug}/index.html#article-caption`],
      ['Russian President Vladimir Putin', `../../articles/${seed.slug}/index.html#p-0`],
    ]);
  });

  it('lists co-mentioned entities with the number of shared articles', () => {
    const russia = putin.querySelectorAll('.related-list li').find((li) => textOf(li.querySelector('a')) === 'Russia');
    expect(textOf(russia?.querySelector('.count'))).toBe('3');
  });

  it('lists the quotes of an entity that spoke', () => {
    expect(putin.querySelectorAll('#quotes ~ .quote-list li.quote-item').length).toBe(7);
  });
});

describe('names that are not ASCII', () => {
  it('get readable slugs of their own letters', () => {
    expect(existsSync(join(dist, 'entities', 'łukasz-nowak', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'speakers', 'katrin-müller', 'index.html'))).toBe(true);
  });

  it('are linked percent-encoded, which resolves to the file over file://', async () => {
    const page = await readPage(dist, 'articles/baltic-ferry-strike-ends/index.html');
    const href = page.querySelectorAll('.story-body a[href*="entities/"]').find((a) => textOf(a) === 'Łukasz Nowak')?.getAttribute('href') ?? '';
    expect(href).toBe('../../entities/%C5%82ukasz-nowak/index.html');
    expect(existsSync(join(dist, resolveHref('articles/baltic-ferry-strike-ends/index.html', href).file))).toBe(true);
  });
});

describe('every page', () => {
  it.each(['index.html', 'entities/index.html', 'speakers/vladimir-putin/index.html', 'quotes/unattributed/index.html', '404.html'])(
    '%s has the header navigation to Articles, Entities, Speakers and Search',
    async (file) => {
      const nav = (await readPage(dist, file)).querySelectorAll('header .site-nav a').map(textOf);
      expect(nav).toEqual(['Articles', 'Entities', 'Speakers', 'Search']);
    },
  );

  it('gives an entity page breadcrumbs back to the entity index', async () => {
    const crumbs = (await readPage(dist, 'entities/vladimir-putin/index.html')).querySelectorAll('.breadcrumbs li').map(textOf);
    expect(crumbs).toEqual(['Home', 'Entities', 'Vladimir Putin']);
  });

  it('links the Atom feed with a relative href', async () => {
    const link = (await readPage(dist, 'entities/vladimir-putin/index.html')).querySelector('link[type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('../../feed.xml');
  });
});
