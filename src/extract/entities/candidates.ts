/**
 * Turns each capitalized run into name candidates: strips sentence openers
 * and shouting, splits a title off a person's name, recognises known names
 * and name heads, and records the evidence the surrounding words give. The
 * kind is decided later, per entity, from all its candidates together.
 */
import type { EntityKind, EntityListEntry } from '../types.ts';
import { isLandName, isPartyWord, isWorldCity, lookupKnownKey, countryOfDemonym, nameKey } from '../gazetteer/index.ts';
import { EVENT_HEADS, EVENT_PREFIX_HEADS, NUMBERED_OUTLET_HEADS, NUMBERED_PLACE_HEADS, PLACE_HEADS, PLACE_PREFIX_HEADS, SURNAME_PLACE_HEADS } from '../gazetteer/name-heads.ts';
import { GIVEN_NAMES } from '../gazetteer/given-names.ts';
import { ORGANIZATION_HEADS, ORGANIZATION_HEADS_WITH_COMPLEMENT, ORGANIZATION_PLACE_HEADS, ORGANIZATION_PREFIX_HEADS, INSTITUTIONAL_ADJECTIVES, SCHEME_HEADS } from '../lexicon/org-suffixes.ts';
import { HONORIFICS, PLACE_OFFICE_TITLES, PORTFOLIO_TITLES, POST_TITLE_MODIFIERS, ROLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles.ts';
import { TITLE_SMALL_WORDS } from '../lexicon/quote-kind-cues.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { isAgeAdjective, isPersonRoleNoun } from '../lexicon/role-nouns.ts';
import type { BlockText } from './blocks.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, LONE_COMMON_NOUNS, MONTH_NAMES, NON_ENTITY_ACRONYMS, ROLE_DESCRIBING_WORDS } from './common-words.ts';
import { addContextEvidence, givesAgeAfterComma, isSpeechVerb, reportingVerbFollows } from './context-evidence.ts';
import { credit, emptyScores, EVIDENCE, type Clue, type KindScores } from './scores.ts';
import { isPossessive, tokenAt, type Token } from './tokenize.ts';
import { findRuns, isHyphenedParticleName } from './runs.ts';
import { isTitlePart } from './title-parts.ts';
import { countWork } from '../work-meter.ts';
import { splitAtSpaces } from '../analysis/characters.ts';

/** A name as written once in the article, before mentions are grouped into entities. */
export interface Candidate {
  block: BlockText;
  /** Token span of the whole mention, title included: `Russian President Vladimir Putin`. */
  first: number;
  end: number;
  /** The name without title or possessive: `Vladimir Putin`. */
  name: string;
  /** Lowercase word keys of the name, for matching a surname to a full name. */
  nameKeys: string[];
  /** A built-in or entity-list name this is, when known. */
  known?: { name: string; kind: EntityKind; listEntry?: EntityListEntry };
  /** A kind the name's own form decides (a head word, a title): stronger than context. */
  headKind?: EntityKind;
  scores: KindScores;
  /** The evidence behind `scores`, each with its id: what the entity's explanation lists (none yet: undefined). */
  clues?: Clue[];
  roles: string[];
  affiliations: string[];
  /** An acronym this name defines: `Harbour Electoral Commission (HEC)`. */
  definesAcronym?: string;
  /** A longer name the article gives by what follows: `Swedish Embassy` `in Pyongyang`. */
  fullName?: string;
  /** A single sentence-initial word with no evidence: may join an entity, never start one. */
  joinOnly: boolean;
  /** A word the tables read otherwise, taken as a surname (`Mr. King`, `Early says`): joins only a person named in full with it. */
  surnameOnly: boolean;
  allCaps: boolean;
  /** Written after `the` (`the Red Devils`): a group or a body, hardly ever one person. */
  afterThe: boolean;
  /** The whole name is a town of the world-cities table (`isWorldCity`): place evidence unless it speaks. */
  worldCity?: true;
}

/** Looks names up in the entity list first, then in the built-in gazetteer. */
export interface NameLookup {
  (written: string): Candidate['known'] | undefined;
}

/**
 * Lookups already made, by entity list: the site and the bench pass one list
 * for every article. A list is read on its first use, so a changed list must
 * come as a new array (lists are readonly everywhere they are passed).
 */
const LOOKUPS = new WeakMap<readonly EntityListEntry[], NameLookup>();

export function makeNameLookup(list: readonly EntityListEntry[]): NameLookup {
  let lookup = LOOKUPS.get(list);
  if (lookup === undefined) LOOKUPS.set(list, (lookup = lookupOf(list)));
  return lookup;
}

function lookupOf(list: readonly EntityListEntry[]): NameLookup {
  // One answer per entry, shared by every lookup that finds it: nothing changes a `known` once found.
  const byName = new Map<string, NonNullable<Candidate['known']>>();
  for (const entry of list) {
    const known = { name: entry.name, kind: entry.kind, listEntry: entry };
    for (const written of [entry.name, ...entry.aliases]) {
      if (!byName.has(nameKey(written))) byName.set(nameKey(written), known);
    }
  }
  return (written) => {
    const key = nameKey(written);
    return byName.get(key) ?? lookupKnownKey(key, written);
  };
}

/** Embassies and the like are named with their city: `Swedish Embassy in Pyongyang`. */
const HEADS_NAMED_WITH_PLACE: ReadonlySet<string> = new Set(['embassy', 'consulate', 'mission', 'high commission']);

const SHOUTING_MIN_LETTERS = 4;
/** Most tokens a title and a name may run to after `Russian's`: `Energy Minister Alexander Novak`. */
const LONGEST_TITLED_NAME = 12;
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);
// Patterns asked of every token of a name, compiled once.
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;
const DIGITS = /^\d+$/;
/** Road numbers are places: `the A19`, `the M25`, `the N7`. */
const ROAD_NUMBER = /^[ABMNR]\d{1,4}$/;
/** Words after a currency letter and digits that make them an amount (`R45 million`), not a road. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'thousand', 'bn', 'm', 'k', 'mn']);

/** `R17,500`, `R45 million`: a rand amount written like a road number. */
function isAmount(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next?.text === ',') return /^\d{3}/.test(tokens[end + 1]?.text ?? '');
  if (next?.text === '.') return /^\d/.test(tokens[end + 1]?.text ?? '');
  return next !== undefined && AMOUNT_WORDS.has(next.key);
}
/** Nouns numbered by a letter in stages and grades: `Series B`, `Phase 2`. */
const SEQUENCE_NOUNS: ReadonlySet<string> = new Set(['series', 'phase', 'stage', 'category', 'grade', 'tier', 'class', 'level', 'round', 'type', 'plan']);
/** Last words of a law's title. */
const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'bill', 'acts', 'ordinance', 'directive', 'regulations']);
/** Capitalized nouns that open a sentence before a band's name and are never part of it. */
const HEADLINER_WORDS: ReadonlySet<string> = new Set(['headliners', 'headliner']);

export function textOf(block: BlockText, first: number, end: number): string {
  return block.text.slice(block.tokens[first]!.start, block.tokens[end - 1]!.end);
}

function isShouting(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.allCaps || token.text.replace(/[^\p{L}]/gu, '').length < SHOUTING_MIN_LETTERS) return false;
  const before = tokenAt(tokens, index - 1);
  const after = tokens[index + 1];
  const capsNeighbour = (before?.isWord === true && before.allCaps) || (after?.isWord === true && after.allCaps);
  const nextIsLower = after?.isWord === true && !after.capitalized;
  return capsNeighbour || (token.sentenceStart && nextIsLower);
}

function isDemonymRun(block: BlockText, first: number, end: number): boolean {
  return countryOfDemonym(textOf(block, first, end)) !== undefined;
}
function allCapsSpan(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) {
    const token = tokens[index]!;
    if (token.isWord && !token.allCaps && HAS_LETTER.test(token.text)) return false;
  }
  return true;
}

/** One syllable, capitalized, then lowercase: `Han`, `Park`, `Zhang`, `Yoon`. */
const ONE_SYLLABLE_FAMILY_NAME = /^[A-Z][b-df-hj-np-tv-z]{0,2}[aeiouy]{1,2}[b-df-hj-np-tv-z]{0,2}$/;
/** `So-yeon`, `Ji-hoon`, `Xiao-ming`: two syllables joined by a hyphen, the second in lower case. */
const HYPHENATED_GIVEN_NAME = /^[A-Z][a-z]{1,5}-[a-z]{2,6}$/;

