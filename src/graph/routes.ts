/**
 * The pages the data exports and feeds link to, named without paths: the
 * caller's path helper turns a route into an href (relative to the site root
 * for the JSON files, absolute when a site URL is known for JSON-LD).
 */
export type SiteRoute =
  | { page: 'article'; slug: string; fragment?: string }
  | { page: 'entity'; slug: string }
  | { page: 'speaker'; slug: string };

export type HrefFor = (route: SiteRoute) => string;
