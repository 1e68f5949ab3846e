import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteArticle } from '../graph/types.ts';
import { siteData } from '../site/site-graph.ts';
import { buildSitemap } from '../site/sitemap.ts';
import { sitemapRoutes } from '../site/sitemap-routes.ts';

/**
 * dist/sitemap.xml, written only when `site` is set in astro.config.mjs: a
 * sitemap must hold absolute URLs. A dynamic route, so that without `site`
 * it yields no page at all (Astro has no built-in sitemap; @astrojs/sitemap
 * is a separate package).
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) return new Response(null, { status: 404 });
  const { graph, articles: bySlug } = await siteData();
  const routes = sitemapRoutes(graph, graph.articles.map((ref) => bySlug.get(ref.slug) as SiteArticle));
  return new Response(buildSitemap(routes, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