function isFamilyNameThenHyphenatedGivenName(tokens: readonly Token[], first: number, end: number): boolean {
  return end - first === 2 && ONE_SYLLABLE_FAMILY_NAME.test(tokens[first]!.text) && HYPHENATED_GIVEN_NAME.test(tokens[first + 1]!.text);
}

export function newCandidateFor(block: BlockText, first: number, end: number, name: string): Candidate {
  // Every field is written here, the optional ones as undefined, so that all candidates share one shape:
  // fields added later in varying order would give them many, and every read of a candidate would slow down.
  return {
    block,
    first,
    end,
    name,
    nameKeys: splitAtSpaces(name).map((word) => {
      const key = nameKey(word);
      return key.endsWith('.') ? key.slice(0, -1) : key;
    }),
    known: undefined,
    headKind: undefined,
    scores: emptyScores(),
    clues: undefined,
    roles: [],
    affiliations: [],
    definesAcronym: undefined,
    fullName: undefined,
    joinOnly: false,
    surnameOnly: false,
    allCaps: allCapsSpan(block.tokens, first, end),
    afterThe: tokenAt(block.tokens, first - 1)?.key === 'the',
    worldCity: undefined,
  };
}

/** Words of a role as the text gives it, minus honorifics and nationalities: `energy minister`. */
function roleFrom(block: BlockText, first: number, end: number, affiliations: string[]): string | undefined {
  const words: string[] = [];
  for (let index = first; index < end; index += 1) {
    const token = block.tokens[index]!;
    if (!token.isWord) continue;
    if (countryOfDemonym(token.text) !== undefined) {
      affiliations.push(token.text);
      continue;
    }
    if (HONORIFICS.has(token.key)) continue;
    words.push((token.allCaps && ROLE_ABBREVIATIONS.get(token.key)) || token.key);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * Where the title ends inside a run: the index after the last title word that
 * still leaves a name behind it. `Det Insp Jo Marsh` -> 2.
 */
function titleEnd(block: BlockText, first: number, end: number): number {
  let cut = first;
  for (let index = first; index < end - 1; index += 1) {
    const token = block.tokens[index]!;
    if (TITLE_WORDS.has(token.key)) cut = index + 1;
  }
  if (cut === first) return first;
  cut = afterPostModifiers(block.tokens, cut, end);
  // `Chief Medical Officer`: words that only build the title leave no name behind.
  if (block.tokens.slice(cut, end).every((token) => !token.isWord || isTitlePart(token))) return first;
  // Everything before the last title word must read as a title: modifiers, demonyms, other titles.
  for (let index = first; index < cut; index += 1) {
    const token = block.tokens[index]!;
    if (!token.isWord) continue;
    if (!isTitlePart(token)) return first;
  }
  return cut;
}

/** `Attorney General Jo Park`: a modifier written after the title still belongs to it, when a name is left. */
function afterPostModifiers(tokens: readonly Token[], cut: number, end: number): number {
  let after = cut;
  while (after < end - 1 && POST_TITLE_MODIFIERS.has(tokens[after]!.key)) after += 1;
  return after;
}

/** Index after the longest known-organization or head-ended prefix before a title: `UN Environment Program` `Executive Director`. */
function organizationPrefixEnd(block: BlockText, first: number, titleFirst: number): number {
  for (let index = titleFirst - 1; index > first; index -= 1) {
    const token = block.tokens[index - 1]!;
    if (ORGANIZATION_HEADS.has(token.key) && !TITLE_MODIFIERS.has(token.key)) return index;
  }
  return first;
}

/** Words before a street or an estate, not before a person: `on Rose Lane`, `residents of Jack Way`. */
const STREET_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'near', 'off', 'along', 'onto', 'into', 'down', 'up']);
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['residents', 'resident', 'corner', 'junction', 'end', 'top', 'bottom']);

function followsStreetPreposition(tokens: readonly Token[], first: number): boolean {
  const previous = tokenAt(tokens, first - 1);
  if (!previous?.isWord || previous.capitalized) return false;
  if (STREET_PREPOSITIONS.has(previous.key)) return true;
  return previous.key === 'of' && RESIDENT_NOUNS.has(tokenAt(tokens, first - 2)?.key ?? '');
}

function nameHeadKind(block: BlockText, first: number, end: number): EntityKind | undefined {
  const firstToken = block.tokens[first]!;
  const lastToken = block.tokens[end - 1]!;
  const length = end - first;
  // `District 12`, `Channel 4`: a head word and its number.
  if (length >= 2 && DIGITS.test(lastToken.text)) {
    const head = block.tokens[end - 2]!.key;
    if (NUMBERED_PLACE_HEADS.has(head)) return 'place';
    if (NUMBERED_OUTLET_HEADS.has(head)) return 'organization';
  }
  if (length >= 2 && ORGANIZATION_HEADS.has(lastToken.key)) return 'organization';
  if (length >= 3 && ORGANIZATION_PLACE_HEADS.has(lastToken.key) && ORGANIZATION_HEADS.has(block.tokens[end - 2]!.key)) return 'organization';
  // `Harbour Panel on Sea Levels`, `Harbour Teachers Association`.
  for (let index = first; index < end - 2; index += 1) {
    const connector = block.tokens[index + 1]!.text;
    if (ORGANIZATION_HEADS_WITH_COMPLEMENT.has(block.tokens[index]!.key) && (connector === 'of' || connector === 'for' || connector === 'on')) {
      return 'organization';
    }
  }
  if (length >= 2 && ORGANIZATION_PREFIX_HEADS.has(firstToken.key)) return 'organization';
  if (length >= 2 && EVENT_HEADS.has(lastToken.key)) return 'event';
  if (length >= 2 && EVENT_PREFIX_HEADS.has(firstToken.key)) return 'event';
  const surnameAfterGivenName =
    length === 2 && SURNAME_PLACE_HEADS.has(lastToken.key) && GIVEN_NAMES.has(firstToken.key) && !followsStreetPreposition(block.tokens, first);
  if (length >= 2 && PLACE_HEADS.has(lastToken.key) && !surnameAfterGivenName) return 'place';
  if (length >= 2 && PLACE_PREFIX_HEADS.has(firstToken.key)) return 'place';
  // English counties: `Kent`, `West Sussex`.
  if (/shire$/.test(lastToken.key) && lastToken.key.length > 6) return 'place';
  return undefined;
}

/** Given names that are also function or calendar words: a name only right after a title (`Mayor Will Lyle`). */
const GIVEN_NAMES_OF_COMMON_WORDS: ReadonlySet<string> = new Set(['will', 'may', 'april', 'june', 'summer', 'autumn']);

/** Two or more initials, each with its stop: `W.A.`, `J.R.` (one, `J.`, is not written in capitals only). */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Two to four capitalized words with no function word; after a title, its first word may be `Will` or `May`. */
function looksLikePersonName(block: BlockText, first: number, end: number, afterTitle = false): boolean {
  const length = end - first;
  if (length < 2 || length > 4) return false;
  for (let index = first; index < end; index += 1) {
    const token = block.tokens[index]!;
    // `W.A. Kistler`: initials are written in capitals and still part of a name.
    // `Fadhil al-Chalabi`: a particle in lower case, hyphened to the family name, is still part of a name.
    const capitalized = token.capitalized || (index > first && isHyphenedParticleName(token.text));
    if (!token.isWord || !capitalized || (token.allCaps && !INITIALS.test(token.text)) || HAS_DIGIT.test(token.text)) return false;
    const givenNameAfterTitle = afterTitle && index === first && !token.sentenceStart && GIVEN_NAMES_OF_COMMON_WORDS.has(token.key);
    const familyName = index > first && isMonthAsFamilyName(block.tokens, index);
    if ((FUNCTION_WORDS.has(token.key) || CALENDAR_WORDS.has(token.key)) && !givenNameAfterTitle && !familyName) return false;
  }
  return true;
}

/**
 * `Det Const Lee Park`: a rank opening the run makes
 * the name after it a person's even when its last word is a place head,
 * unless that name alone still reads as a place (`King Edward Street`).
 */
function isRankBeforeName(block: BlockText, first: number, end: number): boolean {
  const opener = block.tokens[first]!;
  if (!TITLE_WORDS.has(opener.key) || TITLE_MODIFIERS.has(opener.key)) return false;
  const cut = titleEnd(block, first, end);
  if (cut === first) return false;
  // An honorific is only ever given to a person: `Mr. Ridge`, `Ms. Hill` are surnames, not places.
  if (HONORIFICS.has(opener.key) && end - cut === 1 && isSurnameWord(block.tokens[cut]!)) return true;
  if (!looksLikePersonName(block, cut, end, true)) return false;
  const kind = nameHeadKind(block, cut, end);
  // A surname that is also a place word (`Park`, `Hill`) after a given name of any origin.
  return kind === undefined || (kind === 'place' && end - cut === 2 && SURNAME_PLACE_HEADS.has(block.tokens[end - 1]!.key));
}

