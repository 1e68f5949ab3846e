import { getCollection, type CollectionEntry } from 'astro:content';
import type { SiteEntity, Speaker } from '../graph/types.ts';
import { articlePageData, type ArticlePageData } from './article-page.ts';
import { entityPageData, type EntityPageData } from './entity-page.ts';
import { articleCacheKey, entityCacheKey, speakerCacheKey } from './page-cache-key.ts';
import { siteData } from './site-graph.ts';
import { speakerPageData, type SpeakerPageData } from './speaker-page.ts';

/**
 * The routes of the article, entity and speaker pages and each page's data, built
 * once per page by a typed builder (as Starlight's utils/routing/data.ts
 * does), so the files in src/pages hold markup only. The builders
 * themselves (article-page.ts, entity-page.ts, speaker-page.ts) take the site graph as an
 * argument and are tested without Astro; this module adds what only a
 * build has: the collections and the shared site graph.
 */

/** `getStaticPaths` of src/pages/articles/[slug].astro: one page per entry, keyed for the incremental build. */
export async function articleStaticPaths() {
  const [articles, site] = await Promise.all([getCollection('articles'), siteData()]);
  return articles.map((article) => ({ params: { slug: article.id }, props: { article }, cacheKey: articleCacheKey(article, site) }));
}

export interface ArticleRouteProps {
  article: CollectionEntry<'articles'>;
}

export async function articleRouteData({ article }: ArticleRouteProps, site: URL | undefined): Promise<ArticlePageData> {
  return articlePageData(article, await siteData(), site);
}

/** `getStaticPaths` of src/pages/entities/[slug].astro: one page per entity of the site graph. */
export async function entityStaticPaths() {
  const { graph } = await siteData();
  return graph.entities.map((entity) => ({ params: { slug: entity.slug }, props: { entity }, cacheKey: entityCacheKey(entity, graph) }));
}

export interface EntityRouteProps {
  entity: SiteEntity;
}

export async function entityRouteData({ entity }: EntityRouteProps, site: URL | undefined): Promise<EntityPageData> {
  const { graph } = await siteData();
  return entityPageData(entity, graph, site);
}

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
