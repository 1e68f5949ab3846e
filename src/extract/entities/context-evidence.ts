/**
 * What the words around a name say about its kind: `X said` (a speaker),
 * `X, a passenger` (a person), `in X` (a place), `X employees` (an
 * organization), `spokesman for X` (an organization). Each clue adds to the
 * candidate's scores; none decides alone except together with the others.
 */
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { isNumberWordTo99 } from '../lexicon/number-words.ts';
import { ADDRESSEE_LEMMAS } from '../lexicon/cue-arguments.ts';
import {
  ORGANIZATION_CONTEXT_NOUNS,
  ORGANIZATION_NOUNS_BEFORE_NAME,
  ORGANIZATION_ROLE_NOUNS,
  isAgeAdjective,
  isPersonRoleNoun,
  PLACE_ROLE_NOUNS,
} from '../lexicon/role-nouns.ts';
import { countryOfDemonym } from '../gazetteer/index.ts';
import { isTitlePart } from './title-parts.ts';
import { AFFILIATION_LINKS, KIN_NOUNS, PREPOSITIONS } from '../lexicon/discourse-words.ts';
import { GIVEN_NAMES } from '../gazetteer/given-names.ts';
import { ACTING_BODY_VERBS_BEFORE_BY, GOVERNING_PLACE_HEADS, ORGANIZATION_HEADS, OUTLET_HEADS } from '../lexicon/org-suffixes.ts';
import type { Candidate, NameLookup } from './candidates.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, LONE_COMMON_NOUNS, ROLE_DESCRIBING_WORDS } from './common-words.ts';
import { credit, EVIDENCE } from './scores.ts';
import { isPartyTag, isPossessive, tokenAt, type Token } from './tokenize.ts';

/** Words that may stand between a subject and its reporting verb: `Putin also said`, `Moon has said`. */
const VERB_GAP_WORDS: ReadonlySet<string> = new Set([
  'also', 'has', 'had', 'have', 'was', 'is', 'will', 'would', 'then', 'later', 'previously', 'recently',
  'earlier', 'further', 'again', 'once', 'reportedly', 'had', 'quickly', 'repeatedly', 'publicly', 'not',
]);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'across', 'outside', 'throughout', 'to', 'toward', 'towards', 'via', 'around']);
const WEAK_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at']);
/** Words before `at` that make the name after it an employer or a school: `works at`, `studied at`. */
const WORK_WORDS: ReadonlySet<string> = new Set([
  'work', 'works', 'worked', 'working', 'employed', 'job', 'jobs', 'career', 'staff', 'study', 'studies', 'studied',
  'studying', 'teach', 'teaches', 'taught', 'teaching', 'trained', 'training', 'enrolled', 'student', 'students',
  'professor', 'researcher', 'researchers', 'lecturer', 'intern', 'internship', 'shares', 'stake', 'deal', 'role',
]);
/** Lowercase words that describe a part of a place: `downtown Tarrow`, `rural Dunmore`, `northern Elsland`. */
const PART_OF_PLACE_WORDS: ReadonlySet<string> = new Set([
  'downtown', 'uptown', 'midtown', 'rural', 'suburban', 'central', 'northern', 'southern', 'eastern', 'western',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'coastal', 'inland', 'greater', 'regional', 'outer', 'inner', 'upstate', 'downstate',
]);
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'with', 'at', 'of']);
const BYLINE_WORDS: ReadonlySet<string> = new Set(['by', 'copyright', 'photo', 'credit', 'image', '©']);
const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'whose']);
/** `Denver-based`, `Marikana-area`, `Leeds-born`: a name compounded with these is where something is. */
const PLACE_COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(['based', 'area', 'born']);
/** `Jo Park-coached`, `Ann Lyle-led`: a full name compounded with these is the person in charge. */
const PERSON_COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(['led', 'coached', 'captained', 'trained', 'fronted']);
/** Words that end an appositive before its head noun: a verb or a clause follows the name instead. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'and', 'but', 'said']);
/** How far into `, a data protection charity` the head noun may sit. */
const APPOSITIVE_REACH = 7;

/** A verb of speech (not of stance) at `token`: `said`, `says`. */
export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && REPORTING_VERB_BY_FORM.get(token.key)?.strength === 'speech';
}

/** `X said`, `X has said`, `X also told`. */
export function reportingVerbFollows(tokens: readonly Token[], end: number): boolean {
  for (let index = end; index < tokens.length && index < end + 3; index += 1) {
    const token = tokens[index]!;
    if (isSpeechVerb(token)) return true;
    if (!token.isWord || !VERB_GAP_WORDS.has(token.key)) return false;
  }
  return false;
}

/** Tokens an appositive between a name and its verb of speech may run, its closing comma included. */
const SPEAKING_APPOSITIVE_REACH = 16;

/**
 * `Massoud Shadjareh, from the Muslim Safety Forum, said`, `Monfils, who was given a wildcard, said`: a name, an
 * appositive set off by commas (opening with a lower-case word other than `which`; no sentence end, no quote),
 * then a verb of speech.
 */