/** One capitalized word that can stand as a surname: not in capitals only, no digit, no function or calendar word. */
const isSurnameWord = (token: Token) =>
  token.isWord && token.capitalized && !token.allCaps && !HAS_DIGIT.test(token.text) && !FUNCTION_WORDS.has(token.key) && !CALENDAR_WORDS.has(token.key);

/** Ordinals that open a rank: `Second Lieutenant`, `First Secretary`. */
const RANK_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next']);

/**
 * `Apple Chief Executive Tim Cook`, `Bank of England Governor Andrew Bailey`:
 * one capitalized run holding an employer (or place), a title, then a
 * person's name. Splits it into the employer and the person, whose role is
 * the title and whose affiliation is the employer. Undefined when the run
 * does not read that way, or when nothing stands before the title (the plain
 * `President Joe Biden`, handled by `titleEnd`).
 */
function splitAffiliatedTitle(block: BlockText, first: number, end: number, lookup: NameLookup): Candidate[] | undefined {
  const { tokens } = block;
  // After the last title word (not a courtesy title) that leaves a name of two to four words.
  let cut = first;
  for (let index = first + 1; index < end - 1; index += 1) {
    const key = tokens[index]!.key;
    if (TITLE_WORDS.has(key) && !HONORIFICS.has(key)) cut = index + 1;
  }
  // The title word itself, before any modifier written after it: `Secretary` of `Secretary General`.
  const titleWord = tokenAt(tokens, cut - 1)?.key ?? '';
  if (cut > first) cut = afterPostModifiers(tokens, cut, end);
  if (cut === first || !looksLikePersonName(block, cut, end, true)) return undefined;
  let titleFirst = cut - 1;
  while (titleFirst > first && isTitlePart(tokens[titleFirst - 1]!)) {
    // `Kent Police Chief Constable`: an organization head after a name ends the employer.
    const head = tokens[titleFirst - 1]!;
    if (ORGANIZATION_HEADS.has(head.key) && titleFirst - 1 > first && !isTitlePart(tokens[titleFirst - 2]!)) break;
    titleFirst -= 1;
  }
  if (titleFirst === first) return undefined;
  // `Former Apple Chief Executive ...`: a modifier opening the run belongs to the role, not the employer.
  let employerFirst = first;
  while (employerFirst < titleFirst && isTitlePart(tokens[employerFirst]!)) employerFirst += 1;
  const lastOfEmployer = tokens[titleFirst - 1]!;
  // `Meanwhile Chief Executive ...`: a lone function word is no employer; a name of several words may end in one
  // of the page words the table also holds (`Human Rights Watch`, `Fox News`), not in a rank (`Army Second Lieutenant`).
  const functionWordEnds =
    !lastOfEmployer.allCaps && FUNCTION_WORDS.has(lastOfEmployer.key) &&
    (titleFirst - employerFirst === 1 || !lastOfEmployer.capitalized || RANK_WORDS.has(lastOfEmployer.key));
  if (employerFirst === titleFirst || !lastOfEmployer.isWord || functionWordEnds) return undefined;

  const results: Candidate[] = [];
  const employerText = textOf(block, employerFirst, titleFirst);
  const employer = newCandidateFor(block, employerFirst, titleFirst, employerText);
  const known = lookup(employerText);
  const headKind = nameHeadKind(block, employerFirst, titleFirst);
  const lone = titleFirst - employerFirst === 1 && tokens[employerFirst]!.sentenceStart;
  if (known) employer.known = known;
  else if (headKind) employer.headKind = headKind;
  // The name before a mayor's or governor's title is the place they run.
  else if (PLACE_OFFICE_TITLES.has(titleWord)) credit(employer, 'place', 'place-before-office-title', EVIDENCE.affiliationOfRole);
  // The name before a title is who the person works for.
  else credit(employer, 'organization', 'employer-before-title', EVIDENCE.affiliationOfRole);
  // A lone sentence-opening word with nothing known about it may be any word: `Meanwhile Chief Executive ...`.
  // Before a minister's title, an unknown name is the portfolio: `Armed Forces Minister`.
  const portfolio = !known && PORTFOLIO_TITLES.has(titleWord);
  if (!portfolio && (known || headKind || !lone)) results.push(employer);

  const person = newCandidateFor(block, titleFirst, end, textOf(block, cut, end));
  person.headKind = 'person';
  const knownPerson = lookup(person.name);
  if (knownPerson?.kind === 'person') person.known = knownPerson;
  const role = [roleFrom(block, first, employerFirst, person.affiliations), roleFrom(block, titleFirst, cut, person.affiliations)]
    .filter((words) => words !== undefined)
    .join(' ');
  if (role) person.roles.push(role);
  if (results.length > 0) person.affiliations.push(known?.name ?? employerText);
  results.push(person);
  return results;
}

/** Courtesy titles given only before a person's name, never inside a body's or a work's: not `Miss` (`Little Miss Sunshine`). */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame']);

/**
 * `Speaking in Harrogate Mr Kennedy said`: a courtesy title inside a run,
 * after words that are no title (`Health Secretary Dr Reid` keeps its role),
 * opens a person's name of its own; the index of that title, or undefined.
 */
function courtesyTitleInside(block: BlockText, first: number, end: number): number | undefined {
  const { tokens } = block;
  if (isTitlePart(tokens[first]!)) return undefined;
  for (let index = first + 1; index < end - 1; index += 1) {
    const token = tokens[index]!;
    if (isTitlePart(token)) {
      if (!COURTESY_TITLES.has(token.key) || token.allCaps) return undefined;
      return isSurnameWord(tokens[index + 1]!) ? index : undefined;
    }
  }
  return undefined;
}

/**
 * `Resident Ann Lyle said ...`: a role noun capitalized only because it opens
 * the sentence, then a person's name of two or three words. The noun is the
 * person's role, not the first word of the name. Undefined when the words
 * after the noun read as anything but a person's name (`Patient Safety Trust`).
 */
function splitRoleNounOpener(block: BlockText, first: number, end: number, lookup: NameLookup): Candidate | undefined {
  const opener = block.tokens[first]!;
  if (!opener.sentenceStart || opener.allCaps || !isPersonRoleNoun(opener.key) || TITLE_WORDS.has(opener.key)) return undefined;
  if (!isBareName(block, first + 1, end, lookup)) return undefined;
  const person = newCandidateFor(block, first, end, textOf(block, first + 1, end));
  person.headKind = 'person';
  person.roles.push(opener.key);
  return person;
}

/**
 * `Ministry of Fisheries Grace Lyle said ...`: a body's name, then a person's
 * name of a given name and a family name. The person is the body's, not part
 * of its name. Undefined unless the words before the name end as a body's name do.
 */
function splitBodyThenName(block: BlockText, first: number, end: number, lookup: NameLookup): Candidate[] | undefined {
  // Only a given name and a family name: a third word may as well end a prize or a building (`Grace Brown Award`).
  const nameFirst = end - 2;
  if (nameFirst - first < 2 || !GIVEN_NAMES.has(block.tokens[nameFirst]!.key) || !isBareName(block, nameFirst, end, lookup)) return undefined;
  const bodyText = textOf(block, first, nameFirst);
  const known = lookup(bodyText);
  const isBody = known ? known.kind === 'organization' : nameHeadKind(block, first, nameFirst) === 'organization';
  if (!isBody) return undefined;
  const body = newCandidateFor(block, first, nameFirst, bodyText);
  if (known) body.known = known;
  else body.headKind = 'organization';
  const person = newCandidateFor(block, nameFirst, end, textOf(block, nameFirst, end));
  person.headKind = 'person';
  person.affiliations.push(known?.name ?? bodyText);
  return [body, person];
}

/**
 * Two or three capitalized words that can only be a person's name: shaped
 * like one, with no word that builds a title, a body or a place, and not a
 * name the tables know as something else.
 */
