import type { APIRoute } from 'astro';
import { feedResponse } from '../site/route-data-files.ts';

/** dist/feed.xml: an Atom feed of the articles, newest first; absolute links when `site` is configured. */
export const GET: APIRoute = ({ site }) => feedResponse(site);
