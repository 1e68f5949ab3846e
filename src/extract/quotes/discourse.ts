import {
  DOCUMENT_MODIFIERS,
  DOCUMENT_NOUNS,
  GENDERED_HONORIFICS,
  GENDERED_PRONOUNS,
  type Gender,
  type PronounReading,
} from '../lexicon/discourse-words.ts';
import type { Entity, EntityKind } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { isSubjectPosition } from './subject-position.ts';

/**
 * What the reader has met so far: each person or organization named in the
 * reporter's own words (never inside a quote), in reading order, with whether
 * it was the subject of its clause. Pronouns and `the report` are resolved
 * against it.
 */
export interface DiscourseEvent {
  order: number;
  start: number;
  entityId: string;
  kind: EntityKind;
  /** Subject of its clause or named as a speaker: a likely antecedent. */
  salient: boolean;
  /** Named as the author of a document: `the CDC report`, `Acme's statement`. */
  documentOwner: boolean;
}

export interface Discourse {
  events: DiscourseEvent[];
  gender: Map<string, Gender>;
}

export interface Resolution {
  entity: Entity;
  /** How sure the resolution is, 0..1. */
  certainty: number;
}

/** How many blocks back an antecedent may lie. */
const MAX_BLOCK_DISTANCE = 4;
/** How many events back the search looks; bounds the work per pronoun. */
const MAX_EVENTS_BACK = 60;

export function buildDiscourse(blocks: readonly AnalyzedBlock[], entityById: ReadonlyMap<string, Entity>): Discourse {
  const events: DiscourseEvent[] = [];
  const gender = new Map<string, Gender>();
  for (const block of blocks) {
    const { tokens, depth, mentionStarting } = block;
    let sentencePeople = new Set<string>();
    let sentence = -1;
    for (let i = 0; i < tokens.length; i += 1) {
      if (block.sentenceStart[i] !== sentence) {
        sentence = block.sentenceStart[i]!;
        sentencePeople = new Set();
      }
      if (depth[i] !== 0) continue;
      const pronounGender = GENDERED_PRONOUNS.get(tokens[i]!.lower);
      if (pronounGender !== undefined && sentencePeople.size === 1) {
        const [only] = sentencePeople;
        if (only !== undefined && !gender.has(only)) gender.set(only, pronounGender);
      }
      const mention = mentionStarting[i];
      if (mention === undefined) continue;
      const entity = entityById.get(mention.entityId);
      if (entity === undefined || (entity.kind !== 'person' && entity.kind !== 'organization')) continue;
      const last = lastTokenOf(block, i, mention.end);
      if (entity.kind === 'person') {
        sentencePeople.add(entity.id);
        const honorific = honorificGender(block, i);
        if (honorific !== undefined && !gender.has(entity.id)) gender.set(entity.id, honorific);
      }
      events.push({
        order: block.order,
        start: mention.start,
        entityId: entity.id,
        kind: entity.kind,
        salient: isSubjectPosition(block, i, last),
        documentOwner: ownsDocument(block, last),
      });
    }
  }
  return { events, gender };
}

function lastTokenOf(block: AnalyzedBlock, first: number, end: number): number {
  let last = first;
  while (last + 1 < block.tokens.length && block.tokens[last + 1]!.end <= end) last += 1;
  return last;
}

function honorificGender(block: AnalyzedBlock, first: number): Gender | undefined {
  for (const index of [first, first - 1, first - 2]) {
    const token = block.tokens[index];
    if (token === undefined) continue;
    const found = GENDERED_HONORIFICS.get(token.lower);
    if (found !== undefined) return found;
  }
  return undefined;
}

function ownsDocument(block: AnalyzedBlock, last: number): boolean {
  const { tokens } = block;
  if (tokens[last]?.lower.endsWith("'s") && DOCUMENT_NOUNS.has(tokens[last + 1]?.lower ?? '')) return true;
  for (let j = last + 1; j < Math.min(tokens.length, last + 4); j += 1) {
    const word = tokens[j]!.lower;
    if (DOCUMENT_NOUNS.has(word)) return true;
    if (!DOCUMENT_MODIFIERS.has(word)) return false;
  }
  return false;
}

/** Index of the first event at or after (order, start). */
function firstEventFrom(events: readonly DiscourseEvent[], order: number, start: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const event = events[mid]!;
    if (event.order < order || (event.order === order && event.start < start)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The entity a pronoun at (order, start) stands for: the most recent salient
 * entity of a fitting kind and gender. When another fitting entity was named
 * in between, the answer is kept but marked unsure.
 */
export function resolvePronoun(
  discourse: Discourse,
  entityById: ReadonlyMap<string, Entity>,
  reading: PronounReading,
  order: number,
  start: number,
): Resolution | null {
  const { events, gender } = discourse;
  const fits = (event: DiscourseEvent): boolean =>
    reading.kinds.includes(event.kind) && (reading.gender === undefined || (gender.get(event.entityId) ?? reading.gender) === reading.gender);
  const knownGender = (event: DiscourseEvent): boolean => reading.gender !== undefined && gender.get(event.entityId) === reading.gender;
  const rivals = new Set<string>();
  let nearestFitting: DiscourseEvent | undefined;
  let unknownSubject: DiscourseEvent | undefined;
  let rivalsOfUnknown = 0;
  const from = firstEventFrom(events, order, start);
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = events[i]!;
    if (order - event.order > MAX_BLOCK_DISTANCE) break;
    if (!fits(event)) continue;
    nearestFitting ??= event;
    // A subject whose gender the article shows beats a nearer one whose gender it does not.
    if (event.salient && (reading.gender === undefined || knownGender(event))) {
      rivals.delete(event.entityId);
      return resolution(entityById, event, rivals.size === 0 ? reading.certainty : Math.min(reading.certainty, 0.55));
    }
    if (event.salient && unknownSubject === undefined) {
      unknownSubject = event;
      rivals.delete(event.entityId);
      rivalsOfUnknown = rivals.size;
    }
    if (event.entityId !== unknownSubject?.entityId) rivals.add(event.entityId);
  }
  if (unknownSubject !== undefined) {
    return resolution(entityById, unknownSubject, rivalsOfUnknown === 0 ? reading.certainty : Math.min(reading.certainty, 0.55));
  }
  // No subject to point at: fall back to a lone candidate named just before.
  if (nearestFitting !== undefined && rivals.size === 1 && order - nearestFitting.order <= 1) {
    return resolution(entityById, nearestFitting, Math.min(reading.certainty, 0.6));
  }
  return null;
}

function resolution(entityById: ReadonlyMap<string, Entity>, event: DiscourseEvent, certainty: number): Resolution | null {
  const entity = entityById.get(event.entityId);
  return entity === undefined ? null : { entity, certainty };
}

/** The organization behind `the report` / `the release`: its named owner, else the last organization that spoke. */
export function resolveDocument(discourse: Discourse, entityById: ReadonlyMap<string, Entity>, order: number, start: number): Resolution | null {
  const { events } = discourse;
  const from = firstEventFrom(events, order, start);
  let salientOrganization: DiscourseEvent | undefined;
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = events[i]!;
    if (order - event.order > MAX_BLOCK_DISTANCE) break;
    if (event.kind !== 'organization') continue;
    if (event.documentOwner) {
      const entity = entityById.get(event.entityId);
      return entity === undefined ? null : { entity, certainty: 0.9 };
    }
    if (event.salient) salientOrganization ??= event;
  }
  if (salientOrganization === undefined) return null;
  const entity = entityById.get(salientOrganization.entityId);
  return entity === undefined ? null : { entity, certainty: 0.8 };
}
