import type { PageCrumb } from './article-page.ts';
import type { IndexName, LetterLink, LetterPage, NameIndex } from './name-index-pages.ts';
import { cacheKeyOf } from './page-cache-key.ts';
import type { PageNav } from './paginate.ts';
import type { Route } from './paths.ts';
import { countOf } from './plural.ts';
import { entitiesRoute, letterSegment, speakersRoute } from './routes.ts';

/** The two name indexes that have letter pages, by the title they show. */
export type NameIndexTitle = 'Entities' | 'Speakers';

const INDEX_ROUTES: Record<NameIndexTitle, Route> = { Entities: entitiesRoute, Speakers: speakersRoute };

/** The props of a letter page: its page of names and the index's letters (both hashed for its cacheKey). */
export interface LetterPageProps {
  letterPage: LetterPage;
  letters: LetterLink[];
}

/** A section of a letter page: one kind of entity, or all the speakers. */
export interface LetterSection {
  /** The section's anchor: the entity kind, or `names` for the speakers' one section. */
  id: string;
  plural: string;
  /** `12 names`. */
  count: string;
  names: IndexName[];
}

/** Everything a letter page of the entity or speakers index shows. */
export interface LetterPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  /** `Entities: M`; a long letter's page number follows it as `pageNote`. */
  heading: string;
  /** `, page 2 of 3` on a letter with more than one page, else empty. */
  pageNote: string;
  letter: string;
  letters: LetterLink[];
  /** The jump bar's name for screen readers: `Entities by letter`. */
  barLabel: string;
  sections: LetterSection[];
  nav: PageNav;
  /** The pagination bar's name for screen readers: `Pages of M`. */
  navLabel: string;
}

/** A letter page as it shows the names `letterPage` holds. */
export function letterPageData({ letterPage, letters }: LetterPageProps, indexTitle: NameIndexTitle): LetterPageData {
  const { letter, page, nav, pageCount, sections, description } = letterPage;
  const pageNote = pageCount > 1 ? `, page ${page.number} of ${pageCount}` : '';
  return {
    route: page.route,
    title: `${indexTitle}: ${letter}${pageNote}`,
    description,
    crumbs: [{ label: indexTitle, route: INDEX_ROUTES[indexTitle] }, { label: `${letter}${pageNote}` }],
    heading: `${indexTitle}: ${letter}`,
    pageNote,
    letter,
    letters,
    barLabel: `${indexTitle} by letter`,
    sections: sections.map((section) => ({ id: section.kind ?? 'names', plural: section.plural, count: countOf(section.names.length, 'name'), names: section.names })),
    nav,
    navLabel: `Pages of ${letter}`,
  };
}

/** The paths of an index's letter pages, `letter/n/` then `letter/n/2/`…, each keyed by its props for the incremental build. */
export function letterPagePaths({ letters, pages }: Pick<NameIndex, 'letters' | 'pages'>) {
  return pages.map((letterPage) => ({
    params: { letter: letterSegment(letterPage.letter), page: letterPage.page.number === 1 ? undefined : String(letterPage.page.number) },
    props: { letterPage, letters } satisfies LetterPageProps,
    cacheKey: cacheKeyOf({ letterPage, letters }),
  }));
}