function isBareName(block: BlockText, first: number, end: number, lookup: NameLookup): boolean {
  if (end - first < 2 || end - first > 3 || !looksLikePersonName(block, first, end)) return false;
  for (let index = first; index < end; index += 1) {
    const { key, text } = block.tokens[index]!;
    // `Bros.`, `Corp.`: an abbreviation with a period is no part of a name; an initial (`J.`) is.
    if (text.endsWith('.') && text.length > 2) return false;
    if (TITLE_WORDS.has(key) || TITLE_MODIFIERS.has(key) || ORGANIZATION_HEADS.has(key) || LONE_COMMON_NOUNS.has(key)) return false;
    if (ROLE_DESCRIBING_WORDS.has(key) || isPersonRoleNoun(key)) return false;
  }
  if (nameHeadKind(block, first, end) !== undefined) return false;
  const known = lookup(textOf(block, first, end));
  return known === undefined || known.kind === 'person';
}

/**
 * `Mr. King`, `King said`, `said Bishop`, `Cuban said`, `Early says` after `Steve King`, `Walter Bishop`,
 * `Mark Cuban`, `Chris Early`: a word the run's reading names nobody by (a title, a nationality, a word
 * that opens sentences; `anyWord` when that reading has been tried) is a surname when a courtesy title
 * stands before it or a verb of speech beside it. It names nobody alone: it counts only when it joins
 * the one person the article names in full with that surname (`surnameOnly`).
 */
function lexiconWordAsSurname(block: BlockText, first: number, end: number, anyWord: boolean): Candidate | undefined {
  const { tokens } = block;
  let nameFirst = first;
  while (nameFirst < end - 1 && HONORIFICS.has(tokens[nameFirst]!.key)) nameFirst += 1;
  if (end - nameFirst !== 1) return undefined;
  const word = tokens[nameFirst]!;
  if (!word.isWord || HONORIFICS.has(word.key)) return undefined;
  // A title or a nationality is read here before the run's reading drops it (`Mr French` would stay whole);
  // any other word only once that reading has named nobody.
  if (!anyWord && !TITLE_WORDS.has(word.key) && countryOfDemonym(word.text) === undefined) return undefined;
  // `the King said`: after a determiner the word is the title itself.
  if (DETERMINERS_BEFORE_TITLE.has(tokenAt(tokens, first - 1)?.key ?? '')) return undefined;
  const courtesy = nameFirst > first;
  // `advise African business owners`: after the verb, a word before a lower-case one is an adjective before its noun.
  const after = tokenAt(tokens, end);
  const verbBefore = isSpeechVerb(tokenAt(tokens, first - 1)) && !(after?.isWord === true && !after.capitalized);
  if (!courtesy && !isSpeechVerbAfterName(after) && !verbBefore) return undefined;
  const candidate = newCandidateFor(block, first, end, word.text);
  candidate.joinOnly = true;
  candidate.surnameOnly = true;
  return candidate;
}

const DETERMINERS_BEFORE_TITLE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Present forms a plural noun does not share (`Asian states`, `French reports` are nouns after an adjective). */
const PRESENT_SPEECH_FORMS: ReadonlySet<string> = new Set(['says', 'tells', 'adds', 'writes', 'asks', 'explains', 'insists', 'warns']);

/** A verb of speech after a name, in its past form or a present form no plural noun shares: `King said`, `King says`. */
function isSpeechVerbAfterName(token: Token | undefined): boolean {
  return token !== undefined && isSpeechVerb(token) && (PRESENT_SPEECH_FORMS.has(token.key) || !token.key.endsWith('s'));
}

/** Words before a country or region that make one longer place, not a body: `Northern Canada`, `rural France`. */
const LAND_MODIFIERS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper',
  'lower', 'inner', 'outer', 'mainland', 'coastal', 'rural', 'new', 'old', 'sub-saharan', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
]);

function isBodyNamedForLand(block: BlockText, first: number, end: number, lookup: NameLookup): boolean {
  const { tokens } = block;
  const last = tokens[end - 1]!;
  if (end - first < 2 || !isLandName(last.text) || lookup(last.text)?.kind !== 'place') return false;
  const before = tokens[end - 2]!;
  // `Post-Brexit Britain`: a hyphenated modifier describes the land in a time or a state.
  if (LAND_MODIFIERS.has(before.key) || before.text.includes('-') || GIVEN_NAMES.has(tokens[first]!.key)) return false;
  return lookup(textOf(block, first, end - 1)) === undefined;
}

/**
 * Whether the token at `index` leaves the run `first..end` (as it stands
 * now) from either end: a sentence opener, a calendar word, shouting. A
 * function of its own, not a closure: one reading `first` and `end` would
 * move them to a heap context for the whole of candidatesOfRun.
 */
function isNoise(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const token = tokens[index]!;
  // `Theresa May`: the modal and the month are a family name after a given name.
  if (index > first && isMonthAsFamilyName(tokens, index)) return false;
  // `US` is a country though `us` is a pronoun: capitals keep an acronym.
  if (!token.allCaps && (FUNCTION_WORDS.has(token.key) || (CALENDAR_WORDS.has(token.key) && !isNameNotDate(tokens, index, first, end)))) return true;
  if (isShouting(tokens, index)) return true;
  // `MD Jo Park`: a role abbreviation before a name stays, to be read as the title.
  if (token.allCaps && ROLE_ABBREVIATIONS.has(token.key) && index === first && index + 1 < end && tokens[index + 1]!.isWord) return false;
  if (!token.allCaps || !NON_ENTITY_ACRONYMS.has(token.key)) return false;
  // `Kestrel TV`: after a name, `TV` is the broadcaster's head word, not noise.
  if (token.key === 'tv' && index === end - 1 && index > first && !tokens[index - 1]!.allCaps) return false;
  // `NHS England`: a service named for the land it serves keeps its acronym.
  return !(index === first && end - first === 2 && isLandName(tokens[index + 1]!.text));
}

/**
 * A verb of speech in a written form (`Said`, `Added`, `Stated`; not the bare
 * `Mark`) opening the sentence, with the run ending at the comma or colon
 * before a quote: the speaker comes after it (`Said Comey, "…"`). The comma
 * keeps `Said Hassan said` a name.
 */
function isFrontedSpeechVerb(tokens: readonly Token[], first: number, end: number): boolean {
  const token = tokens[first]!;
  if (!token.sentenceStart || !isSpeechVerb(token) || REPORTING_VERB_BY_FORM.get(token.key)!.lemma === token.key) return false;
  const after = tokens[end];
  return after !== undefined && (after.text === ',' || after.text === ':');
}

/**
 * `Chris Early`, `Wendy Little`, `Theresa May`: a word of the function-word
 * table, capitalized inside a sentence right after a given name, is that
 * person's surname.
 */
function isSurnameAfterGivenName(tokens: readonly Token[], first: number, end: number): boolean {
  const last = tokens[end - 1]!;
  // `I` is written capitalized everywhere; a surname is never so short.
  if (end - first !== 2 || !last.isWord || !last.capitalized || last.allCaps || last.sentenceStart || last.key.length < 3) return false;
  return FUNCTION_WORDS.has(last.key) && GIVEN_NAMES.has(tokens[first]!.key);
}

