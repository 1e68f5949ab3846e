import type { APIRoute } from 'astro';
import { searchShardResponse, searchShardStaticPaths, type SearchShardProps } from '../../site/route-data-search.ts';

/**
 * dist/search/<name>.js: the search index as classic scripts (manifest.js,
 * docs-<n>.js, terms-<key>-<part>.js), which the search page loads with
 * <script src> so that it works opened from disk.
 */
export async function getStaticPaths() {
  return searchShardStaticPaths();
}

export const GET: APIRoute<SearchShardProps> = ({ props }) => searchShardResponse(props);
