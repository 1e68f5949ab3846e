import type { Speaker, SiteGraph } from '../graph/types.ts';
import type { PageCrumb } from './article-page.ts';
import type { PageLink } from './entity-page.ts';
import { speakerDescription } from './page-description.ts';
import { relativeHref, type Route } from './paths.ts';
import { speakerSummary } from './quote-display.ts';
import { entityRoute, speakerRoute, speakersRoute } from './routes.ts';
import { shortName } from './short-name.ts';

/** Everything the speaker page shows, worked out before any markup is written. */
export interface SpeakerPageData {
  route: Route;
  speaker: Speaker;
  /** The tab title: `Quotes by` and the shortened name. */
  title: string;
  /** The name as the trail and running text show it (shortened); the heading shows it whole. */
  short: string;
  description: string;
  crumbs: PageCrumb[];
  /** `3 quotes in 2 articles.`; null for a speaker with neither quotes nor statements. */
  summary: string | null;
  /** The link to the entity page of the same slug; null when there is none. */
  mentions: PageLink | null;
}

/** The speaker page's data (src/site/route-data-speaker.ts builds it once per page). */
export function speakerPageData(speaker: Speaker, graph: SiteGraph): SpeakerPageData {
  const route = speakerRoute(speaker.slug);
  const short = shortName(speaker.name);
  return {
    route,
    speaker,
    title: `Quotes by ${short}`,
    short,
    description: speakerDescription(speaker),
    crumbs: [{ label: 'Speakers', route: speakersRoute }, { label: short }],
    summary: speakerSummary({ quotes: speaker.quoteCount, articles: speaker.articles.length, statements: speaker.statements.length }),
    mentions: graph.entityBySlug.has(speaker.slug) ? { href: relativeHref(route, entityRoute(speaker.slug)), text: `Every mention of ${short} →` } : null,
  };
}