/** Short forms of months and days that are also names: `Ai Jun`, `Sun Yang`, `Jan Novak`. */
const CALENDAR_SHORT_FORMS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * A month written in full right after a given name, with no number or
 * capitalized word after it, is that person's family name (`Prime Minister
 * Theresa May said`), not a date (`on May 5`, `in May`: no given name before it).
 */
function isMonthAsFamilyName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  if (!MONTH_NAMES.has(token.key) || token.text.endsWith('.') || before === undefined || !before.isWord || !before.capitalized) return false;
  if (!GIVEN_NAMES.has(before.key) || CALENDAR_WORDS.has(before.key)) return false;
  const next = tokens[index + 1];
  // `Will Theresa May Survive?`: in a headline's capitals the word after may be the verb the modal governs.
  return next === undefined || !(/^\d/u.test(next.text) || (next.isWord && next.capitalized));
}

/**
 * A month's or day's short form beside another word of the run, with no full stop and no number after it, is
 * part of a name (`columnist Ai Jun wrote`, `Jan Novak`), not a date (`Jun. 5`, `Jun 5`).
 */
function isNameNotDate(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const token = tokens[index]!;
  // `Jun.` is read as the abbreviation: a name ending a sentence there is left to its first word.
  if (!CALENDAR_SHORT_FORMS.has(token.key) || end - first < 2 || token.text.endsWith('.')) return false;
  const next = tokens[index + 1];
  return next === undefined || !/^\d/u.test(next.text);
}

/**
 * Builds the candidates of one run. Returns none for runs that are not names
 * (sentence openers, shouting, nationalities, bare titles).
 */
function candidatesOfRun(
  block: BlockText,
  runFirst: number,
  runEnd: number,
  lookup: NameLookup,
  definedAcronyms: ReadonlySet<string>,
): Candidate[] {
  const found = readRun(block, runFirst, runEnd, lookup, definedAcronyms);
  if (found.length > 0) return found;
  const surname = lexiconWordAsSurname(block, runFirst, runEnd, true);
  return surname === undefined ? found : [surname];
}

/** The candidates a run of capitalized words names as written, with no one's surname in mind. */
function readRun(
  block: BlockText,
  runFirst: number,
  runEnd: number,
  lookup: NameLookup,
  definedAcronyms: ReadonlySet<string>,
): Candidate[] {
  const { tokens } = block;
  let first = runFirst;
  let end = runEnd;
  countWork(runEnd - runFirst);

  const wholeText = textOf(block, first, end);
  const knownWhole = lookup(wholeText);
  if (knownWhole && !(end - first === 1 && tokens[first]!.sentenceStart && knownWhole.kind === 'person' && !knownWhole.listEntry)) {
    const candidate = newCandidateFor(block, first, end, wholeText);
    candidate.known = knownWhole;
    return [candidate];
  }

  // Sentence openers, calendar words and shouting leave from both ends.
  const strippedThe = tokens[first]!.key === 'the';
  while (first < end && isNoise(tokens, first, first, end)) first += 1;
  // `Said Comey, "…"`, `Stated Roger Stone: "…"`: a verb of speech fronted before its speaker is no part of the name.
  if (end - first >= 2 && isFrontedSpeechVerb(tokens, first, end)) first += 1;
  // `Headliners The Velvet Owls` opening a sentence: the noun is evidence, not part of the name.
  if (end - first >= 2 && HEADLINER_WORDS.has(tokens[first]!.key) && tokens[first]!.sentenceStart) {
    first += 1;
    while (first < end && isNoise(tokens, first, first, end)) first += 1;
  }
  // `Seventy-eight-year-old Ann Lyle`: an age describes the person and is no part of the name.
  if (end - first >= 2 && isAgeAdjective(tokens[first]!.text)) first += 1;
  // Written with an age, lowercase (`the 34-year-old Jo Park`) or opening the sentence, a name is a person's.
  const aged = first > 0 && isAgeAdjective(tokens[first - 1]!.text);
  while (end > first && !isSurnameAfterGivenName(tokens, first, end) && (isNoise(tokens, end - 1, first, end) || !tokens[end - 1]!.isWord || tokens[end - 1]!.text === 'of')) end -= 1;
  // A shouted tail after a name: `Tom Reyes SOCIAL MEDIA CORRESPONDENT`.
  for (let index = first + 1; index < end; index += 1) {
    if (isShouting(tokens, index) && !tokens[index - 1]!.allCaps) {
      end = index;
      break;
    }
  }
  if (first >= end) return [];
  // `the North` alone is a role phrase for a place named before, resolved later.
  if (end - first === 1 && COMPASS_WORDS.has(tokens[first]!.key)) return [];

  // Most runs lose no word at either end: the whole run's text and lookup stand.
  const unchanged = first === runFirst && end === runEnd;
  const written = unchanged ? wholeText : textOf(block, first, end);
  const known = unchanged ? knownWhole : lookup(written);
  // `the Moon`: a one-word list alias after `the` is the common noun, not the entry.
  const isCommonNoun = known?.listEntry !== undefined && end - first === 1 && tokenAt(tokens, first - 1)?.key === 'the';
  if (known && !isCommonNoun) {
    const candidate = newCandidateFor(block, first, end, written);
    candidate.known = known;
    return [candidate];
  }
  const surname = lexiconWordAsSurname(block, first, end, false);
  if (surname) return [surname];
  if (isDemonymRun(block, first, end)) return [];
  // `a New Hampshire Republican`, `the Texas Democrat`: a place and a party word describe someone and name
  // nobody; the place alone is the entity.
  if (end - first >= 2 && isPartyWord(tokens[end - 1]!.text)) {
    const placeText = textOf(block, first, end - 1);
    const place = lookup(placeText);
    if (place?.kind === 'place') {
      const candidate = newCandidateFor(block, first, end - 1, placeText);
      candidate.known = place;
      return [candidate];
    }
  }
  // `Regional Economic Outlook`, `Hang Seng Index`: a scheme, a report or an index is named, not a body.
  if (end - first >= 2 && SCHEME_HEADS.has(tokens[end - 1]!.key)) return [];
  if (end - first === 1 && !tokens[first]!.allCaps && LONE_COMMON_NOUNS.has(tokens[first]!.key)) return [];
  // `FY27`, `Q3`, `H1`: fiscal periods and other codes with digits name nothing the tables do not know.
  if (end - first === 1 && /\d/.test(written) && written === written.toUpperCase()) {
    if (!ROAD_NUMBER.test(written) || isAmount(tokens, end)) return [];
    const road = newCandidateFor(block, first, end, written);
    road.headKind = 'place';
    return [road];
  }

  // `Series B`, `Phase 2`, `Category A`: a stage or a grade named by a letter, nobody's name.
  if (end - first === 2 && SEQUENCE_NOUNS.has(tokens[first]!.key) && /^(?:[A-Z]|\d+)$/.test(tokens[first + 1]!.text)) return [];

  // A place written before an organization's acronym: `Ashford HTA`, `Dunmore DPH`.
  if (end - first >= 2 && tokens[end - 1]!.allCaps && !tokens[end - 2]!.allCaps) {
    const placeText = textOf(block, first, end - 1);
    const place = lookup(placeText);
    if (place?.kind === 'place' || (!place && definedAcronyms.has(tokens[end - 1]!.text))) {
      const placeCandidate = newCandidateFor(block, first, end - 1, placeText);
      if (place) placeCandidate.known = place;
      else placeCandidate.headKind = 'place';
      const acronym = newCandidateFor(block, end - 1, end, tokens[end - 1]!.text);
      acronym.affiliations.push(place?.name ?? placeText);
      credit(acronym, 'organization', 'acronym-after-place', 1);
      return [placeCandidate, acronym];
    }
  }

  // `Co Cork`, `Co. Down`: the Irish county abbreviation leads a place and is no part of its name.
  if (end - first >= 2 && end - first <= 3 && /^Co\.?$/.test(tokens[first]!.text) && !tokens[first + 1]!.allCaps) {
    const county = newCandidateFor(block, first, end, textOf(block, first + 1, end));
    const knownCounty = lookup(county.name);
    if (knownCounty?.kind === 'place') county.known = knownCounty;
    else county.headKind = 'place';
    return [county];
  }

  // `the Planning Act`, `the Renters Reform Bill`: titles of laws are left out of the entities.
  if (end - first >= 2 && LAW_HEADS.has(tokens[end - 1]!.key) && !tokens[end - 1]!.allCaps) return [];

  const beforeCourtesy = courtesyTitleInside(block, first, end);
  if (beforeCourtesy !== undefined) {
    return [...readRun(block, first, beforeCourtesy, lookup, definedAcronyms), ...readRun(block, beforeCourtesy, end, lookup, definedAcronyms)];
  }

  const affiliated = splitAffiliatedTitle(block, first, end, lookup);
  if (affiliated) return affiliated;
  const described = splitRoleNounOpener(block, first, end, lookup);
  if (described) return [described];
  const member = splitBodyThenName(block, first, end, lookup);
  if (member) return member;

  const headKind = nameHeadKind(block, first, end);
  if ((headKind !== 'organization' && headKind !== 'place') || isRankBeforeName(block, first, end)) {
    const cut = titleEnd(block, first, end);
    // `the Chief Twit`: after `the`, a title and one word are a byname, not a title and a surname.
    const byname = end - cut === 1 && tokenAt(tokens, first - 1)?.key === 'the';
    if (cut > first && !byname) {
      const results: Candidate[] = [];
      const orgEnd = organizationPrefixEnd(block, first, cut);
      let titleFirst = first;
      if (orgEnd > first) {
        const org = newCandidateFor(block, first, orgEnd, textOf(block, first, orgEnd));
        org.headKind = 'organization';
        results.push(org);
        titleFirst = orgEnd;
      }
      const person = newCandidateFor(block, titleFirst, end, textOf(block, cut, end));
      person.headKind = 'person';
      const knownPerson = lookup(person.name);
      if (knownPerson?.kind === 'person') person.known = knownPerson;
      const role = roleFrom(block, titleFirst, cut, person.affiliations);
      if (role) person.roles.push(role);
      if (orgEnd > first) person.affiliations.push(results[0]!.name);
      results.push(person);
      return results;
    }
    // A run made only of titles and modifiers names a role, not anybody: `Prime Minister`.
    let onlyTitle = true;
    for (let index = first; index < end; index += 1) {
      const key = tokens[index]!.key;
      if (!TITLE_WORDS.has(key) && !TITLE_MODIFIERS.has(key)) onlyTitle = false;
    }
    if (onlyTitle) return [];
  }

  const candidate = newCandidateFor(block, first, end, written);
  if (strippedThe && first === runFirst + 1) candidate.afterThe = true;
  if (headKind) {
    candidate.headKind = headKind;
    const head = tokens[end - 1]!.key;
    const next = tokens[end];
    const place = tokens[end + 1];
    if (headKind === 'organization' && HEADS_NAMED_WITH_PLACE.has(head) && next?.text === 'in' && place?.capitalized) {
      const placeEnd = findRuns(tokens.slice(end + 1, end + 5))[0];
      if (placeEnd && placeEnd.first === 0) {
        const placeText = textOf(block, end + 1, end + 1 + placeEnd.end);
        if (lookup(placeText)?.kind === 'place') candidate.fullName = `${written} in ${placeText}`;
      }
    }
    return [candidate];
  }
  const firstToken = tokens[first]!;
  // `American Kayla Brooks`: a nationality before a given name and a surname describes the person.
  const nationality = countryOfDemonym(firstToken.text);
  if (nationality !== undefined && end - first >= 3 && GIVEN_NAMES.has(tokens[first + 1]!.key) && looksLikePersonName(block, first + 1, end)) {
    const person = newCandidateFor(block, first + 1, end, textOf(block, first + 1, end));
    person.affiliations.push(firstToken.text);
    credit(person, 'person', 'given-name-after-nationality', EVIDENCE.givenName);
    return [person];
  }
  // A larger town that no decisive table holds: a place unless the words around it say otherwise (context-evidence.ts).
  if (isWorldCity(written)) candidate.worldCity = true;
  // `Park Ji-hoon`, `Han So-yeon`: a family name of one syllable and a hyphenated given name are a Korean or Chinese person's.
  else if (isFamilyNameThenHyphenatedGivenName(tokens, first, end)) credit(candidate, 'person', 'hyphenated-given-name', EVIDENCE.givenName);
  // A nationality before another word is a brand or a body: `Blue Heron`.
  else if (end - first >= 2 && countryOfDemonym(firstToken.text) !== undefined) credit(candidate, 'organization', 'nationality-in-name', 1);
  // A known place before another word is usually a club or a company: `Harbour City`.
  else if (end - first >= 2 && lookup(firstToken.text)?.kind === 'place') credit(candidate, 'organization', 'place-in-name', EVIDENCE.possessiveBeforePerson);
  // `Environment Canada`, `Partech Africa`: a country or region after an unknown word names the body serving it.
  else if (isBodyNamedForLand(block, first, end, lookup)) credit(candidate, 'organization', 'land-after-name', EVIDENCE.landAfterName);
  // `Lakeshore Regional Health said`: an institutional adjective inside a name belongs to a body.
  else if (end - first >= 2 && tokens.slice(first, end).some((token) => INSTITUTIONAL_ADJECTIVES.has(token.key))) {
    credit(candidate, 'organization', 'institutional-adjective', EVIDENCE.landAfterName);
  } else if (looksLikePersonName(block, first, end) && !candidate.afterThe) {
    if (GIVEN_NAMES.has(firstToken.key)) credit(candidate, 'person', 'given-name', EVIDENCE.givenName);
    else credit(candidate, 'person', 'name-shape', EVIDENCE.nameShape);
    if (aged) credit(candidate, 'person', 'age', EVIDENCE.age);
  }
  // `Dave, 52, ...`: an age makes even a lone sentence-opening word a person.
  const givesAge = givesAgeAfterComma(tokens, end);
  if (end - first === 1 && firstToken.sentenceStart && !givesAge) candidate.joinOnly = true;
  return [candidate];
}

/**
 * Nouns that make a place before them part of another name: the `Paris` of
 * the `Paris climate agreement` is not a place the article talks about.
 */
const NAME_MAKING_NOUNS: ReadonlySet<string> = new Set([
  'agreement', 'accord', 'accords', 'treaty', 'protocol', 'convention', 'pact', 'declaration', 'deal',
  'climate', 'peace', 'talks', 'process', 'agenda', 'syndrome', 'principles', 'charter',
]);

function namesSomethingElse(tokens: readonly Token[], end: number): boolean {
  for (let index = end; index < end + 2; index += 1) {
    const token = tokens[index];
    if (!token?.isWord || token.capitalized) return false;
    if (NAME_MAKING_NOUNS.has(token.key)) return true;
  }
  return false;
}

/** `(INEC)` or `, or DHHS,` right after a name defines its acronym. */
function acronymAfter(block: BlockText, end: number): string | undefined {
  const tokens = block.tokens;
  const open = tokens[end];
  const word = tokens[end + 1];
  const close = tokens[end + 2];
  if (open?.text === '(' && word?.allCaps && close?.text === ')') return word.text;
  if (open?.text === ',' && word?.text === 'or' && close?.allCaps) return close.text;
  return undefined;
}

/**
 * `Nebraska’s Department of Health`, `Russian's Energy Minister Alexander
 * Novak`: a place or nationality with a possessive leads the name after it.
 */
function joinPossessiveLeads(block: BlockText, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const lead = candidates[index]!;
    const next = candidates[index + 1];
    const apostrophe = block.tokens[lead.end];
    if (next && isPossessive(apostrophe) && next.first === lead.end + 1) {
      const leadIsPlace = lead.known?.kind === 'place';
      const nextIsDepartment =
        next.headKind === 'organization' && ORGANIZATION_HEADS_WITH_COMPLEMENT.has(block.tokens[next.first]!.key);
      if (leadIsPlace && nextIsDepartment) {
        next.first = lead.first;
        next.name = `${lead.name} ${next.name}`;
        next.nameKeys = [...lead.nameKeys, ...next.nameKeys];
        joined.push(next);
        index += 1;
        continue;
      }
    }
    joined.push(lead);
  }
  return joined;
}

/** Acronyms the article defines anywhere: `Harbour Teachers Association (HTA)`, `..., or DPH`. */
export function acronymsDefinedIn(blocks: readonly BlockText[]): Set<string> {
  const defined = new Set<string>();
  for (const block of blocks) {
    for (let index = 1; index < block.tokens.length; index += 1) {
      if (!block.tokens[index - 1]!.capitalized) continue;
      const acronym = acronymAfter(block, index);
      if (acronym) defined.add(acronym);
    }
  }
  return defined;
}

/** Nouns after a name that make it an electoral area: `Dublin Bay North constituency`. */
const CONSTITUENCY_NOUNS: ReadonlySet<string> = new Set(['constituency', 'electorate', 'ward', 'riding']);
/** Members who sit `for` a place: `MP for Ashford`, `TD for Cork East`. */
const MEMBER_FOR_WORDS: ReadonlySet<string> = new Set(['mp', 'td', 'mla', 'msp', 'ms', 'mep', 'member', 'senator', 'congressman', 'congresswoman']);

/** `Dublin Bay North constituency`, `MP for Ashford`: a seat in a legislature is a place. */
function namesConstituency(tokens: readonly Token[], first: number, end: number): boolean {
  const next = tokens[end];
  if (next?.isWord && !next.capitalized && CONSTITUENCY_NOUNS.has(next.key)) return true;
  return tokenAt(tokens, first - 1)?.key === 'for' && MEMBER_FOR_WORDS.has(tokenAt(tokens, first - 2)?.key ?? '');
}

/** Nouns for a work whose title follows: `the album Golden Fields`, `new single, Paper Moon,`. */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'album', 'albums', 'single', 'song', 'songs', 'track', 'ep', 'record', 'lp', 'film', 'movie', 'novel', 'book', 'memoir',
  'documentary', 'play', 'musical', 'series', 'podcast', 'show', 'anthem', 'hit', 'ballad', 'drama', 'sitcom',
  'thriller', 'comedy', 'season', 'episode', 'franchise', 'opera', 'exhibition', 'painting', 'poem',
]);
/** People named by the work they appear in, right after its quoted title: `“Harbor Lights” actor`. */
const WORK_CAST_NOUNS: ReadonlySet<string> = new Set(['actor', 'actress', 'actors', 'star', 'stars', 'cast', 'creator', 'showrunner']);
const QUOTE_MARK = /^["“”'‘’]$/;
/** How far past a quoted title its describing noun may sit: `“Harbor Lights,” the Netflix drama`. */
const WORK_APPOSITIVE_REACH = 6;

/** `“Harbor Lights,” the Netflix drama`: a quoted name described as a work is a title. */
function isQuotedWorkTitle(tokens: readonly Token[], first: number, end: number): boolean {
  if (!QUOTE_MARK.test(tokenAt(tokens, first - 1)?.text ?? '')) return false;
  let index = end;
  if (tokens[index]?.text === ',') index += 1;
  if (!QUOTE_MARK.test(tokens[index]?.text ?? '')) return false;
  if (isWorkTitle(tokens, first - 1, end)) return true;
  const next = tokens[index + 1];
  if (next?.isWord && !next.capitalized && WORK_CAST_NOUNS.has(next.key)) return true;
  for (let at = index + 1; at < tokens.length && at <= index + WORK_APPOSITIVE_REACH; at += 1) {
    const token = tokens[at]!;
    if (token.isWord && !token.capitalized && WORK_NOUNS.has(token.key)) return true;
    if (!token.isWord && token.text !== ',') return false;
  }
  return false;
}

function isWorkTitle(tokens: readonly Token[], first: number, end: number): boolean {
  let index = first - 1;
  const before = tokenAt(tokens, index);
  if (before?.text === ',' || before?.key === 'titled' || before?.key === 'called') index -= 1;
  const noun = tokenAt(tokens, index);
  if (noun === undefined || !noun.isWord || noun.capitalized || !WORK_NOUNS.has(noun.key)) return false;
  if (before?.text !== ',') return true;
  // `Asked if he would stay next season, Parry said`: a noun of works that names a time is no work.
  // `After the show, Walliams said`: a name its verb of speech follows is the subject after a fronted phrase.
  return !TIME_DETERMINERS.has(tokenAt(tokens, index - 1)?.key ?? '') && !reportingVerbFollows(tokens, end);
}

/** Words that make a noun of works (`season`, `episode`) a time: `next season`, `last series`. */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['next', 'last', 'this', 'that', 'every', 'each', 'previous', 'coming', 'following']);

/** Works named as examples after their plural noun: `films such as`, `novels including`, `hits like`. */
const LISTED_WORK_NOUNS: ReadonlySet<string> = new Set([
  'films', 'movies', 'novels', 'books', 'shows', 'plays', 'series', 'songs', 'albums', 'singles', 'tracks', 'hits',
  'documentaries', 'musicals', 'operas', 'dramas', 'comedies', 'thrillers', 'sitcoms', 'podcasts', 'paintings', 'poems',
  'games', 'franchises',
]);
/** Most names of a list a listed work may stand after: `films such as A, B, C and D`. */
const LISTED_WORKS_REACH = 6;
/** Small words inside a title (`Father of the Bride`); `and`, `or` and `as` join list items and clauses instead. */
const TITLE_INNER_WORDS: ReadonlySet<string> = new Set([...TITLE_SMALL_WORDS].filter((word) => word !== 'and' && word !== 'or' && word !== 'as'));

/**
 * `in films such as Ghost Town and Knocked Up`: every name of a list opened
 * by `such as`, `including` or `like` after a plural noun of works is a title,
 * but for a maker named in the possessive (`novels such as Ann Lyle's Tides`).
 * A list has one `and`; `, and` closes a list only after another comma
 * (`A, B, and C`), else it opens a clause (`such as Ghost Harbour, and Ann Lyle said`).
 */
