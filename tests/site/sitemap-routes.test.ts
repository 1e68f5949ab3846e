import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { sitemapRoutes } from '../../src/site/sitemap-routes.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);
const inOrder = graph.articles.map((ref) => allArticles.find((article) => article.slug === ref.slug) as SiteArticle);
const routes = sitemapRoutes(graph, inOrder);

describe('sitemapRoutes', () => {
  it('lists the front page and the about page', () => {
    expect(routes.slice(0, 2)).toEqual(['', 'about/']);
  });

  it('lists each letter page of the entity and speakers indexes after the index', () => {
    const letters = (index: string) => routes.filter((route) => route.startsWith(`${index}letter/`));
    expect(letters('entities/').length).toBeGreaterThan(0);
    expect(letters('speakers/').length).toBeGreaterThan(0);
    expect(routes.indexOf('entities/')).toBeLessThan(routes.indexOf(letters('entities/')[0] as string));
  });

  it('lists the first page of unattributed quotes', () => {
    expect(routes).toContain('quotes/unattributed/');
  });

  it('lists every article, entity and speaker page once', () => {
    const pages = [
      ...graph.articles.map((article) => `articles/${article.slug}/`),
      ...graph.entities.map((entity) => `entities/${entity.slug}/`),
      ...graph.speakers.map((speaker) => `speakers/${speaker.slug}/`),
    ];
    for (const page of pages) expect(routes.filter((route) => route === page)).toEqual([page]);
  });

  it('lists every page of a front page that runs to two pages', () => {
    const many = Array.from({ length: 51 }, () => inOrder[0] as SiteArticle);
    expect(sitemapRoutes(graph, many).slice(0, 3)).toEqual(['', 'page/2/', 'about/']);
  });
});