function reportingVerbAfterAppositive(tokens: readonly Token[], end: number): boolean {
  // A capitalized word after the comma may be the name a role before it belongs to (`Finance Minister, Tom McCabe, said`).
  const opener = tokens[end + 1];
  if (tokens[end]?.text !== ',' || opener === undefined || !opener.isWord || opener.capitalized || opener.key === 'which') return false;
  for (let index = end + 1; index < tokens.length && index <= end + SPEAKING_APPOSITIVE_REACH; index += 1) {
    const token = tokens[index]!;
    if (!token.isWord && APPOSITIVE_BREAKS.test(token.text)) return false;
    if (token.text === ',' && reportingVerbFollows(tokens, index + 1)) return true;
  }
  return false;
}

/** Most capitalized words of the body a name is given as belonging to: `of Societe Generale Alsacienne`. */
const AFFILIATION_NAME_REACH = 5;

/**
 * `Holger Schmieding of Berenberg said`, `Ana Ruiz from the Harbour Trust (HT)
 * warned`: a name, a link to a body (`of`, `at`, `from`, `with`), the body's
 * capitalized name, then a verb of speech: the name is the speaker the body
 * is given for.
 */
function reportingVerbAfterAffiliation(tokens: readonly Token[], end: number): boolean {
  if (!AFFILIATION_LINKS.has(tokens[end]?.key ?? '')) return false;
  let at = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const from = at;
  while (at < from + AFFILIATION_NAME_REACH && tokens[at]?.isWord === true && tokens[at]!.capitalized) at += 1;
  if (at === from) return false;
  // `(Sogenal)`: the body's short name in brackets.
  if (tokens[at]?.text === '(' && tokens[at + 2]?.text === ')') at += 3;
  return reportingVerbFollows(tokens, at);
}

/**
 * Two words or more, none a title or its modifier: `Holger Schmieding`, not `Deputy Under Secretary` (of
 * Commerce Bruce Smart) or `RNC Chief`, whose `of` or name after it belongs to the title.
 */
function namesNoTitle(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2) return false;
  for (let index = first; index < end; index += 1) if (isTitlePart(tokens[index]!)) return false;
  return true;
}

/** Punctuation no appositive runs across: a sentence's end, a quote mark, a semicolon or a colon. */
const APPOSITIVE_BREAKS = /^[.!?;:"“”‘’«»]/u;

/** `..., said X` (not `told X`, `assured X`: the one told is the listener). */
function reportingVerbPrecedes(tokens: readonly Token[], first: number): boolean {
  const verb = tokenAt(tokens, first - 1);
  if (!isSpeechVerb(verb) || ADDRESSEE_LEMMAS.has(REPORTING_VERB_BY_FORM.get(verb!.key)!.lemma)) return false;
  const before = tokenAt(tokens, first - 2);
  return before === undefined || !before.isWord || before.key === 'also';
}

/** Verbs that agree only with a plural subject: after a single name they mean a team or a body. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/**
 * `Jo Park, 34,`, `Hazel Park, six,`, `Jo Park, aged 34,`: an age set off by
 * commas right after a name (`end` is the comma). Written in digits it may
 * also end the block; in words, or after `aged`, the closing comma must show,
 * so that a count (`Harbour Town, two goals`) does not read as an age.
 */
export function givesAgeAfterComma(tokens: readonly Token[], end: number): boolean {
  let at = end + 1;
  const aged = tokens[at]?.key === 'aged';
  if (aged) at += 1;
  const age = tokens[at];
  if (age === undefined) return false;
  const closed = tokens[at + 1]?.text === ',';
  if (/^\d{1,3}$/.test(age.text)) return closed || (!aged && tokens[at + 1] === undefined);
  return closed && !age.capitalized && isNumberWordTo99(age.key);
}

/** The appositive after `X,`: its head noun and the words of the role (`shadow chancellor`). */
function appositive(tokens: readonly Token[], end: number): { kind: 'person' | 'organization' | 'place'; role: string } | 'who' | 'which' | 'age' | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  const first = tokens[end + 1];
  if (first === undefined) return undefined;
  if (first.key === 'who') return 'who';
  if (first.key === 'which') return 'which';
  // `Mara Quill, whose bakery flooded`: what follows is the name's, not what the name is.
  if (first.key === 'whose') return undefined;
  if (givesAgeAfterComma(tokens, end)) return 'age';
  let roleStart = end + 1;
  for (let index = end + 1; index < tokens.length && index <= end + APPOSITIVE_REACH; index += 1) {
    const token = tokens[index]!;
    if (token.text === '(' || token.text === ')') continue;
    // `Ana Ruiz, a 61-year-old street vendor,`: an age written as a modifier.
    // `Ana Ruiz, a six-year-old,`: in words too, as before a name.
    if (isAgeAdjective(token.text)) return 'age';
    // `the club's treasurer`, `Kestrel's chief executive`: the owner before a possessive is no head; the role follows.
    if (isPossessive(token) && index > end + 1) {
      roleStart = index + 1;
      continue;
    }
    if (!token.isWord) return undefined;
    // `Shami Chakrabarti, from human rights group Liberty,`: a phrase opened by a preposition says where the name
    // belongs (or is), not what it is.
    if (index === end + 1 && PREPOSITIONS.has(token.key)) return undefined;
    // `an Egyptologist`: a capitalized word can still be a person's role; first in the appositive only before a
    // lower-case word (`CEO of a conglomerate`), since a capitalized word after it may name whose role it is
    // (`President Obama's adviser`).
    const following = tokens[index + 1];
    const roleFirst = index === end + 1 && isPersonRoleNoun(token.key) && following?.isWord === true && !following.capitalized;
    if (APPOSITIVE_DETERMINERS.has(token.key) || (token.capitalized && !((index > end + 1 || roleFirst) && isPersonRoleNoun(token.key)))) {
      roleStart = index + 1;
      continue;
    }
    const kind = isPersonRoleNoun(token.key)
      ? 'person'
      : ORGANIZATION_ROLE_NOUNS.has(token.key)
        ? 'organization'
        : PLACE_ROLE_NOUNS.has(token.key)
          ? 'place'
          : undefined;
    if (kind) {
      // `a data protection charity`: stop at the first head; `chairman of` stops at `chairman`.
      const next = tokens[index + 1];
      if (isPossessive(next)) continue;
      const compound = next?.isWord && !next.capitalized && (isPersonRoleNoun(next.key) || ORGANIZATION_ROLE_NOUNS.has(next.key));
      if (compound) continue;
      // `with Moon, the Russian president said`: a new subject, not an appositive.
      const after = tokens[index + 1];
      if (after?.isWord && (REPORTING_VERB_BY_FORM.has(after.key) || VERB_GAP_WORDS.has(after.key))) return undefined;
      const words = tokens.slice(roleStart, index + 1).filter((t) => t.isWord).map((t) => t.key);
      return { kind, role: words.join(' ') };
    }
    // Only modifiers may come before the head: a verb or a clause ends the appositive.
    if (REPORTING_VERB_BY_FORM.has(token.key) || CLAUSE_WORDS.has(token.key)) return undefined;
  }
  return undefined;
}

