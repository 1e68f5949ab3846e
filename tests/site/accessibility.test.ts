import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { seedEntry } from './support/seed-entry.ts';
import { htmlErrors } from './support/validate-html.ts';

/** One page of each kind the site builds, as files under dist/. */
async function pageTypes(dist: string): Promise<Record<string, string>> {
  const seed = await seedEntry();
  const pages: Record<string, string> = {
    'front page': 'index.html',
    article: `articles/${seed.slug}/index.html`,
    entity: 'entities/alexander-novak/index.html',
    speaker: 'speakers/vladimir-putin/index.html',
    'entities index': 'entities/index.html',
    'entities letter page': 'entities/letter/n/index.html',
    'speakers index': 'speakers/index.html',
    'speakers letter page': 'speakers/letter/n/index.html',
    unattributed: 'quotes/unattributed/index.html',
    about: 'about/index.html',
    search: 'search/index.html',
  };
  // The shared build holds too few articles for a second front page; tests/site/reader-browser.test.ts
  // checks page 2 and the pagination bar in a build of more.
  if (existsSync(join(dist, 'page', '2', 'index.html'))) pages['front page 2'] = 'page/2/index.html';
  for (const [kind, file] of Object.entries(pages)) {
    if (!existsSync(join(dist, file))) throw new Error(`the ${kind} (${file}) was not built`);
  }
  return pages;
}

/**
 * The 404 page links with root-relative hrefs, as a host serves it at any
 * depth, so it is checked the way a host shows it: over http, at a missing
 * address two folders down. Playwright answers the requests from dist/, so
 * no server runs.
 */
const HOST = 'http://newsgraph.test';
const MISSING_ADDRESS = `${HOST}/articles/nope/deeper/`;

async function serveFromDist(page: Page, dist: string): Promise<void> {
  await page.route(`${HOST}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const found = existsSync(file) && statSync(file).isFile();
    await route.fulfill({ status: found ? 200 : 404, path: found ? file : join(dist, '404.html') });
  });
}

if (!hasChromium) console.warn(`Skipping the axe tests: ${CHROMIUM_PATH} is not installed (CI installs it).`);

describe.skipIf(!hasChromium)('axe-core finds no WCAG 2 A/AA violation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on every page type in the ${colorScheme} colour scheme, over file://`, async () => {
      const dist = await builtSite();
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      await serveFromDist(page, dist);
      const addresses = Object.entries(await pageTypes(dist)).map(([kind, file]) => [`${kind} (${file})`, pathToFileURL(join(dist, file)).href]);
      addresses.push([`404 (${MISSING_ADDRESS})`, MISSING_ADDRESS]);
      const found: Record<string, string[]> = {};
      for (const [name, address] of addresses) {
        await page.goto(address);
        const lines = await axeViolations(page);
        if (lines.length > 0) found[name] = lines;
      }
      expect(found).toEqual({});
    }, 120_000);
  }
});

describe('html-validate', () => {
  it('finds no error in any built page', async () => {
    const { files, errors } = await htmlErrors(await builtSite());
    expect(files).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
