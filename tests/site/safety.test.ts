import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, DataFile, QuoteRecord } from '../../src/graph/index.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, textOf } from './support/html.ts';

// tests/site/fixtures/articles/port-security-bill.md is built from untrusted-looking input on purpose.
const UNSAFE_TITLE = 'Port security bill </script><script>alert(1)</script> passes';
// The quote's words as extracted: the comma before the closing mark belongs to them.
const UNSAFE_QUOTE = 'Nothing in this bill </script><script>alert(1)</script> will slow the ships,';
const ARTICLE = 'articles/port-security-bill/index.html';

let dist: string;
let files: string[];
let article: HTMLElement;
let articleSource: string;

beforeAll(async () => {
  dist = await builtSite();
  files = await htmlFilesIn(dist);
  article = await readPage(dist, ARTICLE);
  articleSource = await readFile(join(dist, ARTICLE), 'utf8');
});

async function everyElement(): Promise<{ file: string; element: HTMLElement }[]> {
  const found: { file: string; element: HTMLElement }[] = [];
  for (const file of files) for (const element of (await readPage(dist, file)).querySelectorAll('*')) found.push({ file, element });
  return found;
}

describe('untrusted article input in the built pages', () => {
  it('leaves no script element in the raw HTML of the article, so a </script> in its title has nothing to end', () => {
    // Quoted attribute values are inert text (the title's `<script>` is in og:title and the
    // description as data), so they are blanked before looking for real script tags.
    const inertValues = articleSource.replace(/="[^"]*"/g, '=""');
    expect(inertValues.match(/<script\b[^>]*>/gi) ?? []).toEqual([]);
  });

  it('has no event-handler attribute on any element of any page', async () => {
    const handlers = (await everyElement()).flatMap(({ file, element }) =>
      Object.keys(element.attributes).filter((name) => /^on/i.test(name)).map((name) => `${file}: <${element.tagName} ${name}>`),
    );
    expect(handlers).toEqual([]);
  });

  it('has no javascript: URL in any href, src or cite', async () => {
    const urls = (await everyElement()).flatMap(({ file, element }) =>
      ['href', 'src', 'cite'].map((name) => element.getAttribute(name)).filter((url) => url !== undefined && /^\s*javascript:/i.test(url)).map((url) => `${file}: ${url}`),
    );
    expect(urls).toEqual([]);
  });

  it('has no iframe, img, or style element in the body of any page', async () => {
    const elements = (await everyElement())
      .filter(({ element }) => ['IFRAME', 'IMG', 'STYLE'].includes(element.tagName) && element.closest('body') !== null)
      .map(({ file, element }) => `${file}: ${element.tagName}`);
    expect(elements).toEqual([]);
  });

  it('shows the title with its markup as plain text', () => {
    expect(textOf(article.querySelector('main h1'))).toBe(UNSAFE_TITLE);
  });

  it('shows the inline <img> of the body and caption as text', () => {
    expect(textOf(article.querySelector('#p-0'))).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(article.querySelector('#article-caption'))).toBe('Harbour cranes <img src=x onerror=alert(1)> at dusk');
  });

  it('keeps the link text of a javascript: link but not the link', () => {
    const paragraph = article.querySelectorAll('.story-body p').find((p) => textOf(p).includes('summary of the bill'));
    expect(paragraph?.querySelectorAll('a').every((a) => !/javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(true);
  });

});

describe('untrusted article input in the data exports and the feed', () => {
  it('keeps the title as an exact string in articles.json', async () => {
    const data = JSON.parse(await readFile(join(dist, 'data', 'articles.json'), 'utf8')) as DataFile<ArticleRecord>;
    expect(data.items.find((item) => item.id === 'port-security-bill')?.title).toBe(UNSAFE_TITLE);
  });

  it('keeps the quote as an exact string in quotes.json', async () => {
    const data = JSON.parse(await readFile(join(dist, 'data', 'quotes.json'), 'utf8')) as DataFile<QuoteRecord>;
    expect(data.items.map((item) => item.text)).toContain(UNSAFE_QUOTE);
  });

  it('escapes the title in the Atom feed', async () => {
    const feed = await readFile(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Port security bill &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; passes</title>');
    expect(feed).not.toContain('<script');
  });
});
