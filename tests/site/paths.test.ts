import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITE_SETTINGS } from '../../src/integration/settings.ts';
import * as paths from '../../src/site/paths.ts';
import { hrefsFrom, relativeHref, routeFile } from '../../src/site/paths.ts';

describe('public API of src/site/paths.ts', () => {
  it('exports exactly routeFile, relativeHref and hrefsFrom', () => {
    expect(Object.keys(paths).sort()).toEqual(['hrefsFrom', 'relativeHref', 'routeFile']);
  });
});

describe('routeFile', () => {
  it('writes the front page to index.html', () => {
    expect(routeFile('')).toBe('index.html');
  });

  it('writes a folder route to the index.html inside it', () => {
    expect(routeFile('articles/harbour-talks/')).toBe('articles/harbour-talks/index.html');
  });

  it("names the file Astro writes a folder route to under the integration's build format", () => {
    // Astro's 'directory' format writes the page for /a/b/ to a/b/index.html.
    expect(SITE_SETTINGS.buildFormat).toBe('directory');
    expect(routeFile('a/b/')).toBe('a/b/index.html');
  });

  it('keeps a file route as it is', () => {
    expect(routeFile('404.html')).toBe('404.html');
  });

  it.each(['/articles/a/', './a/', 'articles/../a/', 'articles//a/'])('rejects the ambiguous route %j', (route) => {
    expect(() => routeFile(route)).toThrow(/Not a site route/);
  });
});

describe('relativeHref', () => {
  it('links from the front page down to an article file', () => {
    expect(relativeHref('', 'articles/harbour-talks/')).toBe('articles/harbour-talks/index.html');
  });

  it('links from an article back up to the front page file', () => {
    expect(relativeHref('articles/harbour-talks/', '')).toBe('../../index.html');
  });

  it('links between two articles through their shared folder', () => {
    expect(relativeHref('articles/a/', 'articles/b/')).toBe('../b/index.html');
  });

  it('links a page to itself by its own file name', () => {
    expect(relativeHref('articles/a/', 'articles/a/')).toBe('index.html');
  });

  it('links to a static file from a nested page', () => {
    expect(relativeHref('articles/a/', 'favicon.svg')).toBe('../../favicon.svg');
  });

  it('links from the 404 file, which sits at the root, to the front page', () => {
    expect(relativeHref('404.html', '')).toBe('index.html');
  });

  it('keeps a fragment after the file name', () => {
    expect(relativeHref('', 'articles/a/#p-3')).toBe('articles/a/index.html#p-3');
  });

  it('percent-encodes characters a URL path cannot hold as written', () => {
    expect(relativeHref('', 'entities/São Tomé/')).toBe('entities/S%C3%A3o%20Tom%C3%A9/index.html');
  });
});

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._ -]{0,8}$/).filter((part) => part !== '.' && part !== '..');
const folderRoute = fc.array(segment, { maxLength: 4 }).map((parts) => parts.map((part) => `${part}/`).join(''));
const fileRoute = fc.tuple(fc.array(segment, { maxLength: 3 }), segment).map(([folders, file]) => [...folders, file].join('/'));
const route = fc.oneof(folderRoute, fileRoute);

describe('relativeHref, for any two routes', () => {
  it('resolves against the from-page file URL to exactly the target file', () => {
    fc.assert(
      fc.property(route, route, (from, to) => {
        const base = new URL(`file:///site/${routeFile(from)}`);
        const resolved = new URL(relativeHref(from, to), base);
        expect(decodeURIComponent(resolved.pathname)).toBe(`/site/${routeFile(to)}`);
      }),
    );
  });

  it('gives the same href however often and in whatever order routes are asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(route, route), { minLength: 1, maxLength: 20 }), (pairs) => {
        const first = pairs.map(([from, to]) => relativeHref(from, to));
        const again = [...pairs].reverse().map(([from, to]) => relativeHref(from, to)).reverse();
        expect(again).toEqual(first);
      }),
    );
  });

  it('refuses an ambiguous route every time, never remembering it as checked', () => {
    expect(() => relativeHref('articles/a/', 'articles//b/')).toThrow(/Not a site route/);
    expect(() => relativeHref('articles/a/', 'articles//b/')).toThrow(/Not a site route/);
  });

  it('is relative: never starts with a slash and never names a folder', () => {
    fc.assert(
      fc.property(route, route, (from, to) => {
        const href = relativeHref(from, to);
        expect(href.startsWith('/')).toBe(false);
        expect(href.endsWith('/')).toBe(false);
      }),
    );
  });
});

describe('hrefsFrom', () => {
  it('writes relative hrefs by default, like relativeHref', () => {
    expect(hrefsFrom('articles/a/')('entities/moscow/')).toBe('../../entities/moscow/index.html');
  });

  it('writes root-absolute hrefs for a page served at any address when no site is set', () => {
    const href = hrefsFrom('404.html', 'site-root');
    expect([href(''), href('styles/site.css'), href('articles/a/#q-1')]).toEqual(['/index.html', '/styles/site.css', '/articles/a/index.html#q-1']);
  });

  it('writes absolute URLs under the site, keeping a site path without a trailing slash', () => {
    const href = hrefsFrom('404.html', 'site-root', new URL('https://example.org/news'));
    expect([href(''), href('speakers/moon-jae-in/')]).toEqual([
      'https://example.org/news/index.html',
      'https://example.org/news/speakers/moon-jae-in/index.html',
    ]);
  });

  it('encodes a slug in a root-absolute href as relativeHref does', () => {
    expect(hrefsFrom('404.html', 'site-root')('entities/são-paulo/')).toBe('/entities/s%C3%A3o-paulo/index.html');
  });
});