function isListedWork(tokens: readonly Token[], first: number, end: number): boolean {
  if (isPossessive(tokens[end])) return false;
  let index = first - 1;
  let passedAnd = false;
  let needsComma = false;
  for (let items = 0; items < LISTED_WORKS_REACH; items += 1) {
    const joiner = tokenAt(tokens, index);
    const comma = joiner?.text === ',';
    const and = joiner?.key === 'and' || joiner?.key === 'or';
    if (!comma && !and) break;
    if (and && passedAnd) return false;
    passedAnd ||= and;
    index -= 1;
    if (and && tokenAt(tokens, index)?.text === ',') {
      index -= 1;
      needsComma = true;
    }
    // Back over the previous title: capitalized words and the small words inside titles.
    let words = 0;
    while (index >= 0 && words < LONGEST_TITLED_NAME && (tokens[index]!.capitalized || TITLE_INNER_WORDS.has(tokens[index]!.key))) {
      index -= 1;
      words += 1;
    }
    if (words === 0) return false;
    if (needsComma && tokenAt(tokens, index)?.text !== ',') return false;
    needsComma = false;
  }
  const lead = tokenAt(tokens, index);
  let nounAt = index - 1;
  if (lead?.key === 'as' && tokenAt(tokens, index - 1)?.key === 'such') nounAt = index - 2;
  else if (lead?.key !== 'including' && lead?.key !== 'like') return false;
  const noun = tokenAt(tokens, nounAt);
  return noun !== undefined && noun.isWord && !noun.capitalized && LISTED_WORK_NOUNS.has(noun.key);
}

