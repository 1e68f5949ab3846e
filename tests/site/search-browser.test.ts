import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataFile, QuoteRecord } from '../../src/graph/data-exports.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { seedEntry } from './support/seed-entry.ts';

if (!hasChromium) console.warn(`Skipping the search browser tests: ${CHROMIUM_PATH} is not installed (CI installs it).`);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static file server for dist/ on 127.0.0.1 and a port the system picks, as a host would serve the site. */
async function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Result {
  kind: string;
  text: string;
  href: string;
  /** The link resolved against the page's URL. */
  url: string;
}

async function results(page: Page): Promise<Result[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a') as HTMLAnchorElement;
      return { kind: item.querySelector('.search-kind')?.textContent ?? '', text: link.textContent ?? '', href: link.getAttribute('href') ?? '', url: link.href };
    }),
  );
}

/** Types a query as a reader would and waits for the status line to report the outcome. */
async function search(page: Page, query: string): Promise<Result[]> {
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  return results(page);
}

/** Three words from the middle of the seed article's longest quote, as a quoted phrase, and where that quote is. */
async function seedPhrase(dist: string): Promise<{ phrase: string; words: string; id: string }> {
  const seed = await seedEntry();
  const quotes = (JSON.parse(await readFile(join(dist, 'data', 'quotes.json'), 'utf8')) as DataFile<QuoteRecord>).items;
  const longest = quotes.filter((quote) => quote.article === seed.slug).sort((a, b) => b.text.length - a.text.length)[0];
  if (longest === undefined) throw new Error(`The seed article ${seed.slug} has no quote`);
  const words = longest.text.split(/\s+/).slice(2, 5).join(' ');
  return { phrase: `"${words}"`, words, id: longest.id };
}

describe.skipIf(!hasChromium)('searching the built site', () => {
  let browser: Browser;
  let dist: string;
  let server: Server | undefined;
  let origin: string;

  beforeAll(async () => {
    [browser, dist] = await Promise.all([launchChromium(), builtSite()]);
    ({ server, origin } = await serve(dist));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  describe('opened from disk over file://', () => {
    const searchPage = (): string => pathToFileURL(join(dist, 'search', 'index.html')).href;

    it('finds a speaker by one name, lists the speaker first and every link leads to a file of the site', async () => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.goto(searchPage());

      const found = await search(page, 'Putin');
      expect(found[0]).toMatchObject({ kind: 'Speaker', text: 'Vladimir Putin', href: '../speakers/vladimir-putin/index.html' });
      expect(found.some((result) => result.kind === 'Quote')).toBe(true);
      const missing = found.map((result) => fileURLToPath(result.url.replace(/#.*$/, ''))).filter((file) => !existsSync(file));
      expect(missing).toEqual([]);
      expect(failed).toEqual([]);

      await page.getByRole('link', { name: 'Vladimir Putin', exact: true }).first().click();
      expect(page.url()).toBe(pathToFileURL(join(dist, 'speakers', 'vladimir-putin', 'index.html')).href);
      expect(await page.locator('main h1').textContent()).toBe('Vladimir Putin');
    });

    it('finds a quoted phrase from a quote in the seed article and opens the quote in its article', async () => {
      const { phrase, words, id } = await seedPhrase(dist);
      const page = await browser.newPage();
      await page.goto(searchPage());

      const found = await search(page, phrase);
      const [slug, anchor] = id.split('#') as [string, string];
      const href = `../articles/${slug}/index.html#${anchor}`;
      expect(found.filter((result) => result.kind === 'Quote').map((result) => result.href)).toContain(href);

      await page.locator(`#search-results a[href="${href}"]`).click();
      expect(page.url()).toBe(`${pathToFileURL(join(dist, 'articles', slug, 'index.html')).href}#${anchor}`);
      expect(await page.locator('q:target').getAttribute('id')).toBe(anchor);
      expect(await page.locator('q:target').textContent()).toContain(words);
    });

    it('finds nothing for a phrase whose words occur only apart', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage());
      expect(await search(page, '"Putin Vladimir"')).toEqual([]);
      expect(await page.locator('#search-status').textContent()).toMatch(/^No results/);
    });

    it('shows a headline holding markup as text, adding no element but the index scripts', async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(searchPage());
      const found = await search(page, 'port security bill');
      expect(found.filter((result) => result.kind === 'Article').map((result) => result.text)).toEqual([
        'Port security bill </script><script>alert(1)</script> passes',
      ]);
      const inlineScripts = await page.locator('script:not([src])').count();
      expect(inlineScripts).toBe(0);
      expect(dialogs).toEqual([]);
    });

    it('sends a reader without JavaScript to the indexes', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(searchPage());
      expect(await page.locator('#search-form').isVisible()).toBe(false);
      expect(await page.locator('main p.search-noscript').textContent()).toBe(
        'Search needs JavaScript, which is off. Browse the indexes instead: Articles, Entities, Speakers.',
      );
      const links = page.locator('main p.search-noscript a');
      expect(await links.allTextContents()).toEqual(['Articles', 'Entities', 'Speakers']);
      expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual([
        '../index.html',
        '../entities/index.html',
        '../speakers/index.html',
      ]);
      await context.close();
    });
  });

  describe('served over http', () => {
    it('runs the query in the address (?q=) and its links load', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/search/index.html?q=Putin`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
      const found = await results(page);
      expect(found[0]).toMatchObject({ kind: 'Speaker', text: 'Vladimir Putin', url: `${origin}/speakers/vladimir-putin/index.html` });
      const statuses = await Promise.all(found.map(async (result) => (await fetch(result.url)).status));
      expect(statuses.every((status) => status === 200)).toBe(true);
    });

    it('finds a quoted phrase from the seed article, asking for every index file by the index version', async () => {
      const { phrase, id } = await seedPhrase(dist);
      const manifestScript = await readFile(join(dist, 'search', 'manifest.js'), 'utf8');
      const { version } = JSON.parse(manifestScript.replace(/^window\.__newsgraphSearch\.add\(/, '').replace(/\);\n$/, '')) as { version: string };
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${origin}/search/index.html`);
      const found = await search(page, phrase);
      const indexFiles = requested.filter((url) => /\/search\/(?!search\.js)[^/?]+\.js/.test(url));
      expect(indexFiles.length).toBeGreaterThan(2);
      expect(indexFiles.filter((url) => !url.endsWith(`.js?v=${version}`))).toEqual([]);
      const [slug, anchor] = id.split('#') as [string, string];
      expect(found.filter((result) => result.kind === 'Quote').map((result) => result.url)).toContain(`${origin}/articles/${encodeURI(slug)}/index.html#${anchor}`);
    });
  });
});
