import { compareLocations } from '../graph/article-order.ts';
import { clipAtWord } from '../graph/clip-at-word.ts';
import type { GraphQuote, SiteGraph } from '../graph/types.ts';
import type { Route } from '../site/paths.ts';
import { kindLabel } from '../site/entity-kinds.ts';
import { articleDateLabel } from '../site/format-date.ts';
import { articleRoute, entityRoute, speakerRoute } from '../site/routes.ts';

export type SearchDocumentKind = 'speaker' | 'entity' | 'article' | 'quote';

/** One search result: a page, or a quote in its article. */
export interface SearchDocument {
  kind: SearchDocumentKind;
  /** The link text: a name, a headline or the (clipped) quote. */
  title: string;
  /** The page (and fragment) relative to the site root, as the site's routes name it. */
  route: Route;
  /** A line under the title: a speaker's quote count, an entity's kind and description, an article's date. */
  detail?: string;
  /** For a quote: who said it (absent when no speaker is confident) and in which article. */
  speaker?: string;
  article?: string;
  /**
   * The text the document is found by, one string per field; a phrase never
   * runs from one field into the next.
   */
  fields: string[];
}

/** Quotes longer than this are shown clipped; every word is still indexed. */
export const QUOTE_TITLE_LIMIT = 200;

/**
 * Every document the search finds, in the order results are listed: speakers,
 * then entities, then articles (newest first), then quotes (newest article
 * first, in reading order), so a name search shows the person before the
 * quotes that mention them.
 */
export function searchDocuments(graph: SiteGraph): SearchDocument[] {
  const speakers = graph.speakers.map(
    (speaker): SearchDocument => ({
      kind: 'speaker',
      title: speaker.name,
      route: speakerRoute(speaker.slug),
      detail: quoteCount(speaker.quoteCount),
      fields: [speaker.name],
    }),
  );
  const entities = graph.entities.map(
    (entity): SearchDocument => ({
      kind: 'entity',
      title: entity.name,
      route: entityRoute(entity.slug),
      detail: entity.description === undefined ? kindLabel(entity.kind) : `${kindLabel(entity.kind)} · ${entity.description}`,
      fields: [entity.name, ...entity.aliases.filter((alias) => alias !== entity.name)],
    }),
  );
  const articles = graph.articles.map(
    (article): SearchDocument => ({
      kind: 'article',
      title: article.headline,
      route: articleRoute(article.slug),
      ...(article.date === undefined ? {} : { detail: articleDateLabel(article) ?? '' }),
      fields: [article.headline],
    }),
  );
  const quotes = allQuotes(graph).map((quote): SearchDocument => {
    const speaker = quote.speakerName ?? undefined;
    return {
      kind: 'quote',
      title: clipAtWord(quote.text, QUOTE_TITLE_LIMIT),
      route: articleRoute(quote.article.slug, quote.quoteAnchor),
      ...(speaker === undefined ? {} : { speaker }),
      article: quote.article.headline,
      fields: speaker === undefined ? [quote.text] : [quote.text, speaker],
    };
  });
  return [...speakers, ...entities, ...articles, ...quotes];
}

function quoteCount(count: number): string {
  return count === 1 ? '1 quote' : `${count} quotes`;
}

/** Attributed and unattributed quotes (the graph keeps them apart), newest article first, then in reading order. */
function allQuotes(graph: SiteGraph): GraphQuote[] {
  const articleIndex = new Map(graph.articles.map((article, index) => [article.slug, index]));
  const quotes = [...graph.speakers.flatMap((speaker) => speaker.articles.flatMap((group) => group.quotes)), ...graph.unattributed];
  return quotes.sort(
    (a, b) => (articleIndex.get(a.article.slug) ?? 0) - (articleIndex.get(b.article.slug) ?? 0) || compareLocations(a, b),
  );
}
