import { buildSearchIndex, searchRoute, shardSearchIndex, type SearchFiles } from '../search/index.ts';
import { relativeHref } from './paths.ts';
import { searchPageData, type SearchPageData, type SearchShardProps, searchShardPaths } from './search-page.ts';
import { siteData } from './site-graph.ts';

/**
 * The routes and data of the search page and of the search index's
 * scripts: glue only, the builder (search-page.ts) is tested without Astro
 * (see route-data-front.ts on one module per family).
 */

export type { SearchShardProps };

let memo: Promise<SearchFiles> | undefined;

/**
 * The search index files of this build, built once: the shard endpoint
 * writes them, the search page names the manifest's version. Result links
 * are written relative to the search page.
 */
function searchFiles(): Promise<SearchFiles> {
  memo ??= siteData().then(({ graph }) => shardSearchIndex(buildSearchIndex(graph), (route) => relativeHref(searchRoute, route)));
  return memo;
}

/** src/pages/search/index.astro. */
export async function searchRouteData(): Promise<SearchPageData> {
  return searchPageData((await searchFiles()).manifest);
}

/** `getStaticPaths` of src/pages/search/[shard].js.ts: manifest.js, docs-<n>.js, terms-<key>-<part>.js. */
export async function searchShardStaticPaths() {
  return searchShardPaths(await searchFiles());
}

export function searchShardResponse({ script }: SearchShardProps): Response {
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
