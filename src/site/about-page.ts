import type { PageCrumb } from './article-page.ts';
import { ABOUT_DESCRIPTION } from './page-description.ts';
import { relativeHref, type Route } from './paths.ts';
import { aboutRoute, articlesDataRoute, entitiesDataRoute, quotesDataRoute, speakersRoute, unattributedRoute } from './routes.ts';

/** What the about page needs around its fixed text: the one page that explains attribution to readers. */
export interface AboutPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  /** The pages its text links to, relative to it. */
  hrefs: { speakers: string; unattributed: string; articlesData: string; entitiesData: string; quotesData: string };
}

export function aboutPageData(): AboutPageData {
  const route = aboutRoute;
  const href = (to: Route): string => relativeHref(route, to);
  return {
    route,
    title: 'About this archive',
    description: ABOUT_DESCRIPTION,
    crumbs: [{ label: 'About this archive' }],
    hrefs: {
      speakers: href(speakersRoute),
      unattributed: href(unattributedRoute),
      articlesData: href(articlesDataRoute),
      entitiesData: href(entitiesDataRoute),
      quotesData: href(quotesDataRoute),
    },
  };
}
