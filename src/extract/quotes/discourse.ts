import {
  DOCUMENT_MODIFIERS,
  DOCUMENT_NOUNS,
  GENDERED_HONORIFICS,
  GENDERED_PRONOUNS,
  GENDERED_ROLE_NOUNS,
  GIVEN_NAME_GENDER,
  MOSTLY_MALE_ROLE_NOUNS,
  COMPANY_NAME_HEADS,
  COMPANY_NOUNS,
  INDEFINITE_OPENERS,
  KIN_NOUNS,
  POSSESSIVE_DETERMINERS,
  SPOKESPERSON_NOUNS,
  UNNAMED_PERSON_NOUNS,
  RELATIVE_OPENERS,
  type Gender,
  type PronounReading,
} from '../lexicon/discourse-words.ts';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import type { Entity, EntityKind, EntityMention } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { invertedAfterQuote, isReportedClauseSubject, isSubjectPosition } from './subject-position.ts';
import { speaksPastUnclosedAppositive } from './cue-finders.ts';
import { isLowerWord, isPossessive } from './tokenize.ts';

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
  /** The gender its own honorific gives (`Mrs. Clinton`), whatever the entity's: two people may share a surname. */
  gender?: Gender;
  /** Named as the author of a document: `the CDC report`, `Acme's statement`. */
  documentOwner: boolean;
  /** A reporting verb (`said`, `was asked`) follows in its sentence: the person is being heard from. */
  speaks?: boolean;
  /** Character offset where its sentence starts, to tell objects of the subject's own clause. */
  sentenceStart?: number;
}

export interface Discourse {
  events: DiscourseEvent[];
  gender: Map<string, Gender>;
  /** Kin noun -> the one person the entity finder learned with that role (`Albert Hale, Michael's father`). */
  personByKin: ReadonlyMap<string, string>;
}

/** Tokens after which a possessive kin noun may be the subject of a new clause. */
const CLAUSE_HEADS: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'then', 'now', 'meanwhile', '—', '–']);

/** Id prefix of a person the text refers to without naming (`his father`): it can block a pronoun but never speak. */
const UNNAMED_PREFIX = 'unnamed:';

