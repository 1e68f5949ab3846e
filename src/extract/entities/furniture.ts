/**
 * Page furniture: the lines ingest removed as page noise (bylines, photo
 * credits, outlet names). They are not article text, so they yield entities
 * without mentions: the reporters who wrote the story, the photographers and
 * agencies credited, the outlet that published it.
 */
import type { EntityKind } from '../types.ts';
import { ORGANIZATION_HEADS, OUTLET_HEADS } from '../lexicon/org-suffixes.ts';
import { SOCIAL_NETWORKS } from '../gazetteer/platforms.ts';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import type { NameLookup } from './candidates.ts';
import { isSpaceAt } from '../analysis/characters.ts';

/** One name a furniture line gives: as written, and the name to file it under. */
export interface FurnitureName {
  name: string;
  written: string;
  kind: EntityKind;
}

type FurnitureRule = {
  rule: 'byline' | 'credit' | 'outlet';
  /** Group 1 holds the part of the line that names. */
  pattern: RegExp;
  parse: (named: string, lookup: NameLookup) => FurnitureName[];
};

/** Words that describe a reporter's job, not a name: `SOCIAL MEDIA CORRESPONDENT`, `Sports Reporter`. */
const JOB_WORDS: ReadonlySet<string> = new Set([
  'reporter', 'correspondent', 'editor', 'writer', 'journalist', 'columnist', 'staff', 'producer', 'photographer',
  'critic', 'analyst', 'contributor', 'chief', 'senior', 'political', 'sports', 'sport', 'health', 'business',
  'technology', 'tech', 'science', 'social', 'media', 'crime', 'education', 'environment', 'home', 'affairs',
  'foreign', 'economics', 'economy', 'investigations', 'reporters', 'correspondents', 'editors', 'writers',
]);

/** Section labels a page prints in capitals; never an outlet. */
const SECTION_LABELS: ReadonlySet<string> = new Set([
  'news', 'sport', 'live', 'video', 'more', 'home', 'menu', 'share', 'tech', 'world', 'opinion', 'top', 'new', 'ad',
]);

/** Small words that may stay lowercase inside a name. */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'da', 'al']);

const LONGEST_PERSON_NAME = 4;

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) || NAME_LINKS.has(word);
}

/** `O'NEILL-SMITH` -> `O'Neill-Smith`, for names printed in capitals. */
function titleCase(written: string): string {
  return written.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function isJobPhrase(words: readonly string[]): boolean {
  return words.length > 0 && words.some((word) => JOB_WORDS.has(word.toLowerCase()) || PERSON_ROLE_NOUNS.has(word.toLowerCase()));
}

function organization(written: string, lookup: NameLookup): FurnitureName {
  const known = lookup(written);
  return { name: known?.kind === 'organization' ? known.name : written, written, kind: 'organization' };
}

/** A name-shaped phrase in a byline: a person, or an outlet when the gazetteer or a head word says so. */
function bylineName(words: readonly string[], lookup: NameLookup): FurnitureName | null {
  if (words.length === 0 || !words.every(isCapitalized)) return null;
  const written = words.join(' ');
  const known = lookup(written);
  if (known) return { name: known.name, written, kind: known.kind };
  const last = words[words.length - 1]!.toLowerCase();
  // People have two names or more; a lone word in a byline is an outlet (`By Euronews`).
  if (words.length === 1 || ORGANIZATION_HEADS.has(last)) return { name: written, written, kind: 'organization' };
  if (words.length > LONGEST_PERSON_NAME) return null;
  return { name: isAllCaps(written) ? titleCase(written) : written, written, kind: 'person' };
}

/** Splits words where capitals change: `MARGARET ELLISON` | `Associated Press`, `Tom Reyes` | `SOCIAL MEDIA CORRESPONDENT`. */
function capsRuns(words: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const word of words) {
    const current = runs[runs.length - 1];
    const caps = isAllCaps(word) && word.replace(/[^\p{L}]/gu, '').length > 1;
    if (current && isAllCaps(current[0]!) === caps) current.push(word);
    else runs.push([word]);
  }
  return runs;
}

