import type { APIRoute } from 'astro';
import { articlesDataResponse } from '../../site/route-data-files.ts';

/** dist/data/articles.json: one record per article (fields in README, "Data exports"). */
export const GET: APIRoute = () => articlesDataResponse();