/** `Angela Paxton, R-McKinney,`: the name after a party letter and hyphen is a home town, never someone to refer back to. */
const PARTY_AFFILIATION_BEFORE = /(?:^|[^\p{L}])[RDI]-$/u;

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
  const personByKin = peopleByKinRole(entityById);
  // Genders read from a given name or a pronoun; an honorific or a gendered role overrides them.
  const weakGender = new Set<string>();
  const learn = (id: string, found: Gender | undefined, strong: boolean): void => {
    if (found === undefined || (gender.has(id) && (!strong || !weakGender.has(id)))) return;
    gender.set(id, found);
    if (strong) weakGender.delete(id);
    else weakGender.add(id);
  };
  const isPersonMention = (mention: EntityMention): boolean => entityById.get(mention.entityId)?.kind === 'person';
  for (const block of blocks) {
    const { tokens, depth, mentionStarting } = block;
    let sentencePeople = new Set<string>();
    let previousPeople = new Set<string>();
    let sentence = -1;
    let inRelative = false;
    for (let i = 0; i < tokens.length; i += 1) {
      if (block.sentenceStart[i] !== sentence) {
        sentence = block.sentenceStart[i]!;
        previousPeople = sentencePeople;
        sentencePeople = new Set();
        inRelative = false;
      }
      if (depth[i] !== 0) continue;
      const lower = tokens[i]!.lower;
      if (lower === ',') inRelative = false;
      else if (RELATIVE_OPENERS.has(lower) && tokens[i - 1]?.text === ',') inRelative = true;
      const pronounGender = GENDERED_PRONOUNS.get(lower);
      if (pronounGender !== undefined && !inRelative && sentencePeople.size === 1) {
        const [only] = sentencePeople;
        if (only !== undefined) learn(only, pronounGender, false);
      }
      // `Dolores Whitfield spoke next. She said …`: a pronoun opening the next sentence of the paragraph
      // is the one person the sentence before named.
      if (pronounGender !== undefined && block.sentenceStart[i] === i && sentencePeople.size === 0 && previousPeople.size === 1) {
        const [only] = previousPeople;
        if (only !== undefined) learn(only, pronounGender, false);
      }
      const mention = mentionStarting[i];
      if (mention === undefined) {
        const unnamed = inRelative ? null : (unnamedKinSubject(block, i) ?? unnamedIndefiniteSubject(block, i, { events, gender, personByKin }, entityById));
        if (unnamed !== null) {
          // `his father`, when exactly one person was introduced as someone's father, is that person.
          const known = personByKin.get(block.tokens[i + 1]!.lower);
          if (known !== undefined) unnamed.event.entityId = known;
          events.push(unnamed.event);
          if (unnamed.gender !== undefined && !gender.has(unnamed.event.entityId)) gender.set(unnamed.event.entityId, unnamed.gender);
        }
        continue;
      }
      const entity = entityById.get(mention.entityId);
      if (entity === undefined || (entity.kind !== 'person' && entity.kind !== 'organization')) continue;
      // `announced Rs10 billion`: a "person" with a digit in the name is a misread amount; no pronoun refers to it.
      if (entity.kind === 'person' && /\d/u.test(entity.name)) continue;
      if (PARTY_AFFILIATION_BEFORE.test(block.text.slice(Math.max(0, mention.start - 3), mention.start))) continue;
      const last = lastTokenOf(block, i, mention.end);
      const possessive = /^['’]/u.test(block.text.slice(mention.end, mention.end + 1)) || isPossessive(tokens[last]!);
      const ownGender = entity.kind === 'person' ? honorificGender(block, i) : undefined;
      if (entity.kind === 'person') {
        // `Castellanos's post … his story`: the pronoun after a possessive name is about someone else.
        if (!possessive) sentencePeople.add(entity.id);
        learn(entity.id, ownGender, true);
        learn(entity.id, roleGender(entity), true);
        learn(entity.id, givenNameGender(entity), false);
        if (entity.roles.some((role) => MOSTLY_MALE_ROLE_NOUNS.has(roleHead(role)))) learn(entity.id, 'male', false);
      }
      events.push({
        order: block.order,
        start: mention.start,
        entityId: entity.id,
        kind: entity.kind,
        // `Stam says Rooney's stardom is …`: a name in the possessive owns the subject and is not it.
        salient: (!possessive && isSubjectPosition(block, i, last) && !isReportedClauseSubject(block, i, last)) || namedAsSource(block, i) ||
          (!possessive && speaksPastUnclosedAppositive(block, i, isPersonMention)),
        documentOwner: ownsDocument(block, last),
        gender: ownGender,
        speaks: reportingVerbFollows(block, last),
        sentenceStart: tokens[block.sentenceStart[i]!]!.start,
      });
    }
  }
  return { events, gender, personByKin };
}

function peopleByKinRole(entityById: ReadonlyMap<string, Entity>): Map<string, string> {
  const found = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const entity of entityById.values()) {
    if (entity.kind !== 'person') continue;
    for (const role of entity.roles) {
      const noun = role.split(/\s+/u).pop()?.toLowerCase() ?? '';
      if (!KIN_NOUNS.has(noun)) continue;
      if (found.has(noun) && found.get(noun) !== entity.id) ambiguous.add(noun);
      else found.set(noun, entity.id);
    }
  }
  for (const noun of ambiguous) found.delete(noun);
  return found;
}

/** `According to Dr Helen Marsden, …`, `according to the ministry`: the source of what follows, as good an antecedent as a subject. */
function namedAsSource(block: AnalyzedBlock, first: number): boolean {
  const { tokens } = block;
  // `according to the Elk Grove Police Department`: the article is not part of the name.
  const at = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  return tokens[at - 1]?.lower === 'to' && tokens[at - 2]?.lower === 'according';
}

function roleHead(role: string): string {
  return role.split(/\s+/u).pop()?.toLowerCase() ?? '';
}

function roleGender(entity: Entity): Gender | undefined {
  for (const role of entity.roles) {
    const found = GENDERED_ROLE_NOUNS.get(roleHead(role));
    if (found !== undefined) return found;
  }
  return undefined;
}

