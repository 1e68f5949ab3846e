import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteArticle } from '../graph/types.ts';
import { frontPages } from '../site/front-pages.ts';
import { entityIndex, speakerIndex } from '../site/name-index-pages.ts';
import { aboutRoute, articleRoute, entitiesRoute, entityRoute, speakerRoute, speakersRoute } from '../site/routes.ts';
import { siteData } from '../site/site-graph.ts';
import { unattributedPages } from '../site/unattributed-pages.ts';
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
  const { graph, articles: bySlug } = await siteData();
  // Every numbered page is listed: the front page and page/2/…, each letter page, each page of unattributed quotes.
  const routes = [
    ...frontPages(graph.articles.map((ref) => bySlug.get(ref.slug) as SiteArticle)).map(({ page }) => page.route),
    aboutRoute,
    entitiesRoute,
    ...entityIndex(graph).pages.map(({ page }) => page.route),
    speakersRoute,
    ...speakerIndex(graph).pages.map(({ page }) => page.route),
    ...unattributedPages(graph).map((page) => page.route),
    ...graph.articles.map((article) => articleRoute(article.slug)),
    ...graph.entities.map((entity) => entityRoute(entity.slug)),
    ...graph.speakers.map((speaker) => speakerRoute(speaker.slug)),
  ];
  return new Response(buildSitemap(routes, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
