import type { Speaker } from '../graph/types.ts';
import { speakerCacheKey } from './page-cache-key.ts';
import { siteData } from './site-graph.ts';
import { speakerPageData, type SpeakerPageData } from './speaker-page.ts';

/**
 * The routes and data of the speaker pages, `speakers/<slug>/`: glue only,
 * the builder (speaker-page.ts) is tested without Astro (see
 * route-data-article.ts on one module per route).
 */

/** `getStaticPaths` of src/pages/speakers/[slug].astro: one page per speaker of the site graph. */
export async function speakerStaticPaths() {
  const { graph } = await siteData();
  return graph.speakers.map((speaker) => ({ params: { slug: speaker.slug }, props: { speaker }, cacheKey: speakerCacheKey(speaker, graph) }));
}

export interface SpeakerRouteProps {
  speaker: Speaker;
}

export async function speakerRouteData({ speaker }: SpeakerRouteProps): Promise<SpeakerPageData> {
  const { graph } = await siteData();
  return speakerPageData(speaker, graph);
}