function parseByline(named: string, lookup: NameLookup): FurnitureName[] {
  const found: FurnitureName[] = [];
  const [names = '', ...afterCommas] = named.split(/\s*,\s*/);
  for (const piece of names.split(/\s+(?:and|with|&)\s+/i)) {
    const words = piece.split(/\s+/).filter((word) => word !== '');
    const runs = capsRuns(words);
    // One run in capitals next to one in mixed case: the name is one, the other a job or an outlet.
    const parts = runs.length > 1 && runs.every((run) => run.length >= 1) ? runs : [words];
    for (const part of parts) {
      if (isJobPhrase(part) && !lookup(part.join(' '))) continue;
      const name = bylineName(part, lookup);
      if (name) found.push(name);
    }
  }
  for (const after of afterCommas) {
    const words = after.split(/\s+/).filter((word) => word !== '');
    const known = lookup(after);
    if (known?.kind === 'organization') found.push({ name: known.name, written: after, kind: 'organization' });
    else if (!isJobPhrase(words) && words.length > 0 && words.every(isCapitalized) && ORGANIZATION_HEADS.has(words[words.length - 1]!.toLowerCase())) {
      found.push(organization(after, lookup));
    }
  }
  return found;
}

/** `Reuters`, `AFP`: a credit's first part that names an agency, not a photographer. */
function isKnownAgency(part: string, lookup: NameLookup): boolean {
  return lookup(part)?.kind === 'organization' || (/^\p{Lu}{2,5}$/u.test(part) && !part.includes(' '));
}

/** `Jane Doe/Reuters`, `AFP via Getty Images`, `Getty Images`: who took it, for whom. */
function parseCredit(named: string, lookup: NameLookup): FurnitureName[] {
  const found: FurnitureName[] = [];
  const parts = named.split(/\s*(?:\/|\bvia\b|\bfor\b)\s*/).filter((part) => part !== '');
  parts.forEach((part, index) => {
    const words = part.split(/\s+/);
    if (!words.every(isCapitalized)) return;
    const known = lookup(part);
    const hasHead = known?.kind === 'organization' || ORGANIZATION_HEADS.has(words[words.length - 1]!.toLowerCase());
    // `Reuters/Jo Park`: after a known agency, a full name is the photographer's.
    const afterAgency = index === 1 && words.length >= 2 && !isAllCaps(part) && isKnownAgency(parts[0]!, lookup);
    const isAgency = hasHead || (index > 0 && !afterAgency);
    if (isAgency || words.length === 1) found.push(organization(part, lookup));
    else if (words.length <= LONGEST_PERSON_NAME) found.push({ name: isAllCaps(part) ? titleCase(part) : part, written: part, kind: 'person' });
  });
  return found;
}

/** A line that is only an outlet's name: `The Daily Telegraph`, `CNN`, `Harbourside Courier`. */
function parseOutlet(named: string, lookup: NameLookup): FurnitureName[] {
  const words = named.split(/\s+/);
  if (!words.every(isCapitalized) || SOCIAL_NETWORKS.has(named.toLowerCase())) return [];
  const known = lookup(named);
  if (known) return known.kind === 'organization' ? [{ name: known.name, written: named, kind: 'organization' }] : [];
  const last = words[words.length - 1]!.toLowerCase();
  const isAcronym = words.length === 1 && /^\p{Lu}{2,4}$/u.test(named) && !SECTION_LABELS.has(last);
  const isNamedOutlet = words.length >= 2 && ((words[0] === 'The' && ORGANIZATION_HEADS.has(last)) || OUTLET_HEADS.has(last));
  return isAcronym || isNamedOutlet ? [{ name: named, written: named, kind: 'organization' }] : [];
}

/** `Posted 3h ago`, `Updated 12 May 2026`, `5 min read`: pieces of a byline that name nobody. */
const TIMESTAMP_PIECE = /^(?:Posted|Published|Updated|Last updated|\d)|\bago$|\bread$/i;

/** `Maria Olsen · Northfield Herald · Posted 3h ago`, `By Pat Lowry | Valley Echo`: each piece names one reporter or outlet. */
function parseSeparatedPieces(line: string, lookup: NameLookup): FurnitureName[] {
  const found: FurnitureName[] = [];
  for (const raw of line.split(/\s+[·|•]\s+/)) {
    const piece = raw.replace(/^By\s+/i, '').replace(/[.\s]+$/, '').trim();
    if (piece === '' || TIMESTAMP_PIECE.test(piece)) continue;
    const outlet = parseOutlet(piece, lookup);
    if (outlet.length > 0) found.push(...outlet);
    // `Sport | Tennis`, `Markets | Consumer`: one plain word is a section label; a reporter has two names.
    else if (/\s/.test(piece)) found.push(...parseByline(piece, lookup));
  }
  return found;
}

