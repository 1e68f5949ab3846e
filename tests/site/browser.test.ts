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
    expect(await paragraphs.allTextContents()).toEqual(seed.paragraphs);
  });

  it('styles the page although it was opened from disk', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);
    const fontFamily = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    expect(fontFamily).toMatch(/serif/);
  });
});
