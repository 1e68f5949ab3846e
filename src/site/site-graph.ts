import { getCollection } from 'astro:content';
import { assertConservation, buildSiteGraph } from '../graph/index.ts';
import type { SiteArticle, SiteGraph } from '../graph/types.ts';
import { readGraphParts } from '../content/rendered-articles.ts';
import { StringPool } from '../graph/string-pool.ts';
import { toSiteArticle } from './site-article.ts';

export interface SiteData {
  graph: SiteGraph;
  /** Every article as the graph saw it, by slug. */
  articles: ReadonlyMap<string, SiteArticle>;
}

let memo: Promise<SiteData> | undefined;

/**
 * The site graph, built once per build from the articles collection (each
 * entry's extraction read from the file its loader wrote, its short strings
 * shared through one pool) and the entity list, and checked for
 * conservation. Every page and endpoint shares this one promise, and holds
 * it to the end of the build: what it keeps per article is kept 4,000 times
 * at 4,000 articles (docs/bench-build.md, "Peak memory").
 */
export function siteData(): Promise<SiteData> {
  memo ??= build();
  return memo;
}

async function build(): Promise<SiteData> {
  const [entries, listed] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const pool = new StringPool();
  const articles = entries.map((entry) => toSiteArticle(entry, readGraphParts(entry.data.renderedFile, entry.filePath ?? entry.id, pool)));
  const graph = buildSiteGraph(articles, listed.map((entry) => entry.data));
  assertConservation(graph, articles);
  return { graph, articles: new Map(articles.map((article) => [article.slug, article])) };
}
