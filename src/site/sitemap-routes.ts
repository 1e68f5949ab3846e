import type { SiteArticle, SiteGraph } from '../graph/types.ts';
import { frontPages } from './front-pages.ts';
import { entityIndex, speakerIndex } from './name-index-pages.ts';
import type { Route } from './paths.ts';
import { aboutRoute, articleRoute, entitiesRoute, entityRoute, speakerRoute, speakersRoute } from './routes.ts';
import { unattributedPages } from './unattributed-pages.ts';

/**
 * Every page the sitemap lists: each numbered page too (the front page and
 * `page/2/`…, each letter page of the two indexes, each page of unattributed
 * quotes), so a crawler reaches every article, entity and speaker by a list
 * as well as by its own URL. `articles` are the graph's articles in its
 * (front-page) order.
 */
export function sitemapRoutes(
  graph: Pick<SiteGraph, 'articles' | 'entities' | 'speakers' | 'unattributed' | 'unattributedStatements'>,
  articles: readonly SiteArticle[],
): Route[] {
  return [
    ...frontPages(articles).map(({ page }) => page.route),
    aboutRoute,
    entitiesRoute,
    ...entityIndex(graph).pages.map(({ page }) => page.route),
    speakersRoute,
    ...speakerIndex(graph).pages.map(({ page }) => page.route),
    ...unattributedPages(graph).map((page) => page.route),
    ...graph.articles.map((article) => articleRoute(article.slug)),
    ...graph.entities.map((entity) => entityRoute(entity.slug)),
    ...graph.speakers.map((speaker) => speakerRoute(speaker.slug)),
  ];
}
