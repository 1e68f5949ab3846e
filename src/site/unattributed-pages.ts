import type { ArticleRef, GraphQuote, GraphStatement, SiteGraph } from '../graph/types.ts';
import { articleDateLabel, formatDate } from './format-date.ts';
import { unattributedDescription } from './page-description.ts';
import { type PageNav, hrefBytes, htmlBytes, pageNav, paginate } from './paginate.ts';
import type { Route } from './paths.ts';
import { articleRoute, unattributedPageRoute } from './routes.ts';
import { shortName } from './short-name.ts';

/** Quotes and statements on one page of the unattributed list. */
export const UNATTRIBUTED_PER_PAGE = 100;

/**
 * Markup of one quote or statement around its texts: list item, context,
 * badges, cue, the source line and their attributes (measured at about 330 bytes with no badges; every badge shown adds under 150).
 */
export const UNATTRIBUTED_MARKUP_BYTES = 1_200;

/** The article a quote or statement comes from, as the list names it. */
export interface SourceArticle {
  headline: string;
  route: Route;
  /** `7 September 2017`, or null when the article has no date. */
  date: string | null;
  isoDate: string | null;
}

export type UnattributedItem =
  | { type: 'quote'; quote: GraphQuote; source: SourceArticle }
  | { type: 'statement'; statement: GraphStatement; source: SourceArticle };

export interface UnattributedPage {
  number: number;
  route: Route;
  nav: PageNav;
  pageCount: number;
  quotes: Extract<UnattributedItem, { type: 'quote' }>[];
  statements: Extract<UnattributedItem, { type: 'statement' }>[];
  /** The dates of the page's newest and oldest articles, for its heading; null when none of them is dated. */
  newest: string | null;
  oldest: string | null;
  /** The page's meta description: what the list holds in all, and which page this is. */
  description: string;
}

export function sourceOf(article: ArticleRef): SourceArticle {
  return {
    headline: article.headline,
    route: articleRoute(article.slug),
    date: articleDateLabel(article),
    isoDate: article.date ?? null,
  };
}

/** An upper bound of an item's bytes on the page. */
export function unattributedItemBytes(item: UnattributedItem): number {
  const place = item.type === 'quote' ? item.quote : item.statement;
  const guess = item.type === 'quote' && item.quote.candidateSpeaker !== null ? htmlBytes(shortName(item.quote.candidateSpeaker)) : 0;
  return (
    UNATTRIBUTED_MARKUP_BYTES +
    htmlBytes(place.context.sentence) +
    htmlBytes(place.cue ?? '') +
    guess +
    htmlBytes(item.source.headline) +
    htmlBytes(item.source.date ?? '') +
    2 * hrefBytes(articleRoute(place.article.slug, place.anchor)) +
    // The quote's data attribute and fragment.
    (item.type === 'quote' ? htmlBytes(item.quote.article.slug) + htmlBytes(item.quote.quoteAnchor) * 2 : 0)
  );
}

/**
 * The unattributed quotes and statements by article date, newest first (the
 * graph's article order), an article's quotes before its statements, cut
 * into pages: `quotes/unattributed/`, then `quotes/unattributed/2/`…
 */
export function unattributedPages(graph: Pick<SiteGraph, 'articles' | 'unattributed' | 'unattributedStatements'>): UnattributedPage[] {
  const rank = new Map(graph.articles.map((article, index) => [article.slug, index]));
  const rankOf = (article: ArticleRef): number => {
    const found = rank.get(article.slug);
    if (found === undefined) throw new Error(`unattributed list: article "${article.slug}" is not in the site graph's article list`);
    return found;
  };
  // One source per article, shared by its quotes and statements.
  const sources = new Map<string, SourceArticle>();
  const sourceFor = (article: ArticleRef): SourceArticle => {
    let source = sources.get(article.slug);
    if (source === undefined) sources.set(article.slug, (source = sourceOf(article)));
    return source;
  };
  const items: UnattributedItem[] = [
    ...graph.unattributed.map((quote): UnattributedItem => ({ type: 'quote', quote, source: sourceFor(quote.article) })),
    ...graph.unattributedStatements.map((statement): UnattributedItem => ({ type: 'statement', statement, source: sourceFor(statement.article) })),
  ];
  const placeOf = (item: UnattributedItem): ArticleRef => (item.type === 'quote' ? item.quote.article : item.statement.article);
  // Array sort is stable: within an article, quotes stay before statements and each in its order.
  const ordered = items.map((item) => ({ item, rank: rankOf(placeOf(item)) })).sort((a, b) => a.rank - b.rank).map(({ item }) => item);
  const pages = paginate(ordered, { perPage: UNATTRIBUTED_PER_PAGE, bytesOf: unattributedItemBytes, routeOf: unattributedPageRoute });
  return pages.map((page) => {
    const dates = page.items.map((item) => item.source.isoDate).filter((date): date is string => date !== null);
    return {
      number: page.number,
      route: page.route,
      nav: pageNav(pages, page.number),
      pageCount: pages.length,
      quotes: page.items.filter((item) => item.type === 'quote'),
      statements: page.items.filter((item) => item.type === 'statement'),
      newest: dates.length === 0 ? null : formatDate(dates.reduce((a, b) => (a > b ? a : b))),
      oldest: dates.length === 0 ? null : formatDate(dates.reduce((a, b) => (a < b ? a : b))),
      description: unattributedDescription(graph.unattributed.length, graph.unattributedStatements.length, page.number, pages.length),
    };
  });
}
