import { entitiesRoute, homeRoute, speakersRoute } from './routes.ts';
import type { Route } from './paths.ts';
import { searchRoute } from '../search/routes.ts';

export const SITE_TITLE = 'newsgraph';
export const SITE_DESCRIPTION = 'News articles with the people, places and quotes in them.';
export const SITE_LANGUAGE = 'en';

export interface NavItem {
  label: string;
  route: Route;
}

/** The header navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Articles', route: homeRoute },
  { label: 'Entities', route: entitiesRoute },
  { label: 'Speakers', route: speakersRoute },
  { label: 'Search', route: searchRoute },
];