function givenNameGender(entity: Entity): Gender | undefined {
  const words = entity.name.split(/\s+/u);
  if (words.length < 2) return undefined;
  for (const word of words.slice(0, -1)) {
    const lower = word.toLowerCase().replace(/\.$/u, '');
    if (GENDERED_HONORIFICS.has(lower)) continue;
    return GIVEN_NAME_GENDER.get(lower);
  }
  return undefined;
}

/**
 * Token i opens a sentence or a clause (after a comma, `and`, `but`, …), or
 * follows a verb of speech put first after a quote (`"…," said his father`,
 * `"…," said a senior analyst at Nomura`): where an unnamed person is the subject.
 */
function headsClause(block: AnalyzedBlock, i: number): boolean {
  const before = block.tokens[i - 1];
  if (block.sentenceStart[i] === i || before === undefined || CLAUSE_HEADS.has(before.lower)) return true;
  return REPORTING_VERB_BY_FORM.has(before.lower) && invertedAfterQuote(block, i - 1);
}

/**
 * `His father is more philosophical.`: a person the text does not name, as the
 * subject of a clause. Recorded so that a later `he says` is not handed to an
 * earlier speaker; it resolves to no one.
 */
function unnamedKinSubject(block: AnalyzedBlock, i: number): { event: DiscourseEvent; gender: Gender } | null {
  const { tokens } = block;
  if (!POSSESSIVE_DETERMINERS.has(tokens[i]!.lower)) return null;
  // Only at the head of a clause: `… plays her brother` is an object.
  if (!headsClause(block, i)) return null;
  const noun = tokens[i + 1];
  if (noun === undefined || block.depth[i + 1] !== 0 || !KIN_NOUNS.has(noun.lower)) return null;
  // `his son Michael`: the name that follows is the person, and the entity finder has it.
  if (block.mentionStarting[i + 2] !== undefined || block.mentionStarting[i + 1] !== undefined) return null;
  if (!isSubjectPosition(block, i, i + 1)) return null;
  const found = GENDERED_ROLE_NOUNS.get(noun.lower);
  if (found === undefined) return null;
  const start = tokens[i]!.start;
  return {
    event: { order: block.order, start, entityId: `${UNNAMED_PREFIX}${block.order}:${start}`, kind: 'person', salient: true, documentOwner: false },
    gender: found,
  };
}

/** How many words may stand between `a` and the person noun: `a senior government official`. */
const MAX_INDEFINITE_MODIFIERS = 3;
/** How far after the noun a name may follow and make the person named after all: `an analyst at Acme, Jo Bell, said`. */
const NAME_LOOKAHEAD = 10;

/** Tokens read back for the comma of an appositive: a sentence of a megabyte costs no more than a short one. */
const APPOSITIVE_REACH_BACK = 45;

/** The nearest comma before token `i` in its sentence follows a name: `i` is in an appositive to that name. */
function insideAppositive(block: AnalyzedBlock, i: number): boolean {
  for (let k = i - 1; k >= Math.max(block.sentenceStart[i]!, i - APPOSITIVE_REACH_BACK); k -= 1) {
    if (block.tokens[k]!.text === ',' && block.depth[k] === 0) return block.mentionEnding[k - 1] !== undefined;
  }
  return false;
}

function isPersonNoun(lower: string): boolean {
  return UNNAMED_PERSON_NOUNS.has(lower) || PERSON_ROLE_NOUNS.has(lower) || SPOKESPERSON_NOUNS.has(lower);
}

function isLowerPersonNoun(token: AnalyzedBlock['tokens'][number] | undefined): boolean {
  return isLowerWord(token) && isPersonNoun(token!.lower);
}

/**
 * `Another analyst, who asked not to be named, said …`, `One man shouted`: an
 * unnamed person as the subject of a clause. A later `he said` refers to them,
 * so it resolves to no one instead of an earlier speaker. An unnamed
 * spokesperson (`a council spokeswoman`, `a spokesman for Acme`) stands for
 * the organization, which the corpus takes as the speaker.
 */
