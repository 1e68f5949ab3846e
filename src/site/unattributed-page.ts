import type { GraphStatement, SiteGraph } from '../graph/types.ts';
import type { PageCrumb } from './article-page.ts';
import { cacheKeyOf } from './page-cache-key.ts';
import type { PageNav } from './paginate.ts';
import { relativeHref, type Route } from './paths.ts';
import { countOf } from './plural.ts';
import { correctionsRoute, speakersRoute, unattributedRoute } from './routes.ts';
import { type UnattributedItem, type UnattributedPage, unattributedPages } from './unattributed-pages.ts';

/** The props of a page of unattributed quotes: its page, and the whole list's totals (all hashed for its cacheKey). */
export interface UnattributedPageProps {
  unattributed: UnattributedPage;
  /** How many unattributed quotes and statements the whole list has. */
  totalQuotes: number;
  totalStatements: number;
}

/** Everything a page of the unattributed quotes shows. */
export interface UnattributedPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  /** The lede's link to how an editor names a speaker. */
  correctionsHref: string;
  /** On a list of several pages: the totals, which page this is and its articles' dates; else null. */
  pageNote: string | null;
  /** The count beside the Quotes heading: the whole list's on a one-page list, else this page's. */
  quoteCount: number;
  /** True when no quote at all lacks a speaker (`Every quote has a speaker.`). */
  noQuotes: boolean;
  quotes: Extract<UnattributedItem, { type: 'quote' }>[];
  statements: GraphStatement[];
  nav: PageNav;
}

/** A page of the unattributed list as it shows the quotes and statements `unattributed` holds. */
export function unattributedPageData({ unattributed, totalQuotes, totalStatements }: UnattributedPageProps): UnattributedPageData {
  const { route, number, pageCount, nav, quotes, statements, newest, oldest, description } = unattributed;
  const first = number === 1;
  const span = newest === null || oldest === null ? '' : newest === oldest ? ` (${newest})` : ` (${newest} to ${oldest})`;
  return {
    route,
    title: first ? 'Unattributed quotes' : `Unattributed quotes, page ${number}`,
    description,
    crumbs: [
      { label: 'Speakers', route: speakersRoute },
      first ? { label: 'Unattributed quotes' } : { label: 'Unattributed quotes', route: unattributedRoute },
      ...(first ? [] : [{ label: `Page ${number}` }]),
    ],
    correctionsHref: relativeHref(route, correctionsRoute),
    pageNote:
      pageCount > 1
        ? `${countOf(totalQuotes, 'quote')} and ${countOf(totalStatements, 'reported statement')} in all; this is page ${number} of ${pageCount}${span}.`
        : null,
    quoteCount: first && pageCount === 1 ? totalQuotes : quotes.length,
    noQuotes: totalQuotes === 0,
    quotes,
    statements: statements.map((item) => item.statement),
    nav,
  };
}

type UnattributedGraph = Pick<SiteGraph, 'articles' | 'unattributed' | 'unattributedStatements'>;

/** Every page of the unattributed list with the totals it shows. */
function unattributedProps(graph: UnattributedGraph): UnattributedPageProps[] {
  const totals = { totalQuotes: graph.unattributed.length, totalStatements: graph.unattributedStatements.length };
  return unattributedPages(graph).map((unattributed) => ({ unattributed, ...totals }));
}

/** `quotes/unattributed/`: the list's first page, which always exists (empty when every quote has a speaker). */
export function firstUnattributedPageData(graph: UnattributedGraph): UnattributedPageData {
  const [first] = unattributedProps(graph);
  if (first === undefined) throw new Error('unattributed quotes: the list has no first page');
  return unattributedPageData(first);
}

/** The paths of `quotes/unattributed/[page]`: the list from its second page on, each keyed by its props for the incremental build. */
export function unattributedPagePaths(graph: UnattributedGraph) {
  return unattributedProps(graph)
    .slice(1)
    .map((props) => ({ params: { page: String(props.unattributed.number) }, props, cacheKey: cacheKeyOf(props) }));
}
