import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../src/site/consts.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, resolveHref } from './support/html.ts';
import { seedEntry } from './support/seed-entry.ts';

let dist: string;
let pages: string[];
let seedPage: string;

beforeAll(async () => {
  dist = await builtSite();
  pages = await htmlFilesIn(dist);
  seedPage = `articles/${(await seedEntry()).slug}/index.html`;
}, 300_000);

const meta = (page: HTMLElement, selector: string): string | undefined => page.querySelector(`meta[${selector}]`)?.getAttribute('content');

/** A page that has both an entity page and a speaker page: someone quoted. */
async function quotedSlug(): Promise<string> {
  const speakers = (await readdir(join(dist, 'speakers'), { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'letter');
  const slug = speakers.map((entry) => entry.name).find((name) => existsSync(join(dist, 'entities', name, 'index.html')));
  if (slug === undefined) throw new Error('the built site has no speaker with an entity page');
  return slug;
}

describe('page descriptions on the built site', () => {
  it('differ between the seed article, an entity page, a speaker page and the front page', async () => {
    const slug = await quotedSlug();
    const files = [seedPage, `entities/${slug}/index.html`, `speakers/${slug}/index.html`, 'index.html'];
    const descriptions = await Promise.all(files.map(async (file) => meta(await readPage(dist, file), 'name="description"')));
    expect(descriptions.every((description) => description !== undefined && description.length > 0)).toBe(true);
    expect(new Set(descriptions).size).toBe(files.length);
  });

  it('are never the site-wide tagline: every page says what it holds', async () => {
    const generic: string[] = [];
    for (const file of pages) if (meta(await readPage(dist, file), 'name="description"') === SITE_DESCRIPTION) generic.push(file);
    expect(generic).toEqual([]);
  });

  it('for the seed article, is its first sentence, said once (no og:description copy: Open Graph readers fall back to it)', async () => {
    const { paragraphs } = await seedEntry();
    const page = await readPage(dist, seedPage);
    const description = meta(page, 'name="description"') ?? '';
    // The opening words, however the sentence is cut.
    expect(description.length).toBeGreaterThan(20);
    expect((paragraphs[0] ?? '').replace(/\s+/gu, ' ')).toContain(description.replace(/…$/u, ''));
    expect(meta(page, 'property="og:description"')).toBeUndefined();
  });
});

describe('Open Graph tags on the built site', () => {
  it('mark the seed article as an article with its headline as og:title', async () => {
    const page = await readPage(dist, seedPage);
    expect(meta(page, 'property="og:type"')).toBe('article');
    expect(`${meta(page, 'property="og:title"')} · ${SITE_TITLE}`).toBe(page.querySelector('title')?.text);
  });

  it('mark the front page as a website titled with the site name', async () => {
    const page = await readPage(dist, 'index.html');
    expect([meta(page, 'property="og:type"'), meta(page, 'property="og:title"'), meta(page, 'property="og:site_name"')]).toEqual(['website', SITE_TITLE, SITE_TITLE]);
  });
});

describe('feed discovery on the built site', () => {
  it('every page links the Atom feed as an alternate, and the link leads to dist/feed.xml', async () => {
    const missing: string[] = [];
    for (const file of pages) {
      const link = (await readPage(dist, file)).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      const href = link?.getAttribute('href');
      // The 404 page names the site root (see LinkMode): `/feed.xml` without a site URL.
      const target = href === undefined ? undefined : file === '404.html' ? href.replace(/^\//u, '') : resolveHref(file, href).file;
      if (target !== 'feed.xml' || !link?.getAttribute('title')) missing.push(`${file}: ${href ?? 'no link'}`);
    }
    expect(missing).toEqual([]);
    expect(existsSync(join(dist, 'feed.xml'))).toBe(true);
  });
});

describe('JSON-LD on the built site (no site URL set)', () => {
  it('gives an entity page its node, with its url relative to the page', async () => {
    const file = 'entities/vladimir-putin/index.html';
    const script = (await readPage(dist, file)).querySelector('script[type="application/ld+json"]');
    const document = JSON.parse(script?.text ?? '{}') as { '@graph': { '@type': string; url: string }[] };
    expect(document['@graph'].map((node) => [node['@type'], resolveHref(file, node.url).file])).toEqual([['Person', file]]);
  });

  it('gives an article page none: its headline, dateline, date and site name are in its own markup, and in data/articles.json', async () => {
    expect((await readPage(dist, seedPage)).querySelectorAll('script')).toEqual([]);
  });
});