function unnamedIndefiniteSubject(
  block: AnalyzedBlock,
  i: number,
  discourse: Discourse,
  entityById: ReadonlyMap<string, Entity>,
): { event: DiscourseEvent; gender: Gender | undefined } | null {
  const { tokens } = block;
  if (!INDEFINITE_OPENERS.has(tokens[i]!.lower)) return null;
  if (!headsClause(block, i)) return null;
  // `Reyes, a spokesman with Northwind,`, `Jeb Bush, the former governor and a Republican candidate,`: an
  // appositive describes the name before it.
  if (insideAppositive(block, i)) return null;
  let head = -1;
  let organization: Entity | undefined;
  let organizationNoun: string | undefined;
  for (let j = i + 1; j <= i + 1 + MAX_INDEFINITE_MODIFIERS && j < tokens.length; j += 1) {
    const token = tokens[j]!;
    if (!token.isWord || block.depth[j] !== 0) return null;
    const mention = block.mentionStarting[j];
    if (mention !== undefined) {
      const entity = entityById.get(mention.entityId);
      if (entity?.kind !== 'organization') return null;
      organization = entity;
      j = lastTokenOf(block, j, mention.end);
      continue;
    }
    // `An Inland division spokesman`: a capitalized word no entity was found for names the body loosely.
    if (token.text[0] !== token.text[0]!.toLowerCase()) continue;
    if (isPersonNoun(token.lower)) {
      // `an executive spokeswoman`, `a police officer`: the last of a run of such nouns is the head.
      head = j;
      while (isLowerPersonNoun(tokens[head + 1]) && block.depth[head + 1] === 0) head += 1;
      organizationNoun = tokens[head - 1]!.lower;
      break;
    }
  }
  if (head < 0) return null;
  let last = head;
  for (let k = head + 1; k < Math.min(tokens.length, head + NAME_LOOKAHEAD); k += 1) {
    // `a spokeswoman insisted Mr McConnell had …`: a name after the verb is no name of the spokeswoman.
    if (REPORTING_VERB_BY_FORM.has(tokens[k]!.lower)) break;
    const mention = block.mentionStarting[k];
    if (mention === undefined) continue;
    const entity = entityById.get(mention.entityId);
    if (entity?.kind === 'person') return null;
    // `a spokesman for Acme`, `a spokesman for the Association of …`: the organization follows the noun.
    const at = tokens[head + 2]?.lower === 'the' ? head + 3 : head + 2;
    if (entity?.kind === 'organization' && k === at && ['for', 'at', 'with', 'of'].includes(tokens[head + 1]!.lower)) {
      organization ??= entity;
      last = lastTokenOf(block, k, mention.end);
      // `(Apacs)`: the body's short name in brackets after it.
      if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')') last += 3;
    }
  }
  if (!isSubjectPosition(block, i, last)) return null;
  const noun = tokens[head]!.lower;
  const start = tokens[i]!.start;
  const found = GENDERED_ROLE_NOUNS.get(noun) ?? UNNAMED_PERSON_NOUNS.get(noun);
  let id = `${UNNAMED_PREFIX}${block.order}:${start}`;
  if (SPOKESPERSON_NOUNS.has(noun)) {
    if (organization === undefined && organizationNoun !== undefined) {
      const resolved = resolveOrganizationNoun(discourse, entityById, organizationNoun, block.order, start);
      if (resolved !== null && resolved.certainty >= 0.8) organization = resolved.entity;
    }
    if (organization !== undefined) id = organization.id;
  }
  return { event: { order: block.order, start, entityId: id, kind: 'person', salient: true, documentOwner: false }, gender: found };
}

/** How far after a name a reporting verb makes it a speaker: `Pryce, asked whether …, said`. */
const SPEAKS_WINDOW = 30;