/** `Reporting by Tom Akers in Seoul; Editing by Jane Pruitt`: the agency style of crediting. */
function parseContributorCredits(line: string, lookup: NameLookup): FurnitureName[] {
  const found: FurnitureName[] = [];
  for (const segment of line.split(/\s*;\s*/)) {
    // `With reports from Jo Park and Tam Vero`: `from` credits reporters as `by` does.
    const match = /\b(?:by|from)\s+(.+?)[.\s]*$/i.exec(segment);
    if (!match) continue;
    // `... in Seoul`, `... at the Hague bureau`: where they worked is not who.
    const names = match[1]!.replace(/\s+(?:in|at|from)\s+.*$/, '');
    found.push(...parseByline(names, lookup));
  }
  return found;
}

const CREDIT_LABEL = String.raw`(?:Photo(?:graph)?s?|Pictures?|Credits?|Copyright|©)\b\s*(?::|by\b)?\s*`;

/** A line that opens with a credit label and a colon, maybe after the thing credited (`Image`, `Header`). */
const CREDIT_LINE = /^(?:(?:Image|Header|Top|Main|Lead|Cover)\s+)?(?:Photo(?:graph)?s?|Pictures?|Credits?)\s*:\s*\S/iu;
const LONGEST_CREDIT_LINE_WORDS = 7;

/** First rule whose pattern matches wins. */
const FURNITURE_RULES: readonly FurnitureRule[] = [
  { rule: 'byline', pattern: /^[\s\-–—•|]*By\s+(\S.*?)[.\s]*$/u, parse: parseByline },
  { rule: 'credit', pattern: new RegExp(String.raw`(?:^|[\s(])${CREDIT_LABEL}([^\s:()][^:()]*?)\)?\s*$`, 'u'), parse: parseCredit },
  { rule: 'credit', pattern: /^\(?([^()]*?\S\s*(?:\/|\bvia\b)\s*\S[^()]*?|[^()]*\bImages)\)?$/u, parse: parseCredit },
  { rule: 'outlet', pattern: /^(\S.{0,40}?)$/u, parse: parseOutlet },
];

/** Share and follow buttons: `Share on Facebook`, `Follow us on X`. */
const SHARE_LINE = /^(?:Share|Follow|Tweet|Send|Post|Email|Copy)\b/i;
const CONTRIBUTOR_CREDITS = /^(?:[—–-]\s*)?(?:(?:Additional\s+)?(?:Reporting|Writing|Written|Editing|Edited|Compiled|Produced|Research|Graphics)\s+by|With\s+(?:additional\s+)?reports?\s+from)\b/i;

