import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/browser.ts';
import { builtSite } from './support/built-site.ts';
import { parseHtml } from '../render/parse-html.ts';
import { repoRoot } from './support/project.ts';
import { seedEntry } from './support/seed-entry.ts';

/** Every article the site test build holds: the committed entries and the fixtures, with their paragraphs as extraction reads them. */
async function builtArticles(): Promise<{ slug: string; paragraphs: string[] }[]> {
  const folders = [join(repoRoot, 'content', 'articles'), join(repoRoot, 'tests', 'site', 'fixtures', 'articles')];
  const articles: { slug: string; paragraphs: string[] }[] = [];
  for (const folder of folders) {
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
      const { data, body } = splitFrontmatter(await readFile(join(folder, file), 'utf8'));
      articles.push({ slug: file.replace(/\.md$/, ''), paragraphs: articleTextFromMarkdown(articleSchema.parse(data), body).paragraphs });
    }
  }
  return articles;
}

describe('attribution on built article pages', () => {
  it('keeps every paragraph exactly the article text, so no speaker name is added inside one', async () => {
    const dist = await builtSite();
    const articles = await builtArticles();
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) {
      const root = parseHtml(await readFile(join(dist, 'articles', article.slug, 'index.html'), 'utf8'));
      const texts = article.paragraphs.map((_, i) => root.querySelector(`.story-body #p-${i}`)?.text);
      expect({ slug: article.slug, texts }).toEqual({ slug: article.slug, texts: article.paragraphs });
    }
  });

  it('names the speaker in a note right after each paragraph holding an attributed quote, linking their page from the first only', async () => {
    const dist = await builtSite();
    const seed = await seedEntry();
    const root = parseHtml(await readFile(join(dist, 'articles', seed.slug, 'index.html'), 'utf8'));
    const notes = root.querySelectorAll('.story-body > small').map((note) => ({
      after: note.previousElementSibling?.id,
      quotes: note.previousElementSibling?.querySelectorAll('q').map((quote) => quote.id),
      text: note.text,
      links: note.querySelectorAll('a').map((link) => link.getAttribute('href')),
    }));
    expect(notes).toEqual([
      { after: 'p-0', quotes: ['q-b0-135'], text: 'Quoted: Vladimir Putin', links: ['../../speakers/vladimir-putin/index.html'] },
      { after: 'p-3', quotes: ['q-b3-71'], text: 'Quoted: Vladimir Putin', links: [] },
      { after: 'p-7', quotes: ['q-b7-165'], text: 'Quoted: Alexander Novak', links: ['../../speakers/alexander-novak/index.html'] },
      { after: 'p-12', quotes: ['q-b12-35'], text: 'Quoted: Vladimir Putin', links: [] },
      { after: 'p-14', quotes: ['q-b14-174'], text: 'Quoted: Vladimir Putin', links: [] },
      { after: 'p-15', quotes: ['q-b15-27'], text: 'Quoted: Vladimir Putin', links: [] },
    ]);
  });
});

describe('the about page that uncertain marks explain themselves on', () => {
  it('is linked from the footer of every page, here the front page', async () => {
    const root = parseHtml(await readFile(join(await builtSite(), 'index.html'), 'utf8'));
    expect(root.querySelector('.site-footer a[href="about/index.html"]')?.text).toBe('About this archive');
  });

  it('has the section a possible speaker\'s "attribution uncertain" links to', async () => {
    const dist = await builtSite();
    const about = parseHtml(await readFile(join(dist, 'about', 'index.html'), 'utf8'));
    expect(about.querySelector('#uncertain')?.text).toBe('What “uncertain” means');
    const article = parseHtml(await readFile(join(dist, 'articles', 'arctic-gas-deal-signed', 'index.html'), 'utf8'));
    const note = article.querySelector('#p-6')?.nextElementSibling;
    expect(note?.text).toBe('Quoted: possibly Norwegian Trade Ministry (attribution uncertain)');
    // The ministry's entity page is linked at its first mention in the text, before this note.
    expect(note?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['../../about/index.html#uncertain']);
    expect(article.querySelectorAll('.story-body a[href="../../entities/norwegian-trade-ministry/index.html"]').length).toBe(1);
  });
});

if (!hasChromium) console.warn(`Skipping the attribution browser tests: ${CHROMIUM_PATH} is not installed (CI installs it).`);

describe.skipIf(!hasChromium)('the attribution note in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openSeed(width: number) {
    const [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(join(dist, 'articles', seed.slug, 'index.html')).href);
    return { page, dist, seed };
  }

  it('reads each paragraph as the article wrote it', async () => {
    const { page, seed } = await openSeed(1280);
    const written = await page.locator('article .story-body > p').evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(written).toEqual(seed.paragraphs);
    await page.close();
  });

  it('sets the note beside its paragraph on a wide screen', async () => {
    const { page } = await openSeed(1280);
    const note = page.locator('.story-body > small').first();
    const paragraph = note.locator('xpath=preceding-sibling::*[1]');
    const [noteBox, paragraphBox] = [await note.boundingBox(), await paragraph.boundingBox()];
    expect(noteBox!.x).toBeGreaterThanOrEqual(paragraphBox!.x + paragraphBox!.width);
    expect(noteBox!.y).toBeGreaterThanOrEqual(paragraphBox!.y);
    expect(noteBox!.y).toBeLessThan(paragraphBox!.y + paragraphBox!.height);
    await page.close();
  });

  it('sets the note under its paragraph on a 375 px screen', async () => {
    const { page } = await openSeed(375);
    const note = page.locator('.story-body > small').first();
    const paragraph = note.locator('xpath=preceding-sibling::*[1]');
    const [noteBox, paragraphBox] = [await note.boundingBox(), await paragraph.boundingBox()];
    expect(noteBox!.y).toBeGreaterThanOrEqual(paragraphBox!.y + paragraphBox!.height - 1);
    expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('leads from the note to the speaker page', async () => {
    const { page, dist } = await openSeed(1280);
    await page.locator('.story-body > small a', { hasText: 'Vladimir Putin' }).first().click();
    expect(page.url()).toBe(pathToFileURL(join(dist, 'speakers', 'vladimir-putin', 'index.html')).href);
    await page.close();
  });

  it('gives a screen reader each note as its own text right after its paragraph', async () => {
    const { page } = await openSeed(1280);
    const snapshot = await page.locator('.story-body').ariaSnapshot();
    expect(snapshot).toContain('- text: "Quoted:"\n- link "Vladimir Putin"');
    expect(snapshot).toContain('- text: "Quoted: Vladimir Putin"');
    expect(snapshot.indexOf('Quoted:')).toBeGreaterThan(snapshot.indexOf('useless and ineffective'));
    expect(snapshot.indexOf('Quoted:')).toBeLessThan(snapshot.indexOf('came amid growing concerns'));
    await page.close();
  });
});