function reportingVerbFollows(block: AnalyzedBlock, last: number): boolean {
  const end = Math.min(block.tokens.length, last + SPEAKS_WINDOW, block.sentenceEnd[last] ?? block.tokens.length);
  for (let k = last + 1; k < end; k += 1) {
    if (block.depth[k] === 0 && REPORTING_VERB_BY_FORM.has(block.tokens[k]!.lower)) return true;
  }
  return false;
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
  const lastToken = tokens[last];
  if (lastToken !== undefined && isPossessive(lastToken) && DOCUMENT_NOUNS.has(tokens[last + 1]?.lower ?? '')) return true;
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
 * entity of a fitting kind and gender. When another fitting entity was
 * named in between, the answer is kept but marked unsure.
 */
export function resolvePronoun(
  discourse: Discourse,
  entityById: ReadonlyMap<string, Entity>,
  reading: PronounReading,
  order: number,
  start: number,
): Resolution | null {
  const { events, gender } = discourse;
  // A mention's own honorific decides before the entity's gender: `Mrs. Clinton` is no `he`, whatever `Mr. Clinton` said.
  const genderOf = (event: DiscourseEvent): Gender | undefined => event.gender ?? gender.get(event.entityId);
  const fits = (event: DiscourseEvent): boolean =>
    reading.kinds.includes(event.kind) && (reading.gender === undefined || (genderOf(event) ?? reading.gender) === reading.gender);
  const knownGender = (event: DiscourseEvent): boolean => reading.gender !== undefined && genderOf(event) === reading.gender;
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
      // A nearer subject of unknown gender was introduced after this one: the
      // newest person is the likelier referent, sure only when just introduced.
      if (unknownSubject !== undefined && unknownSubject.entityId !== event.entityId) {
        const fresh = order - unknownSubject.order <= 1 && rivalsOfUnknown === 0 && unknownSubject.speaks === true;
        return resolution(entityById, unknownSubject, Math.min(reading.certainty, fresh ? FRESH_SUBJECT_CERTAINTY : UNSURE_CERTAINTY));
      }
      rivals.delete(event.entityId);
      // `Bellandi was asked about Salvador. "…," he said`: a name later in the subject's own sentence is its object.
      for (const id of objectsOf(events, i, from)) rivals.delete(id);
      const others = rivalCount(entityById, rivals, event.entityId);
      return resolution(entityById, event, others === 0 ? reading.certainty : Math.min(reading.certainty, UNSURE_CERTAINTY));
    }
    if (event.salient && unknownSubject === undefined) {
      unknownSubject = event;
      rivals.delete(event.entityId);
      for (const id of objectsOf(events, i, from)) rivals.delete(id);
      rivalsOfUnknown = rivalCount(entityById, rivals, event.entityId);
    }
    if (event.entityId !== unknownSubject?.entityId) rivals.add(event.entityId);
  }
  if (unknownSubject !== undefined) {
    return resolution(entityById, unknownSubject, rivalsOfUnknown === 0 ? reading.certainty : Math.min(reading.certainty, UNSURE_CERTAINTY));
  }
  // No subject to point at: fall back to a lone candidate named just before.
  if (nearestFitting !== undefined && rivals.size === 1 && order - nearestFitting.order <= 1) {
    return resolution(entityById, nearestFitting, Math.min(reading.certainty, 0.6));
  }
  if (reading.gender === undefined) return null;
  if (nearestFitting !== undefined) return dominantPerson(discourse, entityById, reading, order, from);
  // A profile that has named only one person so far, far back: `he says` is still them.
  let only: DiscourseEvent | undefined;
  for (let i = from - 1; i >= Math.max(0, from - MAX_PROFILE_EVENTS_BACK); i -= 1) {
    const event = events[i]!;
    if (event.kind !== 'person') continue;
    if (event.entityId.startsWith(UNNAMED_PREFIX)) return null;
    if (only !== undefined && event.entityId !== only.entityId) return dominantPerson(discourse, entityById, reading, order, from);
    only = event;
  }
  return only === undefined || !fits(only) ? null : resolution(entityById, only, Math.min(reading.certainty, PROFILE_CERTAINTY));
}

/** Ids of the non-subject names after event i in its own sentence, up to event `to`, unless named again as a subject or outside it. */
function objectsOf(events: readonly DiscourseEvent[], i: number, to: number): Set<string> {
  const subject = events[i]!;
  const inSentence = new Set<string>();
  const elsewhere = new Set<string>();
  for (let k = i + 1; k < to; k += 1) {
    const event = events[k]!;
    const same = event.order === subject.order && event.sentenceStart !== undefined && event.sentenceStart === subject.sentenceStart;
    if (same && !event.salient) inSentence.add(event.entityId);
    else elsewhere.add(event.entityId);
  }
  for (const id of elsewhere) inSentence.delete(id);
  return inSentence;
}

