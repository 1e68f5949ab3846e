import type { EntityKind } from '../extract/types.ts';
import { compareByName, compareLocations } from '../graph/article-order.ts';
import type { GraphQuote, SiteArticle, SiteGraph } from '../graph/types.ts';
import { ENTITY_KINDS } from './entity-kinds.ts';

export interface PanelEntity {
  slug: string;
  name: string;
  /** Mentions in this article. */
  mentions: number;
}

export interface PanelGroup {
  kind: EntityKind;
  heading: string;
  entities: PanelEntity[];
}

/** What the article page's side panel lists: who and what is in the article, and who said what. */
export interface ArticlePanel {
  groups: PanelGroup[];
  /** Every quote of the article (not not-speech), in reading order. */
  quotes: GraphQuote[];
}

/** The side panel of one article, from the site graph: entities most mentioned first, quotes in reading order. */
export function articlePanel(article: SiteArticle, graph: SiteGraph): ArticlePanel {
  const slugs = graph.slugByArticleEntity[article.slug] ?? {};
  const counts = new Map<string, number>();
  for (const mention of article.extraction.mentions) {
    const slug = slugs[mention.entityId];
    if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const inArticle = [...counts.keys()]
    .flatMap((slug) => {
      const entity = graph.entityBySlug.get(slug);
      return entity === undefined ? [] : [entity];
    })
    .sort(compareByName);
  const groups = ENTITY_KINDS.map(({ kind, plural }) => ({
    kind,
    heading: plural,
    entities: inArticle
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({ slug: entity.slug, name: entity.name, mentions: counts.get(entity.slug) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions),
  })).filter((group) => group.entities.length > 0);

  const quotes = [...(quotesByArticle(graph).get(article.slug) ?? [])].sort(compareLocations);
  return { groups, quotes };
}

const quoteIndex = new WeakMap<SiteGraph, Map<string, GraphQuote[]>>();

/**
 * Every quote of the graph (attributed or not) filed by article, built once
 * per graph: looking each article's quotes up by scanning every speaker and
 * the whole unattributed list would cost every article page the whole site.
 */
function quotesByArticle(graph: SiteGraph): Map<string, GraphQuote[]> {
  let index = quoteIndex.get(graph);
  if (index !== undefined) return index;
  index = new Map();
  const file = (quote: GraphQuote): void => {
    const list = index?.get(quote.article.slug);
    if (list === undefined) index?.set(quote.article.slug, [quote]);
    else list.push(quote);
  };
  for (const speaker of graph.speakers) for (const group of speaker.articles) group.quotes.forEach(file);
  graph.unattributed.forEach(file);
  quoteIndex.set(graph, index);
  return index;
}