/** `(Reporting by Tom Akers; Editing by Jane Pruitt)` closing the body: an agency's credits, in the text. */
export function isContributorCredit(text: string): boolean {
  return CONTRIBUTOR_CREDITS.test(text.trim().replace(/^\(\s*/, ''));
}

/** The names one furniture line gives, by the first rule that matches it. */
export function namesInFurnitureLine(line: string, lookup: NameLookup): FurnitureName[] {
  const trimmed = line.trim();
  // `(Reporting by ...)`: the brackets are no part of the credit.
  const text = /^\(.*\)$/s.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
  if (SHARE_LINE.test(text)) return [];
  if (CONTRIBUTOR_CREDITS.test(text)) return parseContributorCredits(text, lookup);
  if (/\s[·|•]\s/.test(text)) return parseSeparatedPieces(text, lookup);
  for (const { pattern, parse } of FURNITURE_RULES) {
    const match = pattern.exec(text);
    if (match) return parse(match[1]!.trim(), lookup);
  }
  return [];
}

/** Longest line, in words, that may be a byline or an outlet's name left in the article's text. */
const LONGEST_FURNITURE_TEXT_WORDS = 24;

/**
 * How many white-space-separated words `line` (trimmed) has, counting no
 * further than `cap + 1`: every paragraph is asked, and only short ones can
 * be furniture, so a long one is not split into words to find that out.
 */
export function wordCountUpTo(line: string, cap: number): number {
  let count = 1;
  for (let i = 0; i < line.length && count <= cap; i += 1) {
    if (!isSpaceAt(line, i)) continue;
    while (i + 1 < line.length && isSpaceAt(line, i + 1)) i += 1;
    count += 1;
  }
  return count;
}

/** `/\s[·|•]\s/.test(line)`, the regular expression run only where a separator character is there at all. */
export function hasPieceSeparator(line: string): boolean {
  return (line.includes('·') || line.includes('|') || line.includes('•')) && /\s[·|•]\s/.test(line);
}

/**
 * `/[.!?]["”’]?$/.test(line)` read from the end: an expression anchored at the
 * end is tried at every position of the line, and every paragraph is asked.
 */
export function endsSentence(line: string): boolean {
  const isStop = (char: string | undefined) => char === '.' || char === '!' || char === '?';
  const last = line[line.length - 1];
  if (isStop(last)) return true;
  return (last === '"' || last === '”' || last === '’') && isStop(line[line.length - 2]);
}

/**
 * A title or body line that is page furniture ingest left in the text: the
 * outlet's name alone (`Harbourside Courier` above the headline), a byline
 * (`By Jo Park`), or pieces joined by bars or dots (`Jo Park · Valley News ·
 * Posted 2h ago`). Its names are read as furniture, never as prose.
 */
export function isFurnitureText(text: string, lookup: NameLookup): boolean {
  const line = text.trim();
  // Most paragraphs end a sentence and have no pieces: settled before their words are counted.
  const separated = hasPieceSeparator(line);
  if (endsSentence(line) && !separated) return false;
  const wordCount = wordCountUpTo(line, LONGEST_FURNITURE_TEXT_WORDS);
  if (wordCount > LONGEST_FURNITURE_TEXT_WORDS) return false;
  if (separated) {
    const pieces = line.split(/\s+[·|•]\s+/);
    // Every piece must be a name, an address or a timestamp: a sentence with a bar in it is prose.
    return pieces.every((piece) => {
      const bare = piece.replace(/^By\s+/i, '').trim();
      const pieceWords = bare.split(/\s+/);
      return TIMESTAMP_PIECE.test(bare) || /^\S+@\S+$/.test(bare) || (pieceWords.length <= LONGEST_PERSON_NAME + 1 && pieceWords.every(isCapitalized));
    }) && pieces.some((piece) => namesInFurnitureLine(piece, lookup).length > 0);
  }
  // `Image Credits: Kudipay`, `Photo: Jane Doe/AP`: a labelled credit on a line of its own.
  // A caption sentence after `Photo:` is prose with a credit tail, read as such elsewhere.
  if (CREDIT_LINE.test(line) && wordCount <= LONGEST_CREDIT_LINE_WORDS && !/[.!?]\s/.test(line)) return true;
  const byline = /^By\s+(.+)$/u.exec(line);
  if (byline) {
    const named = byline[1]!.split(/\s*,\s*/)[0]!.split(/\s+/);
    return wordCount <= LONGEST_PERSON_NAME + 6 && named.length <= LONGEST_PERSON_NAME && named.every(isCapitalized);
  }
  return wordCount <= LONGEST_PERSON_NAME && parseOutlet(line, lookup).length > 0;
}

/** A photo credit ending a caption or paragraph (`... Photo: Jane Doe/Reuters`); the text's own names are found elsewhere. */
export function namesInCreditTail(caption: string, lookup: NameLookup): FurnitureName[] {
  // Every paragraph is asked: the expressions run only where the words or the slash they need are there.
  const match = (CREDIT_TAIL_WORD.test(caption) ? CREDIT_TAIL.exec(caption) : null) ?? (caption.includes('/') ? BRACKETED_CREDIT_TAIL.exec(caption) : null);
  return match ? parseCredit(match[1]!.trim(), lookup) : [];
}

/** A word that every match of CREDIT_TAIL holds: its labels, or `File` of `File photo:`. */
export const CREDIT_TAIL_WORD = /Photo|Picture|Credit|Copyright|©|File/;

/** `File photo: Jo Park/AFP`, `Photo courtesy of Jo Park/USFWS` closing a caption. */
export const CREDIT_TAIL = new RegExp(String.raw`(?:^|[\s(.])(?:File\s+photo:\s*|${CREDIT_LABEL})(?:courtesy\s+of\s+)?([^\s:()][^:()]*?)\)?\s*$`, 'u');

/** `... on Friday (Jo Park/PA)`: capitalized names either side of a slash, in brackets that close a caption or paragraph. */
const BRACKETED_CREDIT_TAIL = /\((\p{Lu}[\p{L}\p{N}.'’ -]*?\s*\/\s*\p{Lu}[\p{L}\p{N}.'’ -]*?)\)\s*$/u;