/** How many times more often than anyone else the interviewee of a profile is named. */
const DOMINANT_FACTOR = 2;
/** The fewest mentions that make a person the one an article is about. */
const DOMINANT_MIN_MENTIONS = 3;

/**
 * `he says`, paragraphs after the subject of a profile or interview was last
 * named, with no one else in between: the person the article is about, named
 * far more often than anyone else and of the pronoun's gender. Anyone met
 * nearby since the interviewee was last named who could be the referent (a
 * person of that gender, a subject of unknown gender, `his partner`) leaves
 * the pronoun unresolved.
 */
function dominantPerson(
  discourse: Discourse,
  entityById: ReadonlyMap<string, Entity>,
  reading: PronounReading,
  order: number,
  from: number,
): Resolution | null {
  if (!reading.kinds.includes('person')) return null;
  let dominant: Entity | undefined;
  let runnerUp = 0;
  for (const entity of entityById.values()) {
    if (entity.kind !== 'person') continue;
    if (dominant === undefined || entity.mentions > dominant.mentions) {
      runnerUp = Math.max(runnerUp, dominant?.mentions ?? 0);
      dominant = entity;
    } else runnerUp = Math.max(runnerUp, entity.mentions);
  }
  if (dominant === undefined || dominant.mentions < DOMINANT_MIN_MENTIONS || dominant.mentions < DOMINANT_FACTOR * runnerUp) return null;
  if (discourse.gender.get(dominant.id) !== reading.gender) return null;
  for (let i = from - 1; i >= Math.max(0, from - MAX_PROFILE_EVENTS_BACK); i -= 1) {
    const event = discourse.events[i]!;
    if (event.entityId === dominant.id) return { entity: dominant, certainty: Math.min(reading.certainty, PROFILE_CERTAINTY) };
    if (order - event.order > MAX_BLOCK_DISTANCE || event.kind !== 'person') continue;
    // A nearby person of the pronoun's gender, or a subject whose gender is unknown, could be meant.
    const known = discourse.gender.get(event.entityId);
    if (known === reading.gender || (known === undefined && event.salient)) return null;
  }
  return null;
}

/** How far back the one-person profile fallback looks; bounds the work per pronoun. */
const MAX_PROFILE_EVENTS_BACK = 300;
/** Certainty of a pronoun read as the only person the article has named. */
const PROFILE_CERTAINTY = 0.6;

/** Certainty when another fitting person stands between the pronoun and its antecedent: below acceptance. */
const UNSURE_CERTAINTY = 0.45;
/** Certainty for a subject of unknown gender introduced in this or the previous paragraph, past an older speaker. */
const FRESH_SUBJECT_CERTAINTY = 0.6;

/** Rivals other than the chosen entity, a bare surname of it (`Castellanos` for `Maya Castellanos`) not counted. */
function rivalCount(entityById: ReadonlyMap<string, Entity>, rivals: ReadonlySet<string>, chosenId: string): number {
  const chosen = entityById.get(chosenId);
  let count = 0;
  for (const id of rivals) {
    const other = entityById.get(id);
    if (chosen !== undefined && other !== undefined && sameSurname(chosen.name, other.name)) continue;
    count += 1;
  }
  return count;
}

function sameSurname(a: string, b: string): boolean {
  const wordsA = a.split(/\s+/u);
  const wordsB = b.split(/\s+/u);
  if (wordsA.length > 1 && wordsB.length > 1) return false;
  return wordsA[wordsA.length - 1] === wordsB[wordsB.length - 1];
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
  let rivalSpoke = false;
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = events[i]!;
    if (order - event.order > MAX_BLOCK_DISTANCE) break;
    if (event.kind !== 'organization') continue;
    if (event.documentOwner) {
      const entity = entityById.get(event.entityId);
      return entity === undefined ? null : { entity, certainty: 0.9 };
    }
    if (!event.salient) continue;
    salientOrganization ??= event;
    // `the statement said` after both the union and the employers spoke: either could have issued it.
    // One that spoke in the cue's own paragraph (`X praised the vote in a statement. "…," the statement said`) is sure.
    if (event.entityId !== salientOrganization.entityId && salientOrganization.order !== order) rivalSpoke = true;
  }
  if (salientOrganization === undefined) return null;
  const entity = entityById.get(salientOrganization.entityId);
  return entity === undefined ? null : { entity, certainty: rivalSpoke ? UNSURE_CERTAINTY : 0.8 };
}

