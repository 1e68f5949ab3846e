import type { EntityKind } from '../extract/types.ts';
import type { SiteGraph } from '../graph/types.ts';
import { clipAtWord } from '../graph/clip-at-word.ts';
import { ENTITY_KINDS } from './entity-kinds.ts';
import { groupByLetter } from './letter-groups.ts';
import { entityIndexEntry, type NameIndexEntry, speakerIndexEntry } from './name-index.ts';
import { compareSortKeys, sortKeyOf } from './name-sort.ts';
import { letterPageDescription } from './page-description.ts';
import { type Page, type PageNav, hrefBytes, htmlBytes, pageNav, paginate } from './paginate.ts';
import type { Route } from './paths.ts';
import { entityLetterRoute, speakerLetterRoute } from './routes.ts';
import { SHORT_NAME_LIMIT, shortName } from './short-name.ts';

/** Names on one letter page; a letter with more runs on to `…/letter/a/2/`. */
export const NAMES_PER_PAGE = 500;

/** Markup of one name around its texts: list item, kind, link, counts span and their attributes (measured at about 90 bytes; tests/site/page-size.test.ts checks the bound). */
export const NAME_MARKUP_BYTES = 200;

/** The longest hover title a long name gets in a list (the entity page shows it whole). */
export const NAME_TITLE_LIMIT = 300;

/** A name as a letter page lists it. */
export interface IndexName extends NameIndexEntry {
  slug: string;
  sortKey: string;
  /** The full name on hover when the list shows it shortened; null when shown whole. */
  title: string | null;
  /** The list's text for the name, cut to `SHORT_NAME_LIMIT`. */
  shown: string;
}

/** A letter of the jump bar: where its first page is and how many names it holds. */
export interface LetterLink {
  letter: string;
  route: Route;
  count: number;
}

export interface KindCount {
  kind: EntityKind;
  plural: string;
  count: number;
}

export interface LetterPage {
  letter: string;
  page: Page<IndexName>;
  nav: PageNav;
  pageCount: number;
  /** The page's names by kind (entity index) or in one section (speakers, `kind` null). */
  sections: { kind: EntityKind | null; plural: string; names: IndexName[] }[];
  /** The page's meta description: the index, the letter, how many names it files there, and the page. */
  description: string;
}

export interface NameIndex {
  /** Every name the index holds. */
  total: number;
  kinds: KindCount[];
  letters: LetterLink[];
  pages: LetterPage[];
}

/** An upper bound of a name's bytes in a letter page's list. */
export function nameBytes(name: IndexName): number {
  return (
    NAME_MARKUP_BYTES +
    htmlBytes(name.shown) +
    htmlBytes(name.title ?? '') +
    htmlBytes(name.counts) +
    htmlBytes(name.countsTitle) +
    hrefBytes(name.route)
  );
}

function indexName(entry: NameIndexEntry, slug: string, kind: EntityKind): IndexName {
  // No name of at most SHORT_NAME_LIMIT code units has more graphemes than that: skip the segmenter, slow over 100,000 names.
  const shown = entry.name.length <= SHORT_NAME_LIMIT ? entry.name : shortName(entry.name);
  return {
    ...entry,
    slug,
    sortKey: sortKeyOf(entry.name, kind),
    shown,
    title: shown === entry.name ? null : clipAtWord(entry.name, NAME_TITLE_LIMIT),
  };
}

const KIND_RANK = new Map(ENTITY_KINDS.map(({ kind }, rank) => [kind, rank]));

/**
 * The entity index: people under their family name's letter, other kinds
 * under their name's, each letter on its own pages (kinds in their usual
 * order, names sorted by `sortKeyOf` within a kind).
 */
export function entityIndex(graph: Pick<SiteGraph, 'entities'>): NameIndex {
  const names = graph.entities.map((entity) => ({ kind: entity.kind, name: indexName(entityIndexEntry(entity), entity.slug, entity.kind) }));
  names.sort((a, b) => (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || compareSortKeys(a.name, b.name));
  const kinds = ENTITY_KINDS.map(({ kind, plural }) => ({ kind, plural, count: names.filter((name) => name.kind === kind).length })).filter(
    (kind) => kind.count > 0,
  );
  return letterIndex(
    'Entities',
    names.map((name) => name.name),
    entityLetterRoute,
    (page) =>
      kinds
        .map(({ kind, plural }) => ({ kind, plural, names: page.filter((name) => name.kind === kind) }))
        .filter((section) => section.names.length > 0),
    kinds,
  );
}

/** The speakers index: like the entity index, in one list, people by family name. */
export function speakerIndex(graph: Pick<SiteGraph, 'speakers'>): NameIndex {
  const names = graph.speakers.map((speaker) => indexName(speakerIndexEntry(speaker), speaker.slug, speaker.kind));
  names.sort(compareSortKeys);
  return letterIndex('Speakers', names, speakerLetterRoute, (page) => (page.length === 0 ? [] : [{ kind: null, plural: 'Speakers', names: page }]), []);
}

function letterIndex(
  indexTitle: string,
  names: IndexName[],
  routeOf: (letter: string, page: number) => Route,
  sectionsOf: (names: IndexName[]) => LetterPage['sections'],
  kinds: KindCount[],
): NameIndex {
  const groups = groupByLetter(names, (name) => name.sortKey);
  const pages = groups.flatMap((group) => {
    const letterPages = paginate(group.items, {
      perPage: NAMES_PER_PAGE,
      bytesOf: nameBytes,
      routeOf: (page) => routeOf(group.letter, page),
    });
    return letterPages.map(
      (page): LetterPage => ({
        letter: group.letter,
        page,
        nav: pageNav(letterPages, page.number),
        pageCount: letterPages.length,
        sections: sectionsOf(page.items),
        description: letterPageDescription(indexTitle, group.letter, group.items.length, page.number, letterPages.length),
      }),
    );
  });
  return {
    total: names.length,
    kinds,
    letters: groups.map((group) => ({ letter: group.letter, route: routeOf(group.letter, 1), count: group.items.length })),
    pages,
  };
}
