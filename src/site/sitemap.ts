import { escapeXml } from '../graph/atom-feed.ts';
import type { Route } from './paths.ts';

/** A sitemaps.org urlset of the given page routes, resolved against the absolute site URL. */
export function buildSitemap(routes: readonly Route[], site: URL): string {
  const urls = routes.map((route) => `  <url><loc>${escapeXml(new URL(route, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
