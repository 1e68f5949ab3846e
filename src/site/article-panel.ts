import type { EntityKind } from '../extract/types.ts';
import { compareLocations } from '../graph/article-order.ts';
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
  const inArticle = graph.entities.filter((entity) => counts.has(entity.slug));
  const groups = ENTITY_KINDS.map(({ kind, plural }) => ({
    kind,
    heading: plural,
    entities: inArticle
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({ slug: entity.slug, name: entity.name, mentions: counts.get(entity.slug) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions),
  })).filter((group) => group.entities.length > 0);

  const quotes = [
    ...graph.speakers.flatMap((speaker) => speaker.articles.filter((group) => group.article.slug === article.slug).flatMap((group) => group.quotes)),
    ...graph.unattributed.filter((quote) => quote.article.slug === article.slug),
  ].sort(compareLocations);
  return { groups, quotes };
}
