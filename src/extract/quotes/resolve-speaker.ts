import { REFERENCE_CONFIDENCE } from '../lexicon/cue-patterns.ts';
import type { Entity } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import type { ArticleAnalysis } from './analyze-article.ts';
import { resolveDocument, resolveOrganizationNoun, resolvePronoun, resolveUnnamedSpokesperson } from './discourse.ts';
import { DEFINITE_SPOKESPERSON_NOUNS } from '../lexicon/discourse-words.ts';
import type { SpeakerRef } from './speaker-refs.ts';

export interface ResolvedSpeaker {
  entity: Entity;
  /** Factor (0..1) applied to the rule's confidence for how the speaker was named. */
  certainty: number;
}

/** Turns a name, role, pronoun or document reference into a person or organization. */
export function resolveSpeaker(analysis: ArticleAnalysis, block: AnalyzedBlock, ref: SpeakerRef): ResolvedSpeaker | null {
  const at = block.tokens[ref.first]?.start ?? 0;
  if (ref.form === 'mention') {
    const entity = analysis.entityById.get(ref.mention.entityId);
    if (entity === undefined || (entity.kind !== 'person' && entity.kind !== 'organization')) return null;
    return { entity, certainty: ref.mention.form === 'role' ? REFERENCE_CONFIDENCE.role : REFERENCE_CONFIDENCE.name };
  }
  if (ref.form === 'body-voice') {
    // A person's spokesman or team is not the person (`Tony Blair's official spokesman`): only a body's voice is its own.
    const entity = analysis.entityById.get(ref.mention.entityId);
    return entity?.kind === 'organization' ? { entity, certainty: REFERENCE_CONFIDENCE.role } : null;
  }
  if (ref.form === 'pronoun') {
    const found = resolvePronoun(analysis.discourse, analysis.entityById, ref.reading, block.order, at);
    return found === null ? null : { entity: found.entity, certainty: Math.min(found.certainty, REFERENCE_CONFIDENCE.pronoun) };
  }
  if (ref.form === 'kin') {
    const id = analysis.discourse.personByKin.get(ref.noun);
    const entity = id === undefined ? undefined : analysis.entityById.get(id);
    return entity === undefined ? null : { entity, certainty: REFERENCE_CONFIDENCE.role };
  }
  if (ref.form === 'role-holder') {
    const entity = onlyPersonWithRole(analysis, ref.noun);
    return entity === null ? null : { entity, certainty: REFERENCE_CONFIDENCE.role };
  }
  if (ref.form === 'spokesperson') {
    const entity = bodyOfEarlierSpokesperson(analysis, block, ref.first);
    return entity === null ? null : { entity, certainty: REFERENCE_CONFIDENCE.role };
  }
  if (ref.form === 'unnamed-spokesperson') {
    const found = resolveUnnamedSpokesperson(analysis.discourse, analysis.entityById, block.order, at);
    return found === null ? null : { entity: found.entity, certainty: found.certainty * REFERENCE_CONFIDENCE.role };
  }
  if (ref.form === 'organization-noun') {
    if (ref.modifier !== undefined) {
      const named = organizationNamedWith(analysis, ref.modifier);
      return named === null ? null : { entity: named, certainty: MODIFIER_NAMED_CERTAINTY * REFERENCE_CONFIDENCE.role };
    }
    const found = resolveOrganizationNoun(analysis.discourse, analysis.entityById, ref.noun, block.order, at);
    return found === null ? null : { entity: found.entity, certainty: found.certainty * REFERENCE_CONFIDENCE.role };
  }
  const found = resolveDocument(analysis.discourse, analysis.entityById, block.order, at);
  return found === null ? null : { entity: found.entity, certainty: found.certainty * REFERENCE_CONFIDENCE.document };
}

/** Paragraphs back, this one included, where the spokesperson `the spokesman` names again may have been introduced. */
const SPOKESPERSON_BLOCKS_BACK = 3;
/** Tokens read back for it at most: a paragraph of a megabyte costs the same as a short one. */
const SPOKESPERSON_TOKENS_BACK = 600;

/**
 * The organization whose spokesperson was named last before token `first` (`a Bayern spokesman`, `A Petrolimex
 * representative`, `a spokeswoman for the council`), within a few paragraphs; null when none, or when the last
 * two named speak for different bodies.
 */
function bodyOfEarlierSpokesperson(analysis: ArticleAnalysis, block: AnalyzedBlock, first: number): Entity | null {
  const found: Entity[] = [];
  let budget = SPOKESPERSON_TOKENS_BACK;
  for (let order = block.order; order >= Math.max(0, block.order - SPOKESPERSON_BLOCKS_BACK + 1) && found.length < 2 && budget > 0; order -= 1) {
    const earlier = analysis.blocks[order]!;
    const end = order === block.order ? first : earlier.tokens.length;
    for (let k = end - 1; k >= 1 && found.length < 2 && budget > 0; k -= 1, budget -= 1) {
      if (earlier.depth[k] !== 0 || !DEFINITE_SPOKESPERSON_NOUNS.has(earlier.tokens[k]!.lower)) continue;
      const body = bodyNamedWith(analysis, earlier, k);
      if (body !== null) found.push(body);
    }
  }
  if (found.length === 0) return null;
  return found.length === 1 || found[0]!.id === found[1]!.id ? found[0]! : null;
}

/** The organization named right before the spokesperson noun at `k` (`a council spokeswoman`) or after its `for`. */
function bodyNamedWith(analysis: ArticleAnalysis, block: AnalyzedBlock, k: number): Entity | null {
  const before = block.mentionEnding[k - 1];
  const after = block.tokens[k + 1]?.lower === 'for' ? (block.mentionStarting[k + 2] ?? (block.tokens[k + 2]?.lower === 'the' ? block.mentionStarting[k + 3] : undefined)) : undefined;
  const entity = analysis.entityById.get((before ?? after)?.entityId ?? '');
  return entity?.kind === 'organization' ? entity : null;
}

/** The one person whose role ends in `noun` (`managing director` for `director`), or null when none or several. */
function onlyPersonWithRole(analysis: ArticleAnalysis, noun: string): Entity | null {
  let holder: Entity | null = null;
  for (const entity of analysis.entityById.values()) {
    if (entity.kind !== 'person' || !entity.roles.some((role) => role.split(/\s+/u).pop()?.toLowerCase() === noun)) continue;
    if (holder !== null) return null;
    holder = entity;
  }
  return holder;
}

/** Certainty of `the employer group` read as the one organization whose name says `Employers`. */
const MODIFIER_NAMED_CERTAINTY = 0.85;

/** The one organization whose name holds the word (or its plural): `employer` → `Port Employers Association`; null when none or several. */
function organizationNamedWith(analysis: ArticleAnalysis, word: string): Entity | null {
  let found: Entity | null = null;
  for (const entity of analysis.entityById.values()) {
    if (entity.kind !== 'organization') continue;
    const words = entity.name.toLowerCase().split(/\s+/u);
    if (!words.some((w) => w === word || w === `${word}s` || w === `${word}'s` || w === `${word}s'`)) continue;
    if (found !== null) return null;
    found = entity;
  }
  return found;
}
