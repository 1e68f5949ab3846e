import type { APIRoute } from 'astro';
import { buildQuotesJson } from '../../graph/index.ts';
import { siteData } from '../../site/site-graph.ts';
import { rootHref } from '../../site/site-href.ts';

/** dist/data/quotes.json: every quote that is not not-speech (fields in README, "Data exports"). */
export const GET: APIRoute = async () => {
  const { graph } = await siteData();
  return Response.json(buildQuotesJson(graph, rootHref));
};
