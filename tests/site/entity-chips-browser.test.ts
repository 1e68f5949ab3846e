import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/site/entity-kinds.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage } from './support/html.ts';

if (!hasChromium) console.warn(`Skipping the entity chip browser tests: ${CHROMIUM_PATH} is not installed (CI installs it).`);

const KINDS = ENTITY_KINDS.map(({ kind }) => kind);

/** The first entity page whose related list has a chip of every kind. */
async function pageWithEveryKind(dist: string): Promise<string> {
  for (const file of (await htmlFilesIn(dist)).filter((name) => /^entities\/[^/]+\/index\.html$/.test(name))) {
    const kinds = new Set((await readPage(dist, file)).querySelectorAll('ul.related-list > li').map((item) => item.getAttribute('class')));
    if (KINDS.every((kind) => kinds.has(kind))) return file;
  }
  throw new Error('site build: no entity page names related entities of every kind');
}

describe.skipIf(!hasChromium)("an entity page's related chips in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // The chip's dot is coloured by --kind, which the chip inherits from its item's kind class.
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`colours each chip's dot with its kind's colour (${colorScheme})`, async () => {
      const dist = await builtSite();
      const page = await browser.newPage({ colorScheme });
      await page.goto(pathToFileURL(join(dist, await pageWithEveryKind(dist))).href);
      const dots = await page.locator('ul.related-list > li').evaluateAll((items) =>
        items.map((item) => {
          const probe = document.createElement('span');
          probe.style.color = `var(--${item.className})`;
          document.body.append(probe);
          const expected = getComputedStyle(probe).color;
          probe.remove();
          const dot = getComputedStyle(item.querySelector('a') as Element, '::before').backgroundColor;
          return { kind: item.className, matches: dot === expected };
        }),
      );
      expect(new Set(dots.map((dot) => dot.kind))).toEqual(new Set(KINDS));
      expect(dots.filter((dot) => !dot.matches)).toEqual([]);
    });
  }

  it('shows the four kinds in four different dot colours', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, await pageWithEveryKind(dist))).href);
    const colours = await page.locator('ul.related-list > li > a').evaluateAll((chips) => chips.map((chip) => getComputedStyle(chip, '::before').backgroundColor));
    expect(new Set(colours).size).toBe(KINDS.length);
  });
});
