import type { SiteGraph } from '../graph/types.ts';
import type { PageCrumb } from './article-page.ts';
import type { PageLink } from './entity-page.ts';
import { entityIndex, type KindCount, type LetterLink, speakerIndex } from './name-index-pages.ts';
import { mostQuoted } from './name-index.ts';
import { entityIndexDescription, speakerIndexDescription } from './page-description.ts';
import { relativeHref, type Route } from './paths.ts';
import { countOf } from './plural.ts';
import { entitiesRoute, speakerRoute, speakersRoute, unattributedRoute } from './routes.ts';
import { shortName } from './short-name.ts';

/** How many speakers the speakers index names as most quoted. */
export const TOP_SPEAKERS = 5;

/** A letter in an index's `By letter` list: its first page, and how many names it files. */
export interface LetterOverview {
  letter: string;
  href: string;
  /** `12 names`. */
  count: string;
}

/** Everything the entity index (`entities/`) shows. */
export interface EntityIndexPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  lede: string;
  kinds: KindCount[];
  /** The jump bar's letters. */
  letters: LetterLink[];
  overview: LetterOverview[];
}

/** A speaker of the speakers index's `Most quoted` list. */
export interface TopSpeaker {
  href: string;
  /** The name as lists show it (shortened). */
  name: string;
  /** `12 quotes`. */
  count: string;
}

/** Everything the speakers index (`speakers/`) shows. */
export interface SpeakerIndexPageData {
  route: Route;
  title: string;
  description: string;
  crumbs: PageCrumb[];
  /** The lede's link to the quotes without a confident speaker: `3 quotes have no confident speaker.` */
  unattributed: PageLink;
  /** The most quoted speakers, most first; empty when nobody is quoted. */
  topSpeakers: TopSpeaker[];
  /** How many speakers the index lists. */
  total: number;
  letters: LetterLink[];
  overview: LetterOverview[];
}

function overviewOf(route: Route, letters: readonly LetterLink[]): LetterOverview[] {
  return letters.map((link) => ({ letter: link.letter, href: relativeHref(route, link.route), count: countOf(link.count, 'name') }));
}

/** The entity index: what it holds in all and by kind, and a link to every letter's first page. */
export function entityIndexPageData(graph: Pick<SiteGraph, 'entities' | 'articles'>): EntityIndexPageData {
  const route = entitiesRoute;
  const index = entityIndex(graph);
  const articles = graph.articles.length;
  return {
    route,
    title: 'Entities',
    description: entityIndexDescription(index.total, articles),
    crumbs: [{ label: 'Entities' }],
    lede: `The people, places, organizations and events named in ${countOf(articles, 'article')}: ${index.total} in all. People are listed under their family name.`,
    kinds: index.kinds,
    letters: index.letters,
    overview: overviewOf(route, index.letters),
  };
}

/** The speakers index: the most quoted, how many quotes have no speaker, and a link to every letter's first page. */
export function speakerIndexPageData(graph: Pick<SiteGraph, 'speakers' | 'unattributed'>): SpeakerIndexPageData {
  const route = speakersRoute;
  const index = speakerIndex(graph);
  return {
    route,
    title: 'Speakers',
    description: speakerIndexDescription(index.total),
    crumbs: [{ label: 'Speakers' }],
    unattributed: { href: relativeHref(route, unattributedRoute), text: `${countOf(graph.unattributed.length, 'quote has', 'quotes have')} no confident speaker.` },
    topSpeakers: mostQuoted(graph.speakers, TOP_SPEAKERS).map((speaker) => ({
      href: relativeHref(route, speakerRoute(speaker.slug)),
      name: shortName(speaker.name),
      count: countOf(speaker.quoteCount, 'quote'),
    })),
    total: index.total,
    letters: index.letters,
    overview: overviewOf(route, index.letters),
  };
}
