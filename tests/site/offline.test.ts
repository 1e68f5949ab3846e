import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage } from './support/html.ts';

/** Attributes that make the browser fetch or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'] as const;
/** Schemes that leave the site; everything else must resolve inside dist/. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)/i;

let dist: string;

beforeAll(async () => {
  dist = await builtSite();
});

interface Link {
  page: string;
  url: string;
}

async function internalLinks(): Promise<Link[]> {
  const links: Link[] = [];
  for (const page of await htmlFilesIn(dist)) {
    for (const element of (await readPage(dist, page)).querySelectorAll('*')) {
      for (const name of URL_ATTRIBUTES) {
        const url = element.getAttribute(name);
        if (url !== undefined && !EXTERNAL.test(url)) links.push({ page, url });
      }
    }
  }
  return links;
}

describe('dist/ opened from disk over file://', () => {
  it('has no root-relative or protocol-relative links, but on the 404 page', async () => {
    // Hosts serve 404.html at whatever depth the missing page was asked for, so its links start at the site root on purpose.
    const rooted = (await internalLinks()).filter(({ page, url }) => page !== '404.html' && url.startsWith('/'));
    expect(rooted).toEqual([]);
  });

  it("checks the stylesheet link in each page's head along with the links in its body", async () => {
    const links = await internalLinks();
    const pages = await htmlFilesIn(dist);
    const stylesheetLinks = links.filter(({ url }) => /(?:^|\/)styles\/site\.css\?v=/.test(url));
    expect(stylesheetLinks.map(({ page }) => page)).toEqual(pages);
  });

  it('resolves every internal href and src to a file, not a folder', async () => {
    const broken = (await internalLinks()).filter(({ page, url }) => {
      if (url.startsWith('#') || url.startsWith('/')) return false;
      const target = fileURLToPath(new URL(url.replace(/[?#].*$/, ''), pathToFileURL(join(dist, page))));
      return !existsSync(target) || !statSync(target).isFile();
    });
    expect(broken).toEqual([]);
  });

  it('points every fragment link at an id that exists on the target page', async () => {
    const missing: Link[] = [];
    for (const link of await internalLinks()) {
      const hashAt = link.url.indexOf('#');
      if (hashAt === -1 || link.url.startsWith('/')) continue;
      const id = decodeURIComponent(link.url.slice(hashAt + 1));
      const file = link.url.slice(0, hashAt);
      const targetPage = file === '' ? link.page : fileURLToPath(new URL(file, pathToFileURL(join(dist, link.page)))).slice(dist.length + 1);
      if (!existsSync(join(dist, targetPage))) continue;
      if (!(await readPage(dist, targetPage)).getElementById(id)) missing.push(link);
    }
    expect(missing).toEqual([]);
  });
});
