import { SITE_SETTINGS } from '../integration/settings.ts';

/**
 * Every internal link of the site goes through this module, so the built
 * dist/ works both from a web server and opened from disk over file://.
 *
 * A route names a page or file relative to the site root, with no leading
 * slash: `''` is the front page, `articles/seoul-talks/` a page folder,
 * `404.html` or `favicon.svg` a file. Where a folder route's page is written
 * follows Astro's `build.format`, which the newsgraph() integration sets
 * from SITE_SETTINGS. Over file:// a link to a folder shows a directory
 * listing instead of the page, hence hrefs always name the file.
 */
export type Route = string;

/**
 * The file a folder route's page is written to, for each build format the
 * site can be built with; a format added to SITE_SETTINGS without an entry
 * here is a type error.
 */
const FOLDER_PAGE_FILE: Record<typeof SITE_SETTINGS.buildFormat, string> = {
  directory: 'index.html',
};

/** The file in dist/ a route is written to: `articles/x/` -> `articles/x/index.html`. */
export function routeFile(route: Route): string {
  assertRoute(route);
  return route === '' || route.endsWith('/') ? `${route}${FOLDER_PAGE_FILE[SITE_SETTINGS.buildFormat]}` : route;
}

/**
 * The relative href that leads from the page at `from` to `to`, naming a file:
 * `relativeHref('articles/a/', '')` is `../../index.html`. `to` may end in a
 * `#fragment`, which is kept.
 */
export function relativeHref(from: Route, to: Route): string {
  const hashAt = to.indexOf('#');
  const target = hashAt === -1 ? to : to.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : to.slice(hashAt);

  // Both compared encoded: encoding is one to one, so equal segments stay equal.
  const fromParts = encodedFileParts(from);
  const targetParts = encodedFileParts(target);
  const fromFolders = fromParts.length - 1;
  let shared = 0;
  while (shared < fromFolders && shared < targetParts.length - 1 && fromParts[shared] === targetParts[shared]) shared += 1;
  const up = '../'.repeat(fromFolders - shared);
  const down = shared === 0 ? targetParts.join('/') : targetParts.slice(shared).join('/');
  return `${up}${down}${fragment}`;
}

/**
 * Every page writes dozens of links and most routes are linked from many
 * pages, so a route's checked, percent-encoded file segments are kept once
 * worked out. Bounded: when full the memo starts again, so a large archive
 * costs at most this many entries (tens of bytes each) and the hrefs are
 * the same either way.
 */
const FILE_PARTS_MEMO_LIMIT = 50_000;
const filePartsMemo = new Map<Route, readonly string[]>();

function encodedFileParts(route: Route): readonly string[] {
  let parts = filePartsMemo.get(route);
  if (parts === undefined) {
    parts = routeFile(route).split('/').map(encodeURIComponent);
    if (filePartsMemo.size >= FILE_PARTS_MEMO_LIMIT) filePartsMemo.clear();
    filePartsMemo.set(route, parts);
  }
  return parts;
}

/**
 * How the links of a page are written. `relative` (every page but one):
 * hrefs relative to the page, so dist/ works from any folder on a host and
 * from disk. `site-root`: for the 404 page, which a host serves in place of
 * any missing address (`/articles/nope/deeper/`), where a relative href
 * would resolve against that address and miss. It is never opened from
 * disk, so it can name the site root: with `site` set in astro.config, its
 * links are absolute URLs under `site` (which may sit below the host's root,
 * `https://example.org/news/`); without it, root-absolute paths (`/`,
 * `/styles/site.css`), which assume the site is served from the host's root.
 */
export type LinkMode = 'relative' | 'site-root';

/** The hrefs of one page: the href of each route as that page writes it. */
export type HrefFrom = (to: Route) => string;

/** The href function of the page at `from`; `site` (astro.config's) matters only for `site-root`. */
export function hrefsFrom(from: Route, mode: LinkMode = 'relative', site?: URL): HrefFrom {
  if (mode === 'relative') return (to) => relativeHref(from, to);
  return (to) => {
    // Resolved from the front page, the href names the same file, relative to the site root.
    const fromRoot = relativeHref('', to);
    if (site === undefined) return `/${fromRoot}`;
    const base = site.href.endsWith('/') ? site.href : `${site.href}/`;
    return new URL(fromRoot, base).href;
  };
}

/** Rejects routes that would make hrefs ambiguous: a leading slash, `.`/`..` or empty segments. */
function assertRoute(route: Route): void {
  const parts = route.split('/');
  const inner = route.endsWith('/') ? parts.slice(0, -1) : parts;
  const bad = route.startsWith('/') || (route !== '' && inner.some((part) => part === '' || part === '.' || part === '..'));
  if (bad) throw new Error(`Not a site route: "${route}" (write it relative to the site root, without ./ or ../)`);
}