/** How many capitalized words before a role may name whom the role is held for: `Tarrow Rural Fire Service`. */
const HOLDER_REACH = 4;

interface RoleBefore {
  role: string;
  /** Whom the role is held for, as written before it: `Celtic` of `Celtic manager Rodgers`, `Russian` of `Russian president`. */
  holder?: string;
}

/**
 * The capitalized words right before a role (index `roleFirst`), when they name
 * whom it is held for: a nationality, or a name that is no calendar word and
 * no lone function word opening the sentence (`The`, `On Tuesday`).
 */
function holderBefore(tokens: readonly Token[], roleFirst: number): string | undefined {
  let first = roleFirst;
  while (first > roleFirst - HOLDER_REACH) {
    const token = tokenAt(tokens, first - 1);
    if (!token?.isWord || !token.capitalized || FUNCTION_WORDS.has(token.key) || CALENDAR_WORDS.has(token.key)) break;
    first -= 1;
  }
  if (first === roleFirst) return undefined;
  // `District police chief`, `Aviation safety consultant`: one word that describes the role is whom it serves, not whom it is held for.
  const lone = tokens[first]!;
  if (roleFirst - first === 1 && (LONE_COMMON_NOUNS.has(lone.key) || ROLE_DESCRIBING_WORDS.has(lone.key))) return undefined;
  return tokens.slice(first, roleFirst).map((token) => token.text).join(' ');
}

/** The role noun written just before a name, and whom it is held for: `passenger Kathryn Jones`, `Celtic manager Rodgers`. */
function roleBefore(tokens: readonly Token[], first: number): RoleBefore | undefined {
  let index = first - 1;
  // `Tory party chairman, Ann Lyle,`
  if (tokenAt(tokens, index)?.text === ',' && tokenAt(tokens, first - 2)?.isWord) index -= 1;
  const head = tokenAt(tokens, index);
  if (!head?.isWord || head.capitalized || !isPersonRoleNoun(head.key)) return undefined;
  const words = [head.key];
  let roleFirst = index;
  const modifier = tokenAt(tokens, index - 1);
  // `asked prosecutor Tabitha Walker`: a reporting verb before the role is the sentence's verb, not part of the role.
  if (modifier?.isWord && !modifier.capitalized && !APPOSITIVE_DETERMINERS.has(modifier.key) && modifier.key.length > 3 && !REPORTING_VERB_BY_FORM.has(modifier.key)) {
    words.unshift(modifier.key);
    roleFirst -= 1;
  }
  const holder = holderBefore(tokens, roleFirst);
  return holder === undefined ? { role: words.join(' ') } : { role: words.join(' '), holder };
}

