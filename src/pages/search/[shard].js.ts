import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf } from '../../site/page-cache-key.ts';
import { searchFiles } from './_search-files.ts';

/**
 * dist/search/<name>.js: the search index as classic scripts (manifest.js,
 * docs-<n>.js, terms-<key>-<part>.js), which the search page loads with
 * <script src> so that it works opened from disk.
 */
export const getStaticPaths = (async () => {
  const { files } = await searchFiles();
  return [...files].map(([shard, script]) => ({ params: { shard }, props: { script }, cacheKey: cacheKeyOf({ script }) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
