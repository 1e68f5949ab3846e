import type { APIRoute } from 'astro';
import { entitiesDataResponse } from '../../site/route-data-files.ts';

/** dist/data/entities.json: one record per entity page (fields in README, "Data exports"). */
export const GET: APIRoute = () => entitiesDataResponse();
