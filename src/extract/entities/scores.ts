import type { EntityKind } from '../types.ts';

/** Evidence for each kind, summed over an entity's mentions; the largest wins. */
export type KindScores = Record<EntityKind, number>;

/** One piece of evidence for a kind, with a stable id (`reporting-subject`, `given-name`): what an entity's explanation lists. */
export interface Clue {
  kind: EntityKind;
  id: string;
  weight: number;
}

/** Anything that gathers kind evidence: a name candidate. */
export interface ScoredName {
  scores: KindScores;
  /** Made on the first clue: most candidates (a capitalized word opening a sentence) never get one. */
  clues?: Clue[];
}

/** Adds `weight` to the candidate's `kind` and records why, so the entity can say what made it that kind. */
export function credit(target: ScoredName, kind: EntityKind, id: string, weight: number): void {
  target.scores[kind] += weight;
  const clue: Clue = { kind, id, weight };
  if (target.clues === undefined) target.clues = [clue];
  else target.clues.push(clue);
}

export function emptyScores(): KindScores {
  return { person: 0, organization: 0, place: 0, event: 0 };
}

export function addScores(into: KindScores, from: KindScores): void {
  into.person += from.person;
  into.organization += from.organization;
  into.place += from.place;
  into.event += from.event;
}

/** Kind with the highest score, or undefined when no kind reaches `minimum`. Ties go person, organization, place, event. */
export function bestKind(scores: KindScores, minimum: number): EntityKind | undefined {
  let best: EntityKind | undefined;
  let bestScore = minimum - Number.EPSILON;
  for (const kind of ['person', 'organization', 'place', 'event'] as const) {
    if (scores[kind] > bestScore) {
      best = kind;
      bestScore = scores[kind];
    }
  }
  return best;
}

/**
 * How much each clue weighs. A head word or title decides almost alone; a
 * preposition only tips a name that has nothing else.
 */
export const EVIDENCE = {
  head: 6,
  title: 6,
  roleNoun: 4,
  age: 4,
  who: 3,
  which: 1,
  givenName: 3,
  nameShape: 1,
  reportingSubject: 1.5,
  byline: 3,
  organizationContext: 2,
  affiliationOfRole: 2.5,
  possessiveBeforePerson: 1.5,
  placePreposition: 1.5,
  weakPlacePreposition: 0.8,
  compassOf: 2.5,
  placeChain: 2.5,
  dateline: 3,
  repeatedSingleWord: 1,
  referredToBySurname: 1,
  /** `Aston Villa have opened talks`: a plural verb after one name. */
  pluralVerb: 4,
  namedAs: 4,
  /** `told Kestrelnet`, `told Mara Ellison`: who was told; a head word or a known name outweighs it. */
  listener: 1.5,
  /** `Environment Canada`, `Partech Africa`: a body named for the land it serves. */
  landAfterName: 2.5,
  /** `Jane Doe, 60, of Ashford`: the place a person lives. */
  address: 2.5,
  /** A town of the world-cities table: weaker than a decisive table, so a surname that is also a town still joins its person. */
  worldCity: 2.5,
  /** `the ANC`: initials after `the`; with the `the` of the grouping, enough for a body. */
  acronymAfterThe: 1,
} as const;

/** Least total evidence for an entity that no table knows. */
export const MIN_EVIDENCE = 1.5;