/**
 * The organization behind `the company` / `the council` as a speaker: the most
 * recent organization the article gave that role (`the start-up Vantix`) or
 * whose name ends in that noun (`Suffolk County Council`). A second such
 * organization nearby makes the answer unsure.
 */
export function resolveOrganizationNoun(
  discourse: Discourse,
  entityById: ReadonlyMap<string, Entity>,
  noun: string,
  order: number,
  start: number,
): Resolution | null {
  const { events } = discourse;
  const from = firstEventFrom(events, order, start);
  let found: Entity | undefined;
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = events[i]!;
    if (order - event.order > MAX_BLOCK_DISTANCE) break;
    if (event.kind !== 'organization' || event.entityId === found?.id) continue;
    const entity = entityById.get(event.entityId);
    if (entity === undefined || !fitsOrganizationNoun(entity, noun)) continue;
    if (found !== undefined) {
      // Two companies nearby: the article's main one, if it is one of them, else no one for sure.
      const main = mainOrganization(entityById);
      const chosen = main?.id === entity.id ? entity : found;
      return { entity: chosen, certainty: main?.id === chosen.id ? 0.85 : 0.5 };
    }
    found = entity;
  }
  if (found === undefined) return onlyOrganizationCalled(discourse, entityById, noun, from) ?? onlyOrganizationNearby(discourse, order, from, entityById);
  if (!COMPANY_NOUNS.has(noun)) return { entity: found, certainty: 0.85 };
  // `the company said` in an article about another, more often named, organization: that one, if it can be a company.
  const main = mainOrganization(entityById);
  if (main === undefined || main.id === found.id || main.mentions <= found.mentions) return { entity: found, certainty: 0.85 };
  return fitsOrganizationNoun(main, noun) ? { entity: main, certainty: 0.8 } : { entity: found, certainty: 0.5 };
}

/** How many paragraphs back the lone organization that spoke may stand: this one or the one before. */
const LONE_ORGANIZATION_BLOCKS = 1;
/** Certainty of `the agency said` read as the only organization near it, whose name does not say `agency`. */
const LONE_ORGANIZATION_CERTAINTY = 0.65;

/**
 * `Starlight said the suit was …` then `"…," the agency said`: when no
 * organization's name or role fits the noun, the one organization named in
 * this or the previous paragraph, as a subject, is meant. Any other
 * organization named there leaves it unresolved.
 */
function onlyOrganizationNearby(discourse: Discourse, order: number, from: number, entityById: ReadonlyMap<string, Entity>): Resolution | null {
  let found: DiscourseEvent | undefined;
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = discourse.events[i]!;
    if (order - event.order > LONE_ORGANIZATION_BLOCKS) break;
    if (event.kind !== 'organization' || event.entityId === found?.entityId) continue;
    if (found !== undefined) return null;
    found = event;
  }
  if (found === undefined || !found.salient) return null;
  return resolution(entityById, found, LONE_ORGANIZATION_CERTAINTY);
}

/**
 * `The Home Office defended the measures. A spokesman said: "…"`: a
 * spokesperson introduced with no body (`a spokesman`) speaks for the
 * organization that is the nearest subject, in this or the previous
 * paragraph. A person as the nearer subject (`Mr Blair visited Accra. A
 * spokesman said` is his), a second subject beside it, or none leaves them
 * no one.
 */