const PLAYED_VERBS: ReadonlySet<string> = new Set(['played', 'plays', 'playing', 'portrays', 'portrayed', 'portraying']);
/** Most lowercase words between `played` and a character's name: `played ferry captain Ruth Tamsin`. */
const CHARACTER_ROLE_REACH = 3;
const DRAMA_CONTEXT = /\b(?:drama|soap|sitcom|film|movie|episode|character|actor|actress|on-screen|cast)\b/i;

/** `who has played ferry captain Ruth Tamsin on the drama`: a fictional character, nobody the news is about. */
function isCharacterPlayed(block: BlockText, first: number): boolean {
  const { tokens } = block;
  for (let index = first - 1; index >= 0 && index >= first - 1 - CHARACTER_ROLE_REACH; index -= 1) {
    const token = tokens[index]!;
    if (!token.isWord || token.capitalized) return false;
    if (PLAYED_VERBS.has(token.key)) return DRAMA_CONTEXT.test(block.text);
  }
  return false;
}

/** Words that open a list of song titles: `played X, Y and Z`, `the setlist: X, Y`, `opened with X`. */
const SETLIST_CUES: ReadonlySet<string> = new Set(['setlist', 'played', 'performed', 'songs', 'tracks', 'encore', 'with']);
/** Cues that open a title list only when the list runs to several titles (`played Chelsea` is a match). */
const WEAK_SETLIST_CUES: ReadonlySet<string> = new Set(['played', 'performed']);
const SETLIST_VERBS_BEFORE_WITH: ReadonlySet<string> = new Set(['opened', 'closed', 'ended', 'finished', 'started', 'began', 'encore']);
/** How far back, in tokens, a title list may reach to its cue; bounded to keep the pass linear. */
const LONGEST_SETLIST = 40;
const SONG_CONTEXT = /\b(?:band|gig|concert|setlist|set list|song|songs|album|encore|tour|singer|crowd|fans|festival|stage)\b/i;

/** A title inside a list of songs: neither a person nor anything else the article names. */
function inSetlist(block: BlockText, first: number): boolean {
  const { tokens } = block;
  let items = 1;
  for (let index = first - 1; index >= 0 && index >= first - LONGEST_SETLIST; index -= 1) {
    const token = tokens[index]!;
    if (token.text === ',' || token.key === 'and' || token.text === '&') {
      if (token.text === ',' || token.key === 'and') items += 1;
      continue;
    }
    if (token.text === ':' || QUOTE_MARK.test(token.text)) continue;
    if (token.isWord && token.capitalized) continue;
    if (!token.isWord || !SETLIST_CUES.has(token.key)) return false;
    // `opened with X`: one title is enough where the paragraph is about music.
    if (token.key === 'with') return SETLIST_VERBS_BEFORE_WITH.has(tokenAt(tokens, index - 1)?.key ?? '') && SONG_CONTEXT.test(block.text);
    if (WEAK_SETLIST_CUES.has(token.key)) return items + itemsAfter(tokens, first) >= 3 && SONG_CONTEXT.test(block.text);
    return true;
  }
  return false;
}

/** How many more titles a list goes on to after the one at `first` (`X, Y and Z`: two after `X`). */
function itemsAfter(tokens: readonly Token[], first: number): number {
  let items = 0;
  for (let index = first; index < tokens.length && index < first + LONGEST_SETLIST; index += 1) {
    const token = tokens[index]!;
    if (token.text === ',' || token.key === 'and') items += 1;
    else if (!(token.isWord && token.capitalized) && token.text !== '&' && !QUOTE_MARK.test(token.text)) break;
  }
  return items;
}

