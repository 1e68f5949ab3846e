import { articleRecords, buildAtomFeed, dataFileJson, entityRecords, quoteRecords } from '../graph/index.ts';
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
  /** The file's text, whole, or in pieces whose concatenation is the text (a data file, never held whole). */
  body: string | Iterable<string>;
  contentType: string;
}

/** A data file's JSON (`JSON.stringify` of the whole, no indentation) in pieces, so the archive's records are never one string. */
function jsonFile(pieces: Iterable<string>): EndpointFile {
  return { body: pieces, contentType: 'application/json' };
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
  return jsonFile(dataFileJson(articleRecords([...articles.values()], graph, rootHref)));
}

/** dist/data/entities.json: one record per entity page (fields in README, "Data exports"). */
export function entitiesDataFile({ graph }: Pick<SiteData, 'graph'>): EndpointFile {
  return jsonFile(dataFileJson(entityRecords(graph, rootHref)));
}

/** dist/data/quotes.json: every quote that is not not-speech (fields in README, "Data exports"). */
export function quotesDataFile({ graph }: Pick<SiteData, 'graph'>): EndpointFile {
  return jsonFile(dataFileJson(quoteRecords(graph, rootHref)));
}
