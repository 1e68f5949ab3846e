import { letterPageData, type LetterPageData, type LetterPageProps, letterPagePaths } from './letter-page.ts';
import { entityIndex, speakerIndex } from './name-index-pages.ts';
import { entityIndexPageData, type EntityIndexPageData, speakerIndexPageData, type SpeakerIndexPageData } from './name-index-page.ts';
import { siteData } from './site-graph.ts';

/**
 * The routes and data of the entity and speakers indexes and their letter
 * pages: glue only, the builders (name-index-page.ts, letter-page.ts) are
 * tested without Astro (see route-data-front.ts on one module per family).
 */

export type { LetterPageProps };

/** src/pages/entities/index.astro. */
export async function entityIndexRouteData(): Promise<EntityIndexPageData> {
  const { graph } = await siteData();
  return entityIndexPageData(graph);
}

/** `getStaticPaths` of src/pages/entities/letter/[letter]/[...page].astro. */
export async function entityLetterStaticPaths() {
  const { graph } = await siteData();
  return letterPagePaths(entityIndex(graph));
}

export function entityLetterRouteData(props: LetterPageProps): LetterPageData {
  return letterPageData(props, 'Entities');
}

/** src/pages/speakers/index.astro. */
export async function speakerIndexRouteData(): Promise<SpeakerIndexPageData> {
  const { graph } = await siteData();
  return speakerIndexPageData(graph);
}

/** `getStaticPaths` of src/pages/speakers/letter/[letter]/[...page].astro. */
export async function speakerLetterStaticPaths() {
  const { graph } = await siteData();
  return letterPagePaths(speakerIndex(graph));
}

export function speakerLetterRouteData(props: LetterPageProps): LetterPageData {
  return letterPageData(props, 'Speakers');
}
