import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_SETTINGS } from '../../src/integration/settings.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage } from './support/html.ts';
import { seedEntry, type SeedEntry } from './support/seed-entry.ts';

let dist: string;
let seed: SeedEntry;
let pages: string[];

beforeAll(async () => {
  [dist, seed] = await Promise.all([builtSite(), seedEntry()]);
  pages = await htmlFilesIn(dist);
});

/** Every `<link rel="stylesheet">` href on a page. */
async function stylesheetHrefs(page: string): Promise<string[]> {
  const links = (await readPage(dist, page)).querySelectorAll('link[rel~="stylesheet"]');
  return links.map((link) => link.getAttribute('href') ?? '');
}

describe('the one stylesheet', () => {
  it('is the file public/styles/site.css, copied to dist/ as it is', async () => {
    const source = await readFile(join(import.meta.dirname, '..', '..', 'public', SITE_SETTINGS.stylesheetRoute));
    expect(await readFile(join(dist, SITE_SETTINGS.stylesheetRoute))).toEqual(source);
  });

  it('is linked exactly once from every page', async () => {
    const counts = await Promise.all(pages.map(async (page) => [page, (await stylesheetHrefs(page)).length] as const));
    expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it('is linked relatively, with a version query, so it loads over file:// and is refetched when it changes', async () => {
    const article = `articles/${seed.slug}/index.html`;
    expect(await stylesheetHrefs('index.html')).toEqual([expect.stringMatching(/^styles\/site\.css\?v=[0-9a-f]{10}$/)]);
    expect(await stylesheetHrefs(article)).toEqual([expect.stringMatching(/^\.\.\/\.\.\/styles\/site\.css\?v=[0-9a-f]{10}$/)]);
  });

  it('resolves from every page to the same existing file in dist/', async () => {
    const targets = new Set<string>();
    for (const page of pages) {
      for (const href of await stylesheetHrefs(page)) {
        const path = href.replace(/[?#].*$/, '');
        // The 404 page links from the site root (hosts serve it at any depth): its root is dist/.
        targets.add(path.startsWith('/') ? join(dist, path) : fileURLToPath(new URL(path, pathToFileURL(join(dist, page)))));
      }
    }
    const target = join(dist, SITE_SETTINGS.stylesheetRoute);
    expect([...targets]).toEqual([target]);
    expect(existsSync(target) && statSync(target).isFile()).toBe(true);
  });

  it('is the only CSS the build wrote', async () => {
    const css = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.css'));
    expect(css).toEqual([SITE_SETTINGS.stylesheetRoute]);
  });
});

describe('pages carry no CSS of their own', () => {
  it('has no <style> element on any page', async () => {
    const styled: string[] = [];
    for (const page of pages) if ((await readFile(join(dist, page), 'utf8')).includes('<style')) styled.push(page);
    expect(styled).toEqual([]);
  });

  it('has no style attribute on any page', async () => {
    const styled: string[] = [];
    for (const page of pages) if ((await readPage(dist, page)).querySelector('[style]')) styled.push(page);
    expect(styled).toEqual([]);
  });
});
