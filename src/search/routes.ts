import type { Route } from '../site/paths.ts';

/** The search page and the files it loads; all of search lives under search/. */
export const searchRoute: Route = 'search/';
/** The client script, copied from public/search/search.js. */
export const searchClientRoute: Route = 'search/search.js';

/** An index file written by src/pages/search/[shard].js.ts: `search/<name>.js`. */
export function searchFileRoute(name: string): Route {
  return `search/${name}.js`;
}
