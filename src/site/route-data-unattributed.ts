import { siteData } from './site-graph.ts';
import { firstUnattributedPageData, type UnattributedPageData, type UnattributedPageProps, unattributedPageData, unattributedPagePaths } from './unattributed-page.ts';

/**
 * The routes and data of the unattributed quotes, `quotes/unattributed/`
 * then `quotes/unattributed/2/`…: glue only, the builder
 * (unattributed-page.ts) is tested without Astro (see route-data-front.ts
 * on one module per family).
 */

export type { UnattributedPageProps };

/** src/pages/quotes/unattributed.astro: the list's first page. */
export async function unattributedRouteData(): Promise<UnattributedPageData> {
  const { graph } = await siteData();
  return firstUnattributedPageData(graph);
}

/** `getStaticPaths` of src/pages/quotes/unattributed/[page].astro. */
export async function unattributedStaticPaths() {
  const { graph } = await siteData();
  return unattributedPagePaths(graph);
}

export function unattributedPageRouteData(props: UnattributedPageProps): UnattributedPageData {
  return unattributedPageData(props);
}
