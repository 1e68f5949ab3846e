import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../graph/index.ts';
import { SITE_TITLE } from '../site/consts.ts';
import { feedRoute } from '../site/routes.ts';
import { siteData } from '../site/site-graph.ts';
import { rootHref } from '../site/site-href.ts';

/** dist/feed.xml: an Atom feed of the articles, newest first; absolute links when `site` is configured. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await siteData();
  const xml = buildAtomFeed([...articles.values()], {
    ...(site === undefined ? {} : { siteUrl: site.href }),
    selfHref: feedRoute,
    hrefFor: rootHref,
    title: SITE_TITLE,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
