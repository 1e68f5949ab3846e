import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../render/parse-html.ts';
import { builtSite } from './support/built-site.ts';

/**
 * dist/ served the way a static host serves it: a folder address gets its
 * index.html, and any address with no file gets 404.html with status 404.
 */
function serve(dist: string): Server {
  return createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
      const found = file.startsWith(dist) && (await stat(file).catch(() => undefined))?.isFile();
      response.statusCode = found ? 200 : 404;
      response.end(await readFile(found ? file : join(dist, '404.html')));
    })();
  });
}

describe('the 404 page served by a host for a missing address at any depth', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = serve(await builtSite());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 300_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('answers /articles/nope/deeper/ with the not-found page and status 404', async () => {
    const response = await fetch(`${origin}/articles/nope/deeper/`);
    expect(response.status).toBe(404);
    expect(parseHtml(await response.text()).querySelector('h1')?.text).toBe('Page not found');
  });

  it('has a stylesheet, and every link and the stylesheet on it lead to a file that exists', async () => {
    const address = `${origin}/articles/nope/deeper/`;
    const root = parseHtml(await (await fetch(address)).text());
    const hrefs = [...root.querySelectorAll('a[href]'), ...root.querySelectorAll('link[href]')].map((element) => element.getAttribute('href') ?? '');
    expect(root.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(hrefs.length).toBeGreaterThan(5);
    const targets = [...new Set(hrefs.filter((href) => !href.startsWith('#')).map((href) => new URL(href, address)))];
    const statuses = await Promise.all(
      targets.map(async (url) => {
        // Only the site's own pages are checked: a link off the site has nothing to do with where the 404 page is shown.
        if (url.origin !== origin) return `${url.href} 200`;
        return `${url.href} ${(await fetch(url)).status}`;
      }),
    );
    expect(statuses).toEqual(targets.map((url) => `${url.href} 200`));
  });
});
