import type { APIRoute } from 'astro';
import { sitemapResponse, sitemapStaticPaths } from '../site/route-data-files.ts';

/**
 * dist/sitemap.xml, written only when `site` is set in astro.config.mjs: a
 * sitemap must hold absolute URLs. A dynamic route, so that without `site`
 * it yields no page at all (Astro has no built-in sitemap; @astrojs/sitemap
 * is a separate package).
 */
export function getStaticPaths() {
  return sitemapStaticPaths();
}

export const GET: APIRoute = ({ site }) => sitemapResponse(site);
