import type { SiteEntity, Speaker } from '../graph/types.ts';
import { kindLabel } from './entity-kinds.ts';
import { OTHER_LETTER } from './letter-groups.ts';
import type { Route } from './paths.ts';
import { entityRoute, speakerRoute } from './routes.ts';

/** One name in an A-to-Z index: where it links and the short counts shown beside it. */
export interface NameIndexEntry {
  name: string;
  route: Route;
  /** Terse counts beside the name (`3 · 2 art.`); `countsTitle` spells them out on hover. */
  counts: string;
  countsTitle: string;
  /** Set on entity lists, where the stylesheet colours a name by kind. */
  kind?: string;
}

export function entityIndexEntry(entity: SiteEntity): NameIndexEntry {
  return {
    name: entity.name,
    route: entityRoute(entity.slug),
    counts: `${entity.mentionCount} · ${entity.articleCount} art.`,
    countsTitle: `${entity.mentionCount} mentions in ${entity.articleCount} articles`,
    kind: entity.kind,
  };
}

export function speakerIndexEntry(speaker: Speaker): NameIndexEntry {
  const statements = speaker.statements.length;
  return {
    name: speaker.name,
    route: speakerRoute(speaker.slug),
    counts: `${speaker.quoteCount} q · ${statements} st.`,
    countsTitle: `${kindLabel(speaker.kind)}: ${speaker.quoteCount} quotes, ${statements} reported statements`,
  };
}

/** The element id a jump-bar letter links to; `#` is not usable in an id, so it becomes `other`. */
export function letterAnchor(prefix: string, letter: string): string {
  return `${prefix}-${letter === OTHER_LETTER ? 'other' : letter.toLowerCase()}`;
}

/** The speakers with the most quotes, most first; speakers with only reported statements are left out. */
export function mostQuoted(speakers: readonly Speaker[], limit: number): Speaker[] {
  return [...speakers]
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, limit)
    .filter((speaker) => speaker.quoteCount > 0);
}
