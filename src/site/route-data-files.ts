import { articlesDataFile, type EndpointFile, entitiesDataFile, feedFile, quotesDataFile, sitemapFile } from './endpoint-page.ts';
import { siteData } from './site-graph.ts';

/**
 * The files the site writes beside its pages: the feed, the sitemap and the
 * data exports. Glue only: the builders (endpoint-page.ts) are tested
 * without Astro; here each file is wrapped in the Response its endpoint
 * returns.
 */

function response({ body, contentType }: EndpointFile): Response {
  return new Response(typeof body === 'string' ? body : streamOf(body), { headers: { 'Content-Type': contentType } });
}

/** The pieces as a byte stream, each encoded only when the reader asks for it. */
function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** dist/feed.xml. */
export async function feedResponse(site: URL | undefined): Promise<Response> {
  return response(feedFile(await siteData(), site));
}

/**
 * `getStaticPaths` of src/pages/[sitemap].xml.ts: sitemap.xml only when
 * `site` is set in astro.config.mjs, since a sitemap must hold absolute URLs.
 */
export function sitemapStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export async function sitemapResponse(site: URL | undefined): Promise<Response> {
  if (site === undefined) return new Response(null, { status: 404 });
  return response(sitemapFile(await siteData(), site));
}

/** dist/data/articles.json. */
export async function articlesDataResponse(): Promise<Response> {
  return response(articlesDataFile(await siteData()));
}

/** dist/data/entities.json. */
export async function entitiesDataResponse(): Promise<Response> {
  return response(entitiesDataFile(await siteData()));
}

/** dist/data/quotes.json. */
export async function quotesDataResponse(): Promise<Response> {
  return response(quotesDataFile(await siteData()));
}
