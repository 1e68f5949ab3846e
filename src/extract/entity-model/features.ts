/**
 * Features of the learned entity decision (issue 8, decision c): for each
 * entity the rules found, binary evidence of what it is (a person, an
 * organization, a place, an event, or no entity at all). Classes of words
 * only: the lexicon's heads, role nouns, titles and reporting verbs, the
 * gazetteer, how the narration uses the mentions. Never a name of an
 * article. Every mention is read through a window of bounded size, so the
 * pass is linear in the article.
 */
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { CLUB_HEADS, COMPANY_SUFFIXES, ORGANIZATION_HEADS, ORGANIZATION_PREFIX_HEADS, OUTLET_HEADS } from '../lexicon/org-suffixes.ts';
import { SOCIAL_NETWORKS } from '../gazetteer/platforms.ts';
import { isPersonRoleNoun, ORGANIZATION_ROLE_NOUNS, PLACE_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles.ts';
import { GIVEN_NAME_GENDER } from '../lexicon/discourse-words.ts';
import { GIVEN_NAMES } from '../gazetteer/given-names.ts';
import { EVENT_HEADS, EVENT_PREFIX_HEADS, PLACE_HEADS, PLACE_PREFIX_HEADS } from '../gazetteer/name-heads.ts';
import { countryOfDemonym, isLandName, lookupKnownName, nameKey } from '../gazetteer/index.ts';
import { blockText, FILL, narration, type BlockRef } from '../speakers/block-spans.ts';
import type { FeatureVector } from '../speakers/logistic-model.ts';
import type { ArticleText, Entity, EntityMention, Extraction } from '../types.ts';
import { countWork } from '../work-meter.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, LONE_COMMON_NOUNS, NON_ENTITY_ACRONYMS, ROLE_DESCRIBING_WORDS } from '../entities/common-words.ts';

/** Characters read on each side of a mention: enough for two or three words, and a fixed bound on the work per mention. */
export const CONTEXT_CHARS = 40;

/** Words before a name that place it somewhere: `in Lagos`, `near the river`. */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'towards', 'toward']);
/** Words before a name that make it an actor or an author: `by`, `with`, `for`. */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'with', 'for', 'against']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word's lookup form without a trailing period (`Inc.` is `inc`). */
function key(word: string): string {
  return nameKey(word).replace(/\.+$/u, '');
}

