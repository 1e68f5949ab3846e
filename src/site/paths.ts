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

  const fromFolders = routeFile(from).split('/').slice(0, -1);
  const targetParts = routeFile(target).split('/');
  let shared = 0;
  while (
    shared < fromFolders.length &&
    shared < targetParts.length - 1 &&
    fromFolders[shared] === targetParts[shared]
  ) {
    shared += 1;
  }
  const up = '../'.repeat(fromFolders.length - shared);
  const down = targetParts.slice(shared).map(encodeURIComponent).join('/');
  return `${up}${down}${fragment}`;
}

/** Rejects routes that would make hrefs ambiguous: a leading slash, `.`/`..` or empty segments. */
function assertRoute(route: Route): void {
  const parts = route.split('/');
  const inner = route.endsWith('/') ? parts.slice(0, -1) : parts;
  const bad = route.startsWith('/') || (route !== '' && inner.some((part) => part === '' || part === '.' || part === '..'));
  if (bad) throw new Error(`Not a site route: "${route}" (write it relative to the site root, without ./ or ../)`);
}