/** How many capitalized words an earlier part of a title's complement may run to: `Middle East` `and` ... */
const LONGEST_COMPLEMENT_PART = 6;
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * The index of the title word whose complement the run at `first` is:
 * `Minister for` Health ..., `Director of the` Central Asia Department ...,
 * also across `and` after an earlier part (`of the Middle East and` Central
 * Asia Department ...). -1 when the run follows no title's `of` or `for`.
 */
function complementTitleIndex(tokens: readonly Token[], first: number): number {
  let index = first - 1;
  if (tokenAt(tokens, index)?.key === 'and') {
    index -= 1;
    const partEnd = index;
    while (index >= 0 && partEnd - index < LONGEST_COMPLEMENT_PART && tokens[index]!.isWord && tokens[index]!.capitalized) index -= 1;
    if (index === partEnd) return -1;
  }
  if (tokenAt(tokens, index)?.key === 'the') index -= 1;
  if (!COMPLEMENT_WORDS.has(tokenAt(tokens, index)?.text ?? '')) return -1;
  const title = tokenAt(tokens, index - 1);
  // Lowercase too: `former secretary of State Hillary Clinton`.
  return title !== undefined && title.isWord && TITLE_WORDS.has(title.key) ? index - 1 : -1;
}

/**
 * `Minister for Health Ada Lyle`, `Director of the Central Asia Department
 * Omar Haddad`: a run after a title's `of` or `for` that ends in a person's
 * name holds the portfolio or department, then the holder. The name is the
 * last two words, or three after a given name; the portfolio is an entity of
 * its own only when the tables or its head word say what it is (`Central
 * Asia Department`), and is otherwise part of the role (`minister for health`).
 * After `and` the run holds only the end of the portfolio's name, which is
 * then no entity: the person keeps the title alone.
 */
function splitComplementName(block: BlockText, first: number, end: number, titleIndex: number, lookup: NameLookup): Candidate[] | undefined {
  const { tokens } = block;
  if (end - first < 3 || lookup(textOf(block, first, end)) !== undefined) return undefined;
  const nameFirst = end - 3 > first && GIVEN_NAMES.has(tokens[end - 3]!.key) ? end - 3 : end - 2;
  if (!isBareName(block, nameFirst, end, lookup)) return undefined;
  // Where the name begins must show: a given name, or a portfolio ending in a word that builds one
  // (`Health`, `Department`). `CEO of Harbour Point Logistics` is a company, not a portfolio and a name.
  const portfolioLast = tokens[nameFirst - 1]!.key;
  const boundary =
    GIVEN_NAMES.has(tokens[nameFirst]!.key) || TITLE_MODIFIERS.has(portfolioLast) || ORGANIZATION_HEADS.has(portfolioLast) ||
    LONE_COMMON_NOUNS.has(portfolioLast) || ROLE_DESCRIBING_WORDS.has(portfolioLast);
  if (!boundary) return undefined;
  // After a lowercase title (`a director of Crown Central Petroleum`) the complement is most often an employer:
  // only a given name opening two words that name no body shows a person's name there.
  if (!tokens[titleIndex]!.capitalized && (!GIVEN_NAMES.has(tokens[nameFirst]!.key) || nameHeadKind(block, nameFirst, end) !== undefined)) return undefined;
  const results: Candidate[] = [];
  const portfolioText = textOf(block, first, nameFirst);
  const known = lookup(portfolioText);
  const headKind = nameHeadKind(block, first, nameFirst);
  const person = newCandidateFor(block, nameFirst, end, textOf(block, nameFirst, end));
  person.headKind = 'person';
  const title = tokens[titleIndex]!.key;
  // After `and` the run is only the end of the portfolio's name (`Middle East and` `Central Asia Department`).
  const direct = first === titleIndex + 2 || (first === titleIndex + 3 && tokens[titleIndex + 2]!.key === 'the');
  if (!direct) {
    person.roles.push(title);
  } else if (known || headKind === 'organization' || headKind === 'place') {
    const portfolio = newCandidateFor(block, first, nameFirst, portfolioText);
    if (known) portfolio.known = known;
    else portfolio.headKind = headKind;
    results.push(portfolio);
    person.roles.push(title);
    person.affiliations.push(known?.name ?? portfolioText);
  } else {
    const words = tokens.slice(titleIndex + 1, nameFirst).filter((token) => token.isWord).map((token) => token.key);
    person.roles.push(first === titleIndex + 2 ? [title, ...words].join(' ') : title);
  }
  results.push(person);
  return results;
}

/** Every name candidate of a block, in text order, with context evidence. */
export function candidatesOfBlock(block: BlockText, lookup: NameLookup, definedAcronyms: ReadonlySet<string>): Candidate[] {
  if (block.titleCase) return [];
  const { tokens } = block;
  const candidates: Candidate[] = [];
  for (const run of findRuns(tokens)) {
    // `Russian's Energy Minister ...`: a nationality with a possessive names the person's country, an
    // affiliation. The possessive `'s` ends the name before it, so the person's span, and with it the
    // alias the text gives, starts at the title: `Energy Minister Alexander Novak`.
    const apostrophe = tokens[run.end];
    if (
      isPossessive(apostrophe) && run.end - run.first === 1 &&
      countryOfDemonym(tokens[run.first]!.text) !== undefined && tokens[run.end + 1]?.capitalized
    ) {
      // Only the run right after matters: a bounded slice keeps long paragraphs linear.
      const rest = findRuns(tokens.slice(run.end + 1, run.end + 1 + LONGEST_TITLED_NAME))[0];
      if (rest && rest.first === 0) {
        const following = candidatesOfRun(block, run.end + 1, run.end + 1 + rest.end, lookup, definedAcronyms);
        const person = following.find((candidate) => candidate.headKind === 'person');
        if (person && person.first === run.end + 1) person.affiliations.unshift(tokens[run.first]!.text);
        candidates.push(...following);
        continue;
      }
    }
    // `Minister for Health Ada Lyle`: a portfolio after a title's `of` or `for`, then the holder's name.
    const titleIndex = complementTitleIndex(tokens, run.first);
    const holder = titleIndex >= 0 ? splitComplementName(block, run.first, run.end, titleIndex, lookup) : undefined;
    if (holder) {
      candidates.push(...holder);
      continue;
    }
    // `Director of Public Health`: the words after a capitalized title's `of` belong to the title; after a
    // lowercase one (`a director of Zentrix`, `co-founder of PayPal`) they name the employer.
    const ofTitle = tokenAt(tokens, run.first - 2);
    const titleOf = tokenAt(tokens, run.first - 1)?.text === 'of' && ofTitle !== undefined && ofTitle.capitalized && TITLE_WORDS.has(ofTitle.key);
    for (const candidate of candidatesOfRun(block, run.first, run.end, lookup, definedAcronyms)) {
      if (titleOf && !candidate.known && !candidate.headKind) continue;
      if (candidate.known?.kind === 'place' && namesSomethingElse(tokens, candidate.end)) continue;
      if (!candidate.known && (isWorkTitle(tokens, candidate.first, candidate.end) || inSetlist(block, candidate.first) || isListedWork(tokens, candidate.first, candidate.end))) continue;
      if (!candidate.known && isQuotedWorkTitle(tokens, candidate.first, candidate.end)) continue;
      if (!candidate.known && !candidate.headKind && isCharacterPlayed(block, candidate.first)) continue;
      if (!candidate.known && namesConstituency(tokens, candidate.first, candidate.end)) candidate.headKind = 'place';
      const last = candidates[candidates.length - 1];
      if (last && last.first <= candidate.first && candidate.first < last.end) continue;
      candidates.push(candidate);
    }
  }
  const joined = joinPossessiveLeads(block, candidates);
  for (const candidate of joined) {
    candidate.definesAcronym = acronymAfter(block, candidate.end);
    addContextEvidence(candidate, lookup);
    // `Jefferies analyst Martina Rossi` opening a sentence: the employer before a role and a name is no mere opener.
    if (candidate.joinOnly && candidate.scores.organization >= EVIDENCE.affiliationOfRole && !ROLE_DESCRIBING_WORDS.has(tokens[candidate.first]!.key)) {
      candidate.joinOnly = false;
    }
    // `on the LSEG`: a preposition cannot make a place of a long acronym no table knows (three letters may be an airport: `XNA`).
    if (candidate.allCaps && !candidate.known && !candidate.headKind && candidate.end - candidate.first === 1 && candidate.name.length > 3) {
      candidate.scores.place = 0;
    }
  }
  return joined;
}
