import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildSearchIndex, searchRoute, shardSearchIndex } from '../../search/index.ts';
import { relativeHref } from '../../site/paths.ts';
import { siteData } from '../../site/site-graph.ts';

/**
 * dist/search/<name>.js: the search index as classic scripts (manifest.js,
 * docs-<n>.js, terms-<key>-<part>.js), which the search page loads with
 * <script src> so that it works opened from disk. Result links are written
 * relative to the search page.
 */
export const getStaticPaths = (async () => {
  const { graph } = await siteData();
  const { files } = shardSearchIndex(buildSearchIndex(graph), (route) => relativeHref(searchRoute, route));
  return [...files].map(([shard, script]) => ({ params: { shard }, props: { script } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
