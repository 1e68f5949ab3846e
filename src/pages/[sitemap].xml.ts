import type { APIRoute, GetStaticPaths } from 'astro';
import { homeRoute, articleRoute, entitiesRoute, entityRoute, speakerRoute, speakersRoute, unattributedRoute } from '../site/routes.ts';
import { siteData } from '../site/site-graph.ts';
import { buildSitemap } from '../site/sitemap.ts';

/**
 * dist/sitemap.xml, written only when `site` is set in astro.config.mjs: a
 * sitemap must hold absolute URLs. A dynamic route, so that without `site`
 * it yields no page at all (Astro has no built-in sitemap; @astrojs/sitemap
 * is a separate package).
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) return new Response(null, { status: 404 });
  const { graph } = await siteData();
  const routes = [
    homeRoute,
    entitiesRoute,
    speakersRoute,
    unattributedRoute,
    ...graph.articles.map((article) => articleRoute(article.slug)),
    ...graph.entities.map((entity) => entityRoute(entity.slug)),
    ...graph.speakers.map((speaker) => speakerRoute(speaker.slug)),
  ];
  return new Response(buildSitemap(routes, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
