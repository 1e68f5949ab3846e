import type { APIRoute } from 'astro';
import { quotesDataResponse } from '../../site/route-data-files.ts';

/** dist/data/quotes.json: every quote that is not not-speech (fields in README, "Data exports"). */
export const GET: APIRoute = () => quotesDataResponse();
