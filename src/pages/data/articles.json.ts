import type { APIRoute } from 'astro';
import { buildArticlesJson } from '../../graph/index.ts';
import { siteData } from '../../site/site-graph.ts';
import { rootHref } from '../../site/site-href.ts';

/** dist/data/articles.json: one record per article (fields in README, "Data exports"). */
export const GET: APIRoute = async () => {
  const { graph, articles } = await siteData();
  return Response.json(buildArticlesJson([...articles.values()], graph, rootHref));
};