/** How many words a role phrase before an appositive name may hold: `the owner of the three delivery vans`. */
const ROLE_PHRASE_REACH = 8;
/** Words that may sit between a determiner and the head of a role phrase: `his new bakery`, `the club's head coach`. */
const ROLE_PHRASE_MODIFIERS = 2;
const ROLE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'on']);

function kindOfRoleNoun(key: string): 'person' | 'organization' | 'place' | undefined {
  if (isPersonRoleNoun(key)) return 'person';
  if (ORGANIZATION_ROLE_NOUNS.has(key)) return 'organization';
  return PLACE_ROLE_NOUNS.has(key) ? 'place' : undefined;
}

/**
 * `The owner of the vans, Rosa Delgado, said`, `My wife, Agnieszka,`, `his
 * new bakery, Crumb,`: a name set off by commas right after a determined role
 * phrase is what the phrase names. The phrase must open with a determiner and
 * reach the comma through only its head's complement (`of the vans`).
 */
function rolePhraseBefore(tokens: readonly Token[], first: number, end: number): { kind: 'person' | 'organization' | 'place'; role: string } | undefined {
  const after = tokens[end];
  if (tokenAt(tokens, first - 1)?.text !== ',' || (after !== undefined && after.text !== ',' && after.text !== '.')) return undefined;
  const stop = Math.max(0, first - 2 - ROLE_PHRASE_REACH);
  for (let head = first - 2; head >= stop; head -= 1) {
    const token = tokens[head]!;
    if (!token.isWord) return undefined;
    const kind = kindOfRoleNoun(token.key);
    if (!kind) continue;
    // What follows the head up to the comma must be its complement: `of the vans`, or nothing.
    if (head < first - 2 && !ROLE_COMPLEMENT_WORDS.has(tokens[head + 1]!.key)) continue;
    for (let determiner = head - 1; determiner >= 0 && determiner >= head - 1 - ROLE_PHRASE_MODIFIERS; determiner -= 1) {
      const word = tokens[determiner]!;
      // `Wierzba's new bakery`: a possessive determines the phrase too.
      if (isPossessive(word)) return { kind, role: token.key };
      if (!word.isWord) break;
      if (APPOSITIVE_DETERMINERS.has(word.key) || word.key === 'my') return { kind, role: token.key };
      if (word.capitalized && !word.sentenceStart) break;
    }
  }
  return undefined;
}

const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['residents', 'resident', 'people', 'families', 'householders', 'neighbours', 'neighbors', 'streets', 'parts', 'outskirts', 'suburbs']);

/** Kinds of land a name is said to be of: `the state of Pará`, `the municipalities of Altamira and ...`. */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'state', 'states', 'province', 'provinces', 'city', 'cities', 'town', 'towns', 'village', 'villages',
  'municipality', 'municipalities', 'county', 'counties', 'district', 'districts', 'region', 'regions',
  'island', 'islands', 'suburb', 'suburbs', 'borough', 'boroughs', 'hamlet', 'parish',
]);
/** Lowercase land nouns written after a place's name: `Pará state`, `Sindh province`. */
const PLACE_KIND_NOUNS_AFTER: ReadonlySet<string> = new Set(['state', 'province', 'region', 'district', 'county', 'municipality']);
/** Nouns of a credit line whose `from` or `by` names people: `with reports from`, `additional reporting by`. */
const CREDIT_NOUNS: ReadonlySet<string> = new Set(['reports', 'reporting', 'contributions', 'contribution', 'input', 'writing', 'editing']);
/** How many tokens back a list of names may reach for the word that governs it: `in Leeds, York and Hull`. */
const LIST_REACH = 12;

/**
 * The lowercase word that governs a list the name ends (`in` of `in Sukkur and
 * Shikarpur`, `of` of `towns of Ely, March and Wisbech`), when the name follows
 * `and`, `or` or a comma in a list of capitalized names; else undefined.
 */
function listGovernor(tokens: readonly Token[], first: number, end: number): { word: Token; before: Token | undefined } | undefined {
  const joiner = tokenAt(tokens, first - 1);
  if (!joiner || !(joiner.key === 'and' || joiner.key === 'or' || joiner.text === ',')) return undefined;
  // `Swan Hills, Alta.` is a place and its province, not a list; a list goes on after a comma: `Leeds, York and Hull`.
  const after = tokens[end];
  if (joiner.text === ',' && !(after?.text === ',' || after?.key === 'and' || after?.key === 'or')) return undefined;
  // `Rami Haddad in Doha and Leila Nasser in Cairo`: a person's name is not one of the places.
  // `Rami Haddad in Doha and Leila Nasser in Cairo`: a name with its own place is not one of the places.
  if (GIVEN_NAMES.has(tokens[first]!.key) || (end - first >= 2 && after?.isWord && PLACE_PREPOSITIONS.has(after.key))) return undefined;
  let sawName = false;
  for (let index = first - 2; index >= 0 && index >= first - 1 - LIST_REACH; index -= 1) {
    const token = tokens[index]!;
    if (token.isWord && token.capitalized && !token.sentenceStart) {
      sawName = true;
      continue;
    }
    if (token.text === ',' || token.key === 'and' || token.key === 'or') {
      if (!sawName) return undefined;
      continue;
    }
    if (!token.isWord || !sawName) return undefined;
    // `with reports from Jun Elias and Rhea Cortez`: the reporters of a credit line.
    const before = tokenAt(tokens, index - 1);
    if (before?.isWord && CREDIT_NOUNS.has(before.key)) return undefined;
    return { word: token, before };
  }
  return undefined;
}