function bucket(value: number, edges: readonly number[]): string {
  for (let i = edges.length - 1; i >= 0; i -= 1) if (value >= edges[i]!) return i === edges.length - 1 ? `${edges[i]}+` : `${edges[i]}`;
  return `<${edges[0]}`;
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The class of a word at the head (last word) of a name. */
function headClass(word: string): string | null {
  const k = key(word);
  if (COMPANY_SUFFIXES.has(k)) return 'company-suffix';
  if (ORGANIZATION_HEADS.has(k) || CLUB_HEADS.has(k)) return 'org-head';
  if (OUTLET_HEADS.has(k)) return 'outlet-head';
  if (EVENT_HEADS.has(k)) return 'event-head';
  if (PLACE_HEADS.has(k)) return 'place-head';
  if (isPersonRoleNoun(k) || TITLE_WORDS.has(k)) return 'role-noun';
  return null;
}

/** The class of the first word of a name. */
function firstClass(word: string): string | null {
  const k = key(word);
  if (k === 'the') return 'the';
  if (HONORIFICS.has(k)) return 'honorific';
  if (TITLE_WORDS.has(k)) return 'title';
  if (GIVEN_NAME_GENDER.has(k)) return 'gendered-given-name';
  if (GIVEN_NAMES.has(k)) return 'given-name';
  if (EVENT_PREFIX_HEADS.has(k)) return 'event-prefix';
  if (PLACE_PREFIX_HEADS.has(k)) return 'place-prefix';
  if (ORGANIZATION_PREFIX_HEADS.has(k)) return 'org-prefix';
  if (isPersonRoleNoun(k)) return 'role-noun';
  return null;
}

/** Features of the written name alone. */
function nameFeatures(entity: Entity, ids: Set<string>): void {
  const nameWords = words(entity.name);
  ids.add(`words=${bucket(nameWords.length, [1, 2, 3, 4])}`);
  if (nameWords.length === 1 && isAllCaps(entity.name)) ids.add('acronym');
  else if (nameWords.length > 1 && nameWords.every(isAllCaps)) ids.add('all-caps');
  if (/\p{N}/u.test(entity.name)) ids.add('has-digit');
  if (nameWords.slice(1).some((word) => /^\p{Ll}/u.test(word))) ids.add('lowercase-word-inside');
  const head = nameWords.at(-1);
  const first = nameWords[0];
  const headIs = head === undefined ? null : headClass(head);
  ids.add(`head=${headIs ?? 'other'}`);
  if (first !== undefined && nameWords.length > 1) {
    const firstIs = firstClass(first);
    if (firstIs !== null) ids.add(`first=${firstIs}`);
  }
  const inner = nameWords.slice(0, -1).map(key);
  if (inner.some((k) => ORGANIZATION_HEADS.has(k))) ids.add('org-word-inside');
  if (inner.some((k) => PLACE_HEADS.has(k))) ids.add('place-word-inside');
  if (SOCIAL_NETWORKS.has(nameKey(entity.name))) ids.add('social-network');
  const demonym = countryOfDemonym(entity.name) ?? (/s$/u.test(entity.name) ? countryOfDemonym(entity.name.slice(0, -1)) : undefined);
  if (demonym !== undefined) ids.add('demonym');
  // These words name no one alone (`Information`, `Kingdom`); inside a longer name they may (`Bank of England`).
  const firstKey = first === undefined ? '' : key(first);
  if (FUNCTION_WORDS.has(firstKey) || CALENDAR_WORDS.has(firstKey)) ids.add(nameWords.length === 1 ? 'lone-function-or-calendar-word' : 'first=function-or-calendar-word');
  if (nameWords.length === 1 && (LONE_COMMON_NOUNS.has(firstKey) || ROLE_DESCRIBING_WORDS.has(firstKey))) ids.add('lone-common-noun');
  if (NON_ENTITY_ACRONYMS.has(entity.name) || NON_ENTITY_ACRONYMS.has(nameKey(entity.name))) ids.add('non-entity-acronym');
}

/** Features of the gazetteer and the entity list. */
function knownFeatures(entity: Entity, ids: Set<string>): void {
  if (entity.listId !== undefined) ids.add('entity-list');
  const known = lookupKnownName(entity.name);
  if (known !== undefined) ids.add(`gazetteer=${known.kind}`);
  else {
    const alias = entity.aliases.map((name) => lookupKnownName(name)).find((hit) => hit !== undefined);
    if (alias !== undefined) ids.add(`alias-gazetteer=${alias.kind}`);
  }
  if (isLandName(entity.name)) ids.add('land-name');
  const nameWords = words(entity.name);
  if (nameWords.length > 1 && nameWords.some((word) => lookupKnownName(word)?.kind === 'place')) ids.add('place-name-inside');
}

/** Features of the other names the article uses for it: a surname alone (a person), an acronym (an organization). */
function aliasFeatures(entity: Entity, ids: Set<string>): void {
  const nameWords = words(entity.name);
  if (nameWords.length < 2) return;
  const last = key(nameWords.at(-1)!);
  for (const alias of entity.aliases) {
    const aliasWords = words(alias);
    if (aliasWords.length === 1 && key(aliasWords[0]!) === last) ids.add('alias=last-word');
    else if (aliasWords.length === 1 && isAllCaps(alias)) ids.add('alias=acronym');
  }
  if (entity.roles.length > 0) ids.add('has-role');
  if (entity.affiliations.length > 0) ids.add('has-affiliation');
}

/** A letter or a digit, in any script; ASCII first, since most text is. */
function isWordChar(c: string): boolean {
  if (c <= '\u007f') return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return c.toLowerCase() !== c.toUpperCase() || /\p{N}/u.test(c);
}

/** Characters a word may hold inside it: `O'Neil`, `U.S.`, `Niagara-on-the-Lake`. */
function isInnerChar(c: string): boolean {
  return c === "'" || c === '’' || c === '.' || c === '-';
}

/** The last word of a window, scanning back from its end; null at a quote (FILL) or when there is none. */
function lastWordOf(window: string): string | null {
  let end = window.length;
  while (end > 0 && !isWordChar(window[end - 1]!)) {
    if (window[end - 1] === FILL) return null;
    end -= 1;
  }
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && (isWordChar(window[start - 1]!) || isInnerChar(window[start - 1]!))) start -= 1;
  while (!isWordChar(window[start]!)) start += 1;
  return window.slice(start, end);
}

