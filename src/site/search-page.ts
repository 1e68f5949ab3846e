import { type ManifestPayload, MANIFEST_NAME, searchClientRoute, searchFileRoute, searchRoute, type SearchFiles } from '../search/index.ts';
import type { PageCrumb } from './article-page.ts';
import { cacheKeyOf } from './page-cache-key.ts';
import { relativeHref, type Route } from './paths.ts';
import { entitiesRoute, homeRoute, speakersRoute } from './routes.ts';

/** Everything the search page (`search/`) needs around its form. */
export interface SearchPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  /** The manifest script, with the index's version so that a new index is loaded anew. */
  manifestHref: string;
  clientHref: string;
  /** The indexes to browse when JavaScript is off. */
  browse: { articles: string; entities: string; speakers: string };
}

/** The props of a `search/[shard].js` file: its script (hashed for its cacheKey). */
export interface SearchShardProps {
  script: string;
}

export function searchPageData(manifest: Pick<ManifestPayload, 'version'>): SearchPageData {
  const route = searchRoute;
  const href = (to: Route): string => relativeHref(route, to);
  return {
    route,
    title: 'Search',
    description: 'Search the headlines, people, places, organizations, speakers and quotes.',
    crumbs: [{ label: 'Search' }],
    // The client loads the other index files from the manifest's folder, so they are found from disk and from a host alike.
    manifestHref: `${href(searchFileRoute(MANIFEST_NAME))}?v=${manifest.version}`,
    clientHref: href(searchClientRoute),
    browse: { articles: href(homeRoute), entities: href(entitiesRoute), speakers: href(speakersRoute) },
  };
}

/** The paths of `search/[shard].js`: one script per index file, keyed by the script for the incremental build. */
export function searchShardPaths({ files }: Pick<SearchFiles, 'files'>) {
  return [...files].map(([shard, script]) => ({ params: { shard }, props: { script } satisfies SearchShardProps, cacheKey: cacheKeyOf({ script }) }));
}
