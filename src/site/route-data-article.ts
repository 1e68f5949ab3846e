import { getCollection, type CollectionEntry } from 'astro:content';
import { articlePageData, type ArticlePageData } from './article-page.ts';
import { articleCacheKey } from './page-cache-key.ts';
import { siteData } from './site-graph.ts';

/**
 * The routes and data of the article pages, `articles/<slug>/`: glue only,
 * the builder (article-page.ts) takes the site graph as an argument and is
 * tested without Astro; this module adds what only a build has, the
 * collection and the shared site graph. One glue module per route (as
 * Starlight's utils/routing/data.ts builds each page's data once): Astro's
 * incremental build re-renders every cached page of a route whose imported
 * code changed, so this route imports neither the entity nor the speaker
 * page's builder (tests/architecture/route-imports.test.ts).
 */

/** `getStaticPaths` of src/pages/articles/[slug].astro: one page per entry, keyed for the incremental build. */
export async function articleStaticPaths() {
  const [articles, site] = await Promise.all([getCollection('articles'), siteData()]);
  return articles.map((article) => ({ params: { slug: article.id }, props: { article }, cacheKey: articleCacheKey(article, site) }));
}

export interface ArticleRouteProps {
  article: CollectionEntry<'articles'>;
}

export async function articleRouteData({ article }: ArticleRouteProps): Promise<ArticlePageData> {
  return articlePageData(article, await siteData());
}