export function resolveUnnamedSpokesperson(discourse: Discourse, entityById: ReadonlyMap<string, Entity>, order: number, start: number): Resolution | null {
  const from = firstEventFrom(discourse.events, order, start);
  for (let i = from - 1; i >= Math.max(0, from - MAX_EVENTS_BACK); i -= 1) {
    const event = discourse.events[i]!;
    if (order - event.order > LONE_ORGANIZATION_BLOCKS) break;
    if (!event.salient) continue;
    if (event.kind !== 'organization' || coSubjectOf(discourse.events, i)) return null;
    return resolution(entityById, event, LONE_ORGANIZATION_CERTAINTY);
  }
  return null;
}

/**
 * `The authority and the police met`: another person or organization named
 * before the subject in its sentence, whom the spokesperson could speak for
 * as well.
 */
function coSubjectOf(events: readonly DiscourseEvent[], i: number): boolean {
  const event = events[i]!;
  // Bounded as every walk back is: a megabyte of one sentence costs no more per spokesperson.
  for (let k = i - 1; k >= Math.max(0, i - MAX_EVENTS_BACK); k -= 1) {
    const other = events[k]!;
    if (other.order !== event.order || other.sentenceStart !== event.sentenceStart) return false;
    if ((other.kind === 'organization' || other.kind === 'person') && other.entityId !== event.entityId) return true;
  }
  return false;
}

/** How far back, in events, an organization named long before may be looked for; bounds the work per reference. */
const MAX_ORGANIZATION_EVENTS_BACK = 300;

/**
 * `A council spokeswoman said`, many paragraphs after `Kinross Shire Council`
 * was last named: the one organization met so far whose own name or role ends
 * in the noun. A second such organization leaves it unresolved.
 */
function onlyOrganizationCalled(discourse: Discourse, entityById: ReadonlyMap<string, Entity>, noun: string, from: number): Resolution | null {
  let found: Entity | undefined;
  for (let i = from - 1; i >= Math.max(0, from - MAX_ORGANIZATION_EVENTS_BACK); i -= 1) {
    const event = discourse.events[i]!;
    if (event.kind !== 'organization' || event.entityId === found?.id) continue;
    const entity = entityById.get(event.entityId);
    if (entity === undefined || !calledBy(entity, noun)) continue;
    if (found !== undefined) return null;
    found = entity;
  }
  return found === undefined ? null : { entity: found, certainty: 0.8 };
}

/** The organization's own name or a role the article gave it ends in the noun, or heads it: `Kinross Shire Council`, `Ministry of Culture`, `the regulator Ofcom`. */
function calledBy(entity: Entity, noun: string): boolean {
  const last = (words: string): string => words.split(/\s+/u).pop()?.toLowerCase() ?? '';
  return last(entity.name) === noun || postmodifiedHead(entity.name) === noun || entity.roles.some((role) => last(role) === noun);
}

/** The organization the article names most often, when one leads outright. */
function mainOrganization(entityById: ReadonlyMap<string, Entity>): Entity | undefined {
  let best: Entity | undefined;
  let tied = false;
  for (const entity of entityById.values()) {
    if (entity.kind !== 'organization') continue;
    if (best === undefined || entity.mentions > best.mentions) {
      best = entity;
      tied = false;
    } else if (entity.mentions === best.mentions) tied = true;
  }
  return tied ? undefined : best;
}

function fitsOrganizationNoun(entity: Entity, noun: string): boolean {
  const heads = entity.roles.map((role) => role.split(/\s+/u).pop()?.toLowerCase() ?? '');
  const nameHead = entity.name.split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (heads.includes(noun) || nameHead === noun || postmodifiedHead(entity.name) === noun) return true;
  if (!COMPANY_NOUNS.has(noun)) return false;
  return heads.some((head) => COMPANY_NOUNS.has(head)) || COMPANY_NAME_HEADS.has(nameHead);
}

/** Words that open a name's postmodifier: the noun before one heads the name (`Board of Control for Cricket`). */
const NAME_POSTMODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** `University of Leeds` → `university`: the word before the first `of`/`for`, or '' when the name has none. */
function postmodifiedHead(name: string): string {
  const words = name.split(/\s+/u);
  const link = words.findIndex((word, k) => k > 0 && NAME_POSTMODIFIER_LINKS.has(word));
  return link > 0 ? words[link - 1]!.toLowerCase() : '';
}
