import { buildArticlesJson, buildAtomFeed, buildEntitiesJson, buildQuotesJson } from '../graph/index.ts';
import { SITE_TITLE } from './consts.ts';
import { articlesInFrontOrder } from './front-page.ts';
import { feedRoute } from './routes.ts';
import type { SiteData } from './site-graph.ts';
import { rootHref } from './site-href.ts';
import { buildSitemap } from './sitemap.ts';
import { sitemapRoutes } from './sitemap-routes.ts';

/**
 * The files the site writes beside its pages (feed, sitemap, data exports):
 * each one's text and media type, built from the site data alone so that
 * the endpoint files in src/pages only wrap them in a Response.
 */
export interface EndpointFile {
  body: string;
  contentType: string;
}

/** JSON as `Response.json` writes it (`JSON.stringify`, no indentation), so the data files are unchanged byte for byte. */
function jsonFile(value: unknown): EndpointFile {
  return { body: JSON.stringify(value), contentType: 'application/json' };
}

/** dist/feed.xml: an Atom feed of the articles, newest first; absolute links when `site` is configured. */
export function feedFile({ articles }: Pick<SiteData, 'articles'>, site: URL | undefined): EndpointFile {
  const body = buildAtomFeed([...articles.values()], {
    ...(site === undefined ? {} : { siteUrl: site.href }),
    selfHref: feedRoute,
    hrefFor: rootHref,
    title: SITE_TITLE,
  });
  return { body, contentType: 'application/atom+xml; charset=utf-8' };
}

/** dist/sitemap.xml: every page of the site as an absolute URL under `site`. */
export function sitemapFile(data: Pick<SiteData, 'graph' | 'articles'>, site: URL): EndpointFile {
  return { body: buildSitemap(sitemapRoutes(data.graph, articlesInFrontOrder(data)), site), contentType: 'application/xml; charset=utf-8' };
}

/** dist/data/articles.json: one record per article (fields in README, "Data exports"). */
export function articlesDataFile({ graph, articles }: Pick<SiteData, 'graph' | 'articles'>): EndpointFile {
  return jsonFile(buildArticlesJson([...articles.values()], graph, rootHref));
}

/** dist/data/entities.json: one record per entity page (fields in README, "Data exports"). */
export function entitiesDataFile({ graph }: Pick<SiteData, 'graph'>): EndpointFile {
  return jsonFile(buildEntitiesJson(graph, rootHref));
}

/** dist/data/quotes.json: every quote that is not not-speech (fields in README, "Data exports"). */
export function quotesDataFile({ graph }: Pick<SiteData, 'graph'>): EndpointFile {
  return jsonFile(buildQuotesJson(graph, rootHref));
}