const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
/** Longest place name, in words, between an address's `of` and the comma after it: `of Upper Maren Vale,`. */
const ADDRESS_NAME_WORDS = 4;

/** `, 60, of` just before `first`: the opening of a person's address. */
function opensAddress(tokens: readonly Token[], first: number): boolean {
  return (
    tokenAt(tokens, first - 1)?.key === 'of' &&
    tokenAt(tokens, first - 2)?.text === ',' &&
    /^\d{1,3}$/.test(tokenAt(tokens, first - 3)?.text ?? '') &&
    tokenAt(tokens, first - 4)?.text === ','
  );
}

/** `Jane Doe, 60, of Ashford` and the `Kent` of `..., of Ashford, Kent`. */
function isInAddress(tokens: readonly Token[], first: number): boolean {
  if (opensAddress(tokens, first)) return true;
  if (tokenAt(tokens, first - 1)?.text !== ',') return false;
  // The place before the comma must itself open the address.
  for (let start = first - 2; start >= 0 && start >= first - 1 - ADDRESS_NAME_WORDS; start -= 1) {
    const token = tokens[start]!;
    if (!token.isWord || !token.capitalized) return false;
    if (opensAddress(tokens, start)) return true;
  }
  return false;
}

/** Longest place name, in tokens, looked for before a possessive: `Trinidad and Tobago`. */
const LONGEST_PLACE_BEFORE_POSSESSIVE = 3;

/** Whether the words just before `end` (a possessive) name a known place. */
function placeEndsAt(tokens: readonly Token[], end: number, lookup: NameLookup): boolean {
  for (let first = end - 1; first >= Math.max(0, end - LONGEST_PLACE_BEFORE_POSSESSIVE); first -= 1) {
    if (!tokens[first]!.isWord) return false;
    if (!tokens[first]!.capitalized) continue;
    const written = tokens.slice(first, end).map((token) => token.text).join(' ');
    if (lookup(written)?.kind === 'place') return true;
  }
  return false;
}

/** Longest body name, in words, looked through after `of`. */
const LONGEST_BODY_AFTER_OF = 5;

/** Whether capitalized words from `from` (after an optional `the`) name a known organization or end in a body's head word. */
function bodyFollows(tokens: readonly Token[], from: number, lookup: NameLookup): boolean {
  const start = tokens[from]?.key === 'the' ? from + 1 : from;
  let end = start;
  while (end < start + LONGEST_BODY_AFTER_OF && tokens[end]?.isWord && tokens[end]!.capitalized) end += 1;
  if (end === start) return false;
  const head = tokens[end - 1]!.key;
  if (ORGANIZATION_HEADS.has(head) || OUTLET_HEADS.has(head)) return true;
  return lookup(tokens.slice(start, end).map((token) => token.text).join(' '))?.kind === 'organization';
}

/** Whether the capitals of the name's words, in order, are the acronym's first letters or all of them: `Tarrow County Fire Rescue` for `TCFR`. */
function initialsSpell(tokens: readonly Token[], first: number, end: number, acronym: string): boolean {
  let initials = '';
  for (let index = first; index < end; index += 1) {
    const token = tokens[index]!;
    if (token.isWord && token.capitalized) initials += token.text[0];
  }
  return initials.length >= 2 && acronym.toUpperCase().startsWith(initials.toUpperCase());
}

/**
 * `AOL chief executive Jo Park`, `Final Wars producer Jo Park`, `GNS Science
 * seismologist Jo Park`: one or two lowercase words from `end`, the last a
 * person's role noun (a learned ending or prefix counts), then a capitalized
 * word (the holder's name).
 */
function modifiesRoleOfName(tokens: readonly Token[], end: number): boolean {
  for (let at = end; at < end + 2; at += 1) {
    const token = tokens[at];
    // `Kris Jenner says son Rob …`: a verb is no modifier's noun, and kin are a person's.
    if (!token?.isWord || token.capitalized || isSpeechVerb(token) || KIN_NOUNS.has(token.key)) return false;
    if (isPersonRoleNoun(token.key) && tokens[at + 1]?.isWord === true && tokens[at + 1]!.capitalized) return true;
  }
  return false;
}

/** Words a body's name may hold, or be described by, between `from` and the part the finder kept: `Parks and Wildlife`, `Adelaide-based`, `grower group`. */
const AFFILIATION_NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'the']);

/** How far back from a name the words of a longer body's name and its description are read. */
const AFFILIATION_REACH = 6;

