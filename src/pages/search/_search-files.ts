import { buildSearchIndex, searchRoute, shardSearchIndex, type SearchFiles } from '../../search/index.ts';
import { relativeHref } from '../../site/paths.ts';
import { siteData } from '../../site/site-graph.ts';

let memo: Promise<SearchFiles> | undefined;

/**
 * The search index files of this build, built once: the endpoint writes
 * them, the page names the manifest's version. Result links are written
 * relative to the search page. (The leading underscore keeps Astro from
 * routing this module.)
 */
export function searchFiles(): Promise<SearchFiles> {
  memo ??= siteData().then(({ graph }) => shardSearchIndex(buildSearchIndex(graph), (route) => relativeHref(searchRoute, route)));
  return memo;
}
