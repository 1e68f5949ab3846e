import type { EntityKind } from '../extract/types.ts';
import { compareByName, compareLocations } from '../graph/article-order.ts';
import type { GraphQuote, SiteArticle, SiteGraph, Speaker } from '../graph/types.ts';
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

  const quotes = [
    ...speakersOf(article, slugs, graph).flatMap((speaker) =>
      speaker.articles.filter((group) => group.article.slug === article.slug).flatMap((group) => group.quotes),
    ),
    ...graph.unattributed.filter((quote) => quote.article.slug === article.slug),
  ].sort(compareLocations);
  return { groups, quotes };
}

/** The speakers the article's quotes name, looked up by slug rather than by scanning every speaker. */
function speakersOf(article: SiteArticle, slugs: Readonly<Record<string, string>>, graph: SiteGraph): Speaker[] {
  const speakerSlugs = new Set<string>();
  for (const quote of article.extraction.quotes) {
    const slug = quote.speakerId === null ? undefined : slugs[quote.speakerId];
    if (slug !== undefined) speakerSlugs.add(slug);
  }
  return [...speakerSlugs].flatMap((slug) => {
    const speaker = graph.speakerBySlug.get(slug);
    return speaker === undefined ? [] : [speaker];
  });
}
