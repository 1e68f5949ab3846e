import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateline } from '../../src/site/format-dateline.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { seedEntry } from './support/seed-entry.ts';

if (!hasChromium) console.warn(`Skipping the browser tests: ${CHROMIUM_PATH} is not installed (CI installs it).`);

describe.skipIf(!hasChromium)('reading dist/ in a browser over file://', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the front page, clicks through to the seed article and shows all of it', async () => {
    const [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);

    await page.getByRole('link', { name: seed.data.title ?? '', exact: true }).click();
    await page.waitForURL(/\/index\.html$/);

    expect(page.url()).toBe(pathToFileURL(join(dist, 'articles', seed.slug, 'index.html')).href);
    expect(await page.locator('article h1').textContent()).toBe(seed.data.title);
    expect(await page.locator('article .dateline').textContent()).toBe(formatDateline(seed.data.dateline));
    expect(await page.locator('article figcaption').textContent()).toBe(seed.data.caption);
    const paragraphs = page.locator('article .story-body > p');
    expect(await paragraphs.count()).toBe(16);
    const written = await paragraphs.evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(written).toEqual(seed.paragraphs);
  });

  it('goes from an article to a speaker, to that speaker\'s quote in another article, to an entity, and back', async () => {
    const [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'articles', seed.slug, 'index.html')).href);

    await page.locator('.story-body > small a', { hasText: 'Vladimir Putin' }).first().click();
    expect(page.url()).toBe(pathToFileURL(join(dist, 'speakers', 'vladimir-putin', 'index.html')).href);
    expect(await page.locator('main h1').textContent()).toBe('Vladimir Putin');

    await page.locator('li.quote-item[data-quote^="arctic-gas-deal-signed#"] a.quote-source').click();
    const quoteUrl = new URL(page.url());
    expect(quoteUrl.pathname).toBe(pathToFileURL(join(dist, 'articles', 'arctic-gas-deal-signed', 'index.html')).pathname);
    const target = page.locator('q:target');
    expect(await target.getAttribute('id')).toBe(quoteUrl.hash.slice(1));
    expect(await target.textContent()).toContain('This agreement gives our northern ports ten years of certain work');

    await page.locator('article .story-body a[href*="entities/"]', { hasText: 'Alexander Novak' }).first().click();
    expect(page.url()).toBe(pathToFileURL(join(dist, 'entities', 'alexander-novak', 'index.html')).href);
    expect(await page.locator('main h1').textContent()).toBe('Alexander Novak');

    await page.goBack();
    expect(page.url()).toBe(quoteUrl.href);
  });

  it('opens the page of an entity with a non-ASCII name from a link, over file://', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'articles', 'baltic-ferry-strike-ends', 'index.html')).href);
    await page.locator('article .story-body a[href*="entities/"]', { hasText: 'Łukasz Nowak' }).first().click();
    expect(await page.locator('main h1').textContent()).toBe('Łukasz Nowak');
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(join(dist, 'entities', 'łukasz-nowak', 'index.html'));
  });

  it('styles the page although it was opened from disk', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);
    const fontFamily = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    expect(fontFamily).toMatch(/serif/);
  });

  it('loads the one stylesheet from two folders down over file:// and applies it, light and dark', async () => {
    const [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(pathToFileURL(join(dist, 'articles', seed.slug, 'index.html')).href);

    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href?.replace(/\?v=[0-9a-f]+$/, '')));
    expect(sheets).toEqual([pathToFileURL(join(dist, 'styles', 'site.css')).href]);
    expect(failed).toEqual([]);

    const bodyStyle = () =>
      page.locator('body').evaluate((body) => {
        const style = getComputedStyle(body);
        return { fontFamily: style.fontFamily.split(',')[0], background: style.backgroundColor };
      });
    // The first font of --serif and the --paper colours of public/styles/site.css.
    expect(await bodyStyle()).toEqual({ fontFamily: '"Iowan Old Style"', background: 'rgb(253, 252, 249)' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bodyStyle()).toEqual({ fontFamily: '"Iowan Old Style"', background: 'rgb(21, 22, 26)' });
  });

  it('underlines an entity link in the text quietly, in the text colour, and shows the link colour on hover', async () => {
    const [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'articles', seed.slug, 'index.html')).href);
    const link = page.locator('.story-body p a[href*="entities/"]').first();
    const look = () => link.evaluate((element) => ({ colour: getComputedStyle(element).color, line: getComputedStyle(element).textDecorationLine }));
    const text = await page.locator('.story-body p').first().evaluate((element) => getComputedStyle(element).color);
    expect(await look()).toEqual({ colour: text, line: 'underline' });
    await link.hover();
    expect((await look()).colour).not.toBe(text);
    await page.close();
  });
});