/** The first word of a window, scanning from its start; null at a quote (FILL) or when there is none. */
function firstWordOf(window: string): string | null {
  let start = 0;
  while (start < window.length && !isWordChar(window[start]!)) {
    if (window[start] === FILL) return null;
    start += 1;
  }
  if (start === window.length) return null;
  let end = start + 1;
  while (end < window.length && (isWordChar(window[end]!) || isInnerChar(window[end]!))) end += 1;
  return window.slice(start, end);
}

/** What one mention's surroundings in the narration say; ids without the `ctx:` prefix. */
function mentionContext(narrated: string, mention: EntityMention): string[] {
  const found: string[] = [];
  const before = narrated.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start);
  const after = narrated.slice(mention.end, Math.min(narrated.length, mention.end + CONTEXT_CHARS));
  countWork(before.length + after.length + 1);
  const previous = lastWordOf(before);
  const previousKey = previous === null ? null : key(previous);
  const nearBefore = before.replace(/\s+$/u, '');
  if (nearBefore.endsWith(FILL)) found.push('after-quote');
  else if (nearBefore === '' || /[.!?:;]$/u.test(nearBefore)) found.push('sentence-start');
  if (previousKey !== null && !/[.!?:;,\u0000]$/u.test(nearBefore)) {
    if (LOCATIVE_PREPOSITIONS.has(previousKey)) found.push('prev=locative');
    else if (previousKey === 'the') found.push('prev=the');
    else if (previousKey === 'of') found.push('prev=of');
    else if (AGENT_PREPOSITIONS.has(previousKey)) found.push('prev=agent');
    else if (isPersonRoleNoun(previousKey) || TITLE_WORDS.has(previousKey)) found.push('prev=person-role');
    else if (ORGANIZATION_ROLE_NOUNS.has(previousKey) || PLACE_ROLE_NOUNS.has(previousKey)) found.push('prev=other-role');
  }
  if (/^['’]s?\b/u.test(after)) found.push('possessive');
  const fill = after.indexOf(FILL);
  const afterText = fill < 0 ? after : after.slice(0, fill);
  const nextWord = firstWordOf(afterText);
  const next = nextWord === null ? null : key(nextWord);
  if (/^\s*,\s*\d{1,3}\s*,/u.test(afterText)) found.push('next=age');
  else if (/^\s*,\s*(?:a|an|the|who)\b/u.test(afterText)) found.push('next=appositive');
  if (next !== null && !/^\s*[,.;:]/u.test(afterText)) {
    if (REPORTING_VERB_BY_FORM.has(next)) found.push('next=reporting-verb');
    else if (next === 'who') found.push('next=who');
    else if (next === 'which') found.push('next=which');
    const nextHead = headClass(nextWord!);
    if (nextHead === 'org-head' || nextHead === 'place-head' || nextHead === 'event-head') found.push(`next=${nextHead}`);
  }
  if (nextWord === null && afterText.trim() === '' && before.trim() === '') found.push('alone-in-block');
  return found;
}

/** Narrations of the blocks that hold mentions, each computed once (one pass over the quotes, one per block read). */
function narrationsOf(text: ArticleText, extraction: Extraction): (ref: BlockRef) => string {
  const blockId = (ref: BlockRef): string => `${ref.block}:${ref.paragraph}`;
  const quotesByBlock = new Map<string, { start: number; end: number }[]>();
  for (const quote of extraction.quotes) {
    const list = quotesByBlock.get(blockId(quote)) ?? [];
    list.push({ start: quote.start, end: quote.end });
    quotesByBlock.set(blockId(quote), list);
  }
  const cache = new Map<string, string>();
  return (ref) => {
    const id = blockId(ref);
    let narrated = cache.get(id);
    if (narrated === undefined) {
      const quotes = quotesByBlock.get(id);
      // A block without quotes is all narration: no copy needed.
      narrated = quotes === undefined ? blockText(text, ref) : narration(blockText(text, ref), quotes);
      countWork(narrated.length + 1);
      cache.set(id, narrated);
    }
    return narrated;
  };
}

/** Features of how the article uses the entity's mentions. */
function mentionFeatures(mentions: readonly EntityMention[], narrationOf: (ref: BlockRef) => string, ids: Set<string>): void {
  ids.add(`mentions=${bucket(mentions.length, [0, 1, 2, 3, 6])}`);
  if (mentions.length === 0) return;
  let body = 0;
  let inQuotes = 0;
  let byRole = 0;
  let sentenceStart = 0;
  const contexts = new Set<string>();
  for (const mention of mentions) {
    if (mention.block === 'body') body += 1;
    if (mention.form === 'role') {
      byRole += 1;
      continue;
    }
    const narrated = narrationOf(mention);
    if (narrated[mention.start] === FILL) {
      inQuotes += 1;
      continue;
    }
    for (const context of mentionContext(narrated, mention)) {
      if (context === 'sentence-start') sentenceStart += 1;
      else contexts.add(context);
    }
  }
  const named = mentions.length - byRole;
  if (body === 0) ids.add('title-caption-only');
  if (byRole > 0) ids.add('form=role');
  if (named > 0 && inQuotes === named) ids.add('inside-quotes-only');
  else if (inQuotes > 0) ids.add('inside-quotes-some');
  const outsideQuotes = named - inQuotes;
  if (outsideQuotes > 0 && sentenceStart === outsideQuotes) ids.add('sentence-start-only');
  for (const context of contexts) ids.add(`ctx:${context}`);
}

/** The entity speaks a quote or a statement in the rules' reading. */
function speakerIds(extraction: Extraction): Set<string> {
  const ids = new Set<string>();
  for (const quote of extraction.quotes) if (quote.speakerId !== null) ids.add(quote.speakerId);
  for (const statement of extraction.statements) if (statement.speakerId !== null) ids.add(statement.speakerId);
  return ids;
}

/**
 * The strongest single pieces of evidence, also crossed with the rules'
 * kind: the same cue means different things per kind (`in X` says little of
 * a place, much of a "person"). Crossing every feature doubled the training
 * time and changed no figure under cross-validation.
 */
const CROSSED: readonly string[] = [
  'gazetteer=person', 'gazetteer=organization', 'gazetteer=place', 'ctx:prev=locative', 'ctx:next=reporting-verb',
  'head=other', 'words=1', 'speaker', 'inside-quotes-only', 'title-caption-only', 'social-network',
];

function crossWithRulesKind(kind: string, ids: Set<string>): void {
  for (const id of CROSSED) if (ids.has(id)) ids.add(`rules-kind=${kind}&${id}`);
}

/** One feature vector per entity of the extraction, in the order of `extraction.entities`. */
export function entityFeatures(extraction: Extraction, text: ArticleText): FeatureVector[] {
  const narrationOf = narrationsOf(text, extraction);
  const byEntity = new Map<string, EntityMention[]>();
  for (const mention of extraction.mentions) {
    const list = byEntity.get(mention.entityId) ?? [];
    list.push(mention);
    byEntity.set(mention.entityId, list);
  }
  const speakers = speakerIds(extraction);
  return extraction.entities.map((entity) => {
    const ids = new Set<string>([`rules-kind=${entity.kind}`]);
    nameFeatures(entity, ids);
    knownFeatures(entity, ids);
    aliasFeatures(entity, ids);
    mentionFeatures(byEntity.get(entity.id) ?? [], narrationOf, ids);
    if (speakers.has(entity.id)) ids.add('speaker');
    crossWithRulesKind(entity.kind, ids);
    const vector: Record<string, number> = {};
    for (const id of ids) vector[id] = 1;
    return vector;
  });
}
