import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { ARTICLES_PER_PAGE } from '../../src/site/front-pages.ts';
import { axeViolations } from './support/axe.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { htmlErrors } from './support/validate-html.ts';
import { FIXTURE_ARTICLES, copyProject, repoRoot, runAstroBuild } from './support/project.ts';

/** A date as the site writes it ("12 March 2024"), or the ingest day when that is all there is. */
const SHOWN_DATE = /^(Added )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every entry the shared build holds (the seed and the fixtures), as slug → body paragraphs. */
async function sourceParagraphs(): Promise<Map<string, string[]>> {
  const bySlug = new Map<string, string[]>();
  for (const folder of [join(repoRoot, 'content', 'articles'), FIXTURE_ARTICLES]) {
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md'))) {
      const { data, body } = splitFrontmatter(await readFile(join(folder, file), 'utf8'));
      const { paragraphs } = articleTextFromMarkdown(articleSchema.parse(data), body);
      bySlug.set(file.replace(/\.md$/, ''), paragraphs.map(collapse));
    }
  }
  return bySlug;
}

/** One front page's worth of invented articles and one more, so the front page runs on to page/2/. */
const PAGED_ARTICLES = ARTICLES_PER_PAGE + 1;

const pagedEntry = (index: number): string => {
  const day = new Date(Date.UTC(2023, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  return `---\ntitle: Canal lock notice ${index}\ndateline: []\ncaption: null\ndate: ${day}\nsource: raw/invented-lock-${index}.txt\nremoved: []\n---\n\nThe canal trust posted notice number ${index} about the upper lock.\n`;
};

if (!hasChromium) console.warn(`Skipping the reader's browser checks: ${CHROMIUM_PATH} is not installed (CI installs it).`);

describe.skipIf(!hasChromium)('what a reader sees, in a browser over file://', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a date, or the day it was added, on every teaser of the front page, and never "Untitled article"', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);
    const teasers = page.locator('.article-list .teaser');
    expect(await teasers.count()).toBe((await sourceParagraphs()).size);
    const dates = await teasers.evaluateAll((elements) => elements.map((teaser) => teaser.querySelector('time')?.textContent?.trim() ?? ''));
    expect(dates.filter((date) => !SHOWN_DATE.test(date))).toEqual([]);
    expect(await page.locator('body').textContent()).not.toContain('Untitled article');
  });

  it('puts in no article paragraph any text that is not in the article\'s entry', async () => {
    const [dist, sources] = await Promise.all([builtSite(), sourceParagraphs()]);
    const page = await browser.newPage();
    const added: string[] = [];
    for (const [slug, paragraphs] of sources) {
      await page.goto(pathToFileURL(join(dist, 'articles', slug, 'index.html')).href);
      const shown = await page.locator('.story-body [id^="p-"]').allTextContents();
      expect(shown.length, slug).toBeGreaterThan(0);
      for (const text of shown.map(collapse)) {
        if (!paragraphs.some((paragraph) => paragraph.includes(text))) added.push(`${slug}: ${text}`);
      }
    }
    expect(added).toEqual([]);
  });

  for (const index of ['entities', 'speakers'] as const) {
    it(`lists Alexander Novak on the ${index} page for N, whose jump bar links only to pages that exist`, async () => {
      const dist = await builtSite();
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dist, index, 'letter', 'n', 'index.html')).href);
      expect(await page.locator('main li a', { hasText: 'Alexander Novak' }).count()).toBe(1);
      const targets = await page.locator('.jump-bar a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(targets.length).toBeGreaterThan(1);
      expect(targets.filter((target) => !existsSync(fileURLToPath(target)))).toEqual([]);
    });
  }

  it('leaves space between the chips of co-mentioned entities and the note on how many more there are', async () => {
    const dist = await builtSite();
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(pathToFileURL(join(dist, 'entities', 'alexander-novak', 'index.html')).href);
    const chips = await page.locator('.related-list').boundingBox();
    const note = await page.locator('.related-list + .section-note').boundingBox();
    expect(note && chips && note.y - (chips.y + chips.height)).toBeGreaterThanOrEqual(8);
  });

  it('titles the count of shared articles in the singular when it is one', async () => {
    const dist = await builtSite();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dist, 'entities', 'alexander-novak', 'index.html')).href);
    const counts = await page.locator('.related-list .count').evaluateAll((spans) => spans.map((span) => [span.textContent, span.getAttribute('title')]));
    expect(counts).toContainEqual(['1', '1 shared article']);
    expect(counts).toContainEqual(['2', '2 shared articles']);
  });

  it('sets the search box and its button on one line on a 375 px phone, the box at the page\'s 1rem', async () => {
    const dist = await builtSite();
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(pathToFileURL(join(dist, 'search', 'index.html')).href);
    const box = await page.locator('#search-input').boundingBox();
    const button = await page.locator('#search-form button').boundingBox();
    expect(box && button && Math.abs(box.y + box.height / 2 - (button.y + button.height / 2))).toBeLessThan(2);
    expect(await page.locator('#search-input').evaluate((input) => getComputedStyle(input).fontSize)).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize));
  });

  it('keeps the search form hidden when JavaScript is off, whatever the stylesheet lays it out as', async () => {
    const dist = await builtSite();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dist, 'search', 'index.html')).href);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
    await context.close();
  });

  describe(`a site of ${PAGED_ARTICLES} articles`, () => {
    let project: string;
    let dist: string;

    beforeAll(async () => {
      project = await mkdtemp(join(tmpdir(), 'newsgraph-reader-paged-'));
      await copyProject(project);
      const folder = join(project, 'content', 'articles');
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      for (let index = 1; index <= PAGED_ARTICLES; index += 1) await writeFile(join(folder, `canal-lock-notice-${index}.md`), pagedEntry(index));
      dist = join(project, 'dist');
      const build = await runAstroBuild(project, dist);
      if (build.exitCode !== 0) throw new Error(`astro build failed (exit ${build.exitCode}):\n${build.output}`);
    }, 600_000);

    afterAll(async () => {
      if (project) await rm(project, { recursive: true, force: true });
    });

    it('goes from the front page to page 2 by "next" and back by "previous"', async () => {
      const page = await browser.newPage();
      const front = pathToFileURL(join(dist, 'index.html')).href;
      await page.goto(front);
      await page.locator('.pagination a', { hasText: 'Next' }).click();
      expect(page.url()).toBe(pathToFileURL(join(dist, 'page', '2', 'index.html')).href);
      expect(await page.locator('.article-list h2').allTextContents()).toEqual(['Canal lock notice 1']);

      await page.locator('.pagination a', { hasText: 'Previous' }).click();
      expect(page.url()).toBe(front);
      expect(await page.locator('.article-list h2').count()).toBe(ARTICLES_PER_PAGE);
    });

    it('has no html-validate error in any page, page 2 among them', async () => {
      const { files, errors } = await htmlErrors(dist);
      expect(files).toBeGreaterThan(PAGED_ARTICLES);
      expect(errors).toEqual([]);
    });

    // The shared build has one front page, so the pagination bar is checked with axe here (see accessibility.test.ts).
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no WCAG 2 A/AA violation on the front page or page 2, with their pagination bars, in the ${colorScheme} colour scheme`, async () => {
        const page = await browser.newPage();
        await page.emulateMedia({ colorScheme });
        const found: Record<string, string[]> = {};
        for (const file of ['index.html', 'page/2/index.html']) {
          await page.goto(pathToFileURL(join(dist, file)).href);
          expect(await page.locator('.pagination a').count(), file).toBeGreaterThan(0);
          const lines = await axeViolations(page);
          if (lines.length > 0) found[file] = lines;
        }
        expect(found).toEqual({});
      });
    }
  });
});

describe('the Atom feed', () => {
  it('has no 1970 date and an <updated> in every entry', async () => {
    const feed = await readFile(join(await builtSite(), 'feed.xml'), 'utf8');
    const entries = feed.split('<entry>').slice(1);
    expect(entries).toHaveLength((await sourceParagraphs()).size);
    expect(feed).not.toContain('1970');
    expect(entries.filter((entry) => !/<updated>\d{4}-\d{2}-\d{2}T[^<]+<\/updated>/.test(entry))).toEqual([]);
  });
});
