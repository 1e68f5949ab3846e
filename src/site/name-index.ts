import type { SiteEntity, Speaker } from '../graph/types.ts';
import { kindLabel } from './entity-kinds.ts';
import { countOf } from './plural.ts';
import type { Route } from './paths.ts';
import { entityRoute, speakerRoute } from './routes.ts';

/** One name in an A-to-Z index: where it links and the counts shown beside it. */
export interface NameIndexEntry {
  name: string;
  route: Route;
  /** The counts beside the name in reader words: `4 mentions in 2 articles`, `3 quotes, 1 reported statement`. */
  counts: string;
  /** The counts' hover title: the same words, with a speaker's kind before them. */
  countsTitle: string;
  /** Set on entity lists, where the stylesheet colours a name by kind. */
  kind?: string;
}

export function entityIndexEntry(entity: SiteEntity): NameIndexEntry {
  const counts = `${countOf(entity.mentionCount, 'mention')} in ${countOf(entity.articleCount, 'article')}`;
  return {
    name: entity.name,
    route: entityRoute(entity.slug),
    counts,
    countsTitle: counts,
    kind: entity.kind,
  };
}

export function speakerIndexEntry(speaker: Speaker): NameIndexEntry {
  const statements = speaker.statements.length;
  // A count of zero is left out; every listed speaker has a quote or a statement.
  const counts = [
    ...(speaker.quoteCount > 0 ? [countOf(speaker.quoteCount, 'quote')] : []),
    ...(statements > 0 ? [countOf(statements, 'reported statement')] : []),
  ].join(', ');
  return {
    name: speaker.name,
    route: speakerRoute(speaker.slug),
    counts,
    countsTitle: `${kindLabel(speaker.kind)}: ${counts}`,
  };
}

/** The speakers with the most quotes, most first; speakers with only reported statements are left out. */
export function mostQuoted(speakers: readonly Speaker[], limit: number): Speaker[] {
  return [...speakers]
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, limit)
    .filter((speaker) => speaker.quoteCount > 0);
}
