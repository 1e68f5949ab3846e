import type { APIRoute } from 'astro';
import { buildEntitiesJson } from '../../graph/index.ts';
import { siteData } from '../../site/site-graph.ts';
import { rootHref } from '../../site/site-href.ts';

/** dist/data/entities.json: one record per entity page (fields in README, "Data exports"). */
export const GET: APIRoute = async () => {
  const { graph } = await siteData();
  return Response.json(buildEntitiesJson(graph, rootHref));
};