/**
 * `Jo Park from Northern Territory Parks and Wildlife says`, `Jo Park from
 * Adelaide-based Tarrow Bio says`, `from grower group Ausveg`: the name is the
 * last part of a body's name, or a body described first, after one of the
 * AFFILIATION_LINKS that follows a person's name. It is the affiliation, not the subject.
 */
function tailOfAffiliation(tokens: readonly Token[], first: number): boolean {
  let lower = 0;
  for (let k = first - 1; k >= Math.max(0, first - AFFILIATION_REACH); k -= 1) {
    const token = tokens[k]!;
    if (!token.isWord) return false;
    if (AFFILIATION_LINKS.has(token.key)) return k !== first - 1 && tokens[k - 1]?.isWord === true && tokens[k - 1]!.capitalized;
    if (token.capitalized || AFFILIATION_NAME_JOINERS.has(token.key) || token.text.includes('-')) continue;
    lower += 1;
    if (lower > 2) return false;
  }
  return false;
}

export function addContextEvidence(candidate: Candidate, lookup: NameLookup): void {
  const { tokens } = candidate.block;
  const { first, end, scores } = candidate;
  const previous = tokenAt(tokens, first - 1);
  const beforePrevious = tokenAt(tokens, first - 2);
  const next = tokens[end];

  // `said AOL chief executive Jo Park`: the name before a role and its holder modifies the role; the holder speaks.
  const modifiesRole = modifiesRoleOfName(tokens, end);
  const speaksAfter = reportingVerbFollows(tokens, end) || reportingVerbAfterAppositive(tokens, end) || (namesNoTitle(tokens, first, end) && reportingVerbAfterAffiliation(tokens, end));
  // `Craig Walker from Elders says`: a name after a preposition is the object of the phrase, not the verb's subject.
  const afterPreposition = speaksAfter && (PREPOSITIONS.has((previous?.key === 'the' ? beforePrevious : previous)?.key ?? '') || tailOfAffiliation(tokens, first));
  const speaks = !modifiesRole && ((!afterPreposition && speaksAfter) || reportingVerbPrecedes(tokens, first));
  if (speaks) {
    credit(candidate, 'person', 'reporting-subject', EVIDENCE.reportingSubject);
    credit(candidate, 'organization', 'reporting-subject', EVIDENCE.reportingSubject / 2);
  } else if (afterPreposition && !modifiesRole) {
    // The speaker's employer as often as their town: what the name says of itself decides.
    credit(candidate, 'organization', 'reporting-subject', EVIDENCE.reportingSubject / 2);
  }
  // `Officials in Lubbock`: a town of the world-cities table, unless it follows `the`, or speaks: `Buchanan said`
  // is a person of that name (the capitals that speak for their governments are in the decisive tables, not here).
  if (candidate.worldCity && !candidate.afterThe && !speaks) credit(candidate, 'place', 'world-city', EVIDENCE.worldCity);
  // `Aston Villa have opened talks`: one person never takes a plural verb, a team or a body may.
  // Only a name that opens its clause is the verb's subject: `Residents of Little Bramford have` is not; nor a lone capitalized first word (`Investors have`).
  const opensClause = previous === undefined || previous.key === 'the' || (!previous.isWord && previous.text !== ',');
  const loneFirstWord = end - first === 1 && tokens[first]!.sentenceStart;
  if (next?.isWord && PLURAL_VERBS.has(next.key) && opensClause && !loneFirstWord) {
    credit(candidate, 'organization', 'plural-verb', EVIDENCE.pluralVerb);
  }
  // `Big Lakes County wrote`, `issued by Big Lakes County`: the county's government acting, not the land.
  const actedBy = previous?.key === 'by' && ACTING_BODY_VERBS_BEFORE_BY.has(beforePrevious?.key ?? '');
  if (candidate.headKind === 'place' && GOVERNING_PLACE_HEADS.has(tokens[end - 1]!.key) && (speaks || actedBy)) {
    candidate.headKind = 'organization';
  }

  // `the ANC`, `the IDF`: initials after `the` that no table knows are a body's.
  if (candidate.allCaps && end - first === 1 && previous?.key === 'the' && !candidate.known && !candidate.headKind && candidate.name.length >= 2) {
    credit(candidate, 'organization', 'initials-after-the', EVIDENCE.acronymAfterThe);
  }

  const apposition = appositive(tokens, end);
  if (apposition === 'who') credit(candidate, 'person', 'who-after-name', EVIDENCE.who);
  else if (apposition === 'which') {
    credit(candidate, 'organization', 'which-after-name', EVIDENCE.which);
    credit(candidate, 'place', 'which-after-name', EVIDENCE.which);
  } else if (apposition === 'age') credit(candidate, 'person', 'age-after-name', EVIDENCE.age);
  else if (apposition) {
    credit(candidate, apposition.kind, 'appositive-role', EVIDENCE.roleNoun);
    candidate.roles.push(apposition.role);
  }

  const role = roleBefore(tokens, first);
  const phrase = role ? undefined : rolePhraseBefore(tokens, first, end);
  if (phrase && !candidate.headKind) {
    credit(candidate, phrase.kind, 'role-phrase-before', EVIDENCE.roleNoun);
    if (phrase.kind === 'person') candidate.roles.push(phrase.role);
  }
  if (role) {
    credit(candidate, 'person', 'role-before-name', EVIDENCE.roleNoun);
    candidate.roles.push(role.role);
    // So that `the Celtic manager` finds whoever was `Celtic manager Rodgers` (role-mentions.ts).
    if (role.holder !== undefined) candidate.affiliations.push(role.holder);
    // `Acme Weekly managing editor Jo Marsh`: the name before the role is the employer.
  }

  // `headliners The Velvet Owls`, `the band Night Tides`.
  const nounBefore = previous?.key === 'the' ? beforePrevious : previous;
  if (nounBefore?.isWord && ORGANIZATION_NOUNS_BEFORE_NAME.has(nounBefore.key) && !candidate.headKind) {
    credit(candidate, 'organization', 'body-noun-before', EVIDENCE.roleNoun);
  }
  if (next?.isWord && !next.capitalized && ORGANIZATION_CONTEXT_NOUNS.has(next.key)) {
    credit(candidate, 'organization', 'body-noun-after', EVIDENCE.organizationContext);
  }
  // `Tarrow County Fire Rescue (TCFR)`: a name of several words that the article shortens to its initials is a body's.
  if (candidate.definesAcronym !== undefined && end - first >= 2 && candidate.headKind !== 'place' && initialsSpell(tokens, first, end, candidate.definesAcronym)) {
    credit(candidate, 'organization', 'initials-defined', EVIDENCE.organizationContext);
  }
  // `Acme Weekly managing editor Jo Marsh`, `Acme chief executive Jane Doe`.
  // `GNS Science seismologist Jo Park`: a learned ending (`-ologist`) or a prefix makes a role noun as well.
  // `Aviation safety consultant Jo Park`, `former Test captain Jo Park`: one field word describes the role, no employer.
  const describesRole = end - first === 1 && ROLE_DESCRIBING_WORDS.has(tokens[first]!.key);
  if (modifiesRole && !candidate.headKind && !describesRole) {
    credit(candidate, 'organization', 'employer-before-role', EVIDENCE.affiliationOfRole);
  }
  // `a spokesman for Acme`, `chairman of the HEC`; not `coach of Wilkinson's club`, where the name owns the body.
  const affiliationWord = previous?.key === 'the' ? beforePrevious : previous;
  const roleWord = affiliationWord ? tokenAt(tokens, affiliationWord.index - 1) : undefined;
  const owns = isPossessive(next);
  if (affiliationWord && AFFILIATION_PREPOSITIONS.has(affiliationWord.key) && roleWord?.isWord && isPersonRoleNoun(roleWord.key) && !owns) {
    credit(candidate, 'organization', 'role-of-body', EVIDENCE.affiliationOfRole);
  }
  // `Harbour City’s Sam Okafor`: an employer before a person.
  if (isPossessive(next) && tokens[end + 1]?.capitalized) {
    credit(candidate, 'organization', 'employer-possessive', EVIDENCE.possessiveBeforePerson);
  }

  // `In Tarrow, residents ...`: a preposition opening the sentence governs the name as well.
  if (previous?.isWord && (!previous.capitalized || previous.sentenceStart)) {
    if (PLACE_PREPOSITIONS.has(previous.key)) credit(candidate, 'place', 'place-preposition', EVIDENCE.placePreposition);
    else if (WEAK_PLACE_PREPOSITIONS.has(previous.key)) {
      // `gathered at Tarrow`: where something happens; `an analyst at Kestrel`, `works at Kestrel`: an employer.
      const employs = beforePrevious?.isWord === true && (isPersonRoleNoun(beforePrevious.key) || WORK_WORDS.has(beforePrevious.key));
      credit(candidate, 'place', 'at-place', employs ? EVIDENCE.weakPlacePreposition : EVIDENCE.placePreposition);
    } else if (PART_OF_PLACE_WORDS.has(previous.key) && !candidate.headKind) credit(candidate, 'place', 'part-of-place-word', EVIDENCE.placePreposition);
    else if (previous.key === 'of' && beforePrevious && COMPASS.has(beforePrevious.key)) credit(candidate, 'place', 'compass-of', EVIDENCE.compassOf);
  }
  // `in Sukkur and Shikarpur`: the preposition before a list governs each name in it.
  const governor = listGovernor(tokens, first, end);
  if (governor && PLACE_PREPOSITIONS.has(governor.word.key)) credit(candidate, 'place', 'place-preposition-list', EVIDENCE.placePreposition);
  // `the state of Pará`, `the municipalities of Altamira and São Félix`.
  const ofWord = previous?.key === 'of' ? previous : governor?.word.key === 'of' ? governor.word : undefined;
  const landNoun = ofWord ? tokenAt(tokens, ofWord.index - 1) : undefined;
  if (landNoun?.isWord && !landNoun.capitalized && PLACE_KIND_NOUNS.has(landNoun.key)) credit(candidate, 'place', 'place-kind-of', EVIDENCE.address);
  // `Pará state`, `Sindh province`.
  if (next?.isWord && !next.capitalized && PLACE_KIND_NOUNS_AFTER.has(next.key) && !candidate.headKind) credit(candidate, 'place', 'place-kind-after', EVIDENCE.address);
  // `Dunmore, Oregon`: a name followed by a known place after a comma; `The Crescent, Ashford`.
  const placeAfterComma = tokens[end + 1];
  const placeEndsThere = !(tokens[end + 2]?.isWord && tokens[end + 2]!.capitalized);
  if (next?.text === ',' && placeAfterComma?.capitalized && placeEndsThere && lookup(placeAfterComma.text)?.kind === 'place') {
    credit(candidate, 'place', 'place-chain', EVIDENCE.placeChain);
  }
  if (previous?.text === ',' && beforePrevious?.isWord && beforePrevious.capitalized) {
    const placeBefore = lookup(beforePrevious.text);
    if (placeBefore?.kind === 'place' && countryOfDemonym(beforePrevious.text) === undefined) credit(candidate, 'place', 'place-chain', EVIDENCE.placeChain / 2);
  }

  if (isInAddress(tokens, first)) credit(candidate, 'place', 'address', EVIDENCE.address);
  // `Jamaica's Tam Vero`: a full name a place owns is one of its people, a player or a citizen.
  if (isPossessive(previous) && end - first >= 2 && scores.person > 0 && !candidate.headKind && placeEndsAt(tokens, first - 1, lookup)) {
    credit(candidate, 'person', 'place-possessive', EVIDENCE.possessiveBeforePerson);
  }
  // `Jo Park of Kestrel Radio`: a full name followed by the body it works for.
  if (next?.key === 'of' && end - first >= 2 && scores.person > 0 && !candidate.headKind && bodyFollows(tokens, end + 1, lookup)) {
    credit(candidate, 'person', 'of-body-after', EVIDENCE.affiliationOfRole);
  }
  // `Denver-based`, `Jo Park-coached`: the word a name takes on with a hyphen says what it names.
  const modifier = next?.text === '-' && next.start === tokens[end - 1]!.end ? tokens[end + 1] : undefined;
  if (modifier && PLACE_COMPOUND_MODIFIERS.has(modifier.key) && !candidate.headKind) credit(candidate, 'place', 'place-compound', EVIDENCE.address);
  if (modifier && PERSON_COMPOUND_MODIFIERS.has(modifier.key) && end - first >= 2 && !candidate.headKind) {
    credit(candidate, 'person', 'person-compound', EVIDENCE.address);
    // `the Jo Park-coached side`: the article goes with the noun after the compound, not with the name.
    candidate.afterThe = false;
  }
  // `R-McKinney`, `(D-Tarrant)`: the home town or district of a US lawmaker, whatever `, who` follows.
  if (previous && isPartyTag(previous.text) && !candidate.headKind && !candidate.known) candidate.headKind = 'place';
  // `residents of Ballymun`, `people living in Drumcondra`: where people live.
  if (previous?.key === 'of' && beforePrevious?.isWord && RESIDENT_NOUNS.has(beforePrevious.key)) credit(candidate, 'place', 'residents-of', EVIDENCE.address);
  // `told Kestrelnet`, `told Mara Ellison`: one word is most often an outlet or a company, a full name a person.
  // `told BBC Sport`: a name that opens with a known organization's is that body's (a section, a channel), no one's.
  if (previous?.isWord && LISTENER_VERBS.has(previous.key) && !tokens[first]!.sentenceStart) {
    const ofBody = end - first >= 2 && lookup(tokens[first]!.text)?.kind === 'organization';
    if (end - first === 1 || ofBody) credit(candidate, 'organization', 'listener', EVIDENCE.listener);
    else credit(candidate, 'person', 'listener', EVIDENCE.listener);
  }

  // Bylines and photo credits: `By Jane Doe`, `Copyright Jane Doe/AP`.
  const atBlockStart = first === 1 || (first === 2 && !tokens[0]!.isWord);
  if (previous?.isWord && BYLINE_WORDS.has(previous.key) && (atBlockStart || previous.key !== 'by')) {
    if (end - first >= 2) credit(candidate, 'person', 'byline', EVIDENCE.byline);
    else credit(candidate, 'organization', 'byline', EVIDENCE.byline / 2);
  }
  // Datelines: `Moscow/Xiamen:` or `LONDON —` opening the first body paragraph.
  if (candidate.block.block === 'body' && candidate.block.paragraph === 0) {
    let index = 0;
    let isDateline = false;
    while (index < tokens.length && index < 8) {
      const token = tokens[index]!;
      if (token.text === ':' || token.text === '—' || token.text === '–') {
        isDateline = index > 0;
        break;
      }
      if (!token.capitalized && token.text !== '/' && token.text !== ',') break;
      index += 1;
    }
    if (isDateline && end <= index) credit(candidate, 'place', 'dateline', EVIDENCE.dateline);
  }
}
