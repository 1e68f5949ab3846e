import {
  ADDRESSEE_LEMMAS,
  ADJUNCT_PREPOSITIONS,
  CHAINED_PREPOSITIONS,
  CLAUSE_SUBJECT_PRONOUNS,
  COMPLEMENTIZERS,
  CUE_ADVERBS,
  CUE_ARGUMENT_NOUNS,
  DESCRIBING_LEMMAS,
  IRREGULAR_PARTICIPLES,
  isLyAdverb,
  OBJECT_CONTENT_LEMMAS,
  OBJECT_PRONOUNS,
  PARTICIPLE_SUBORDINATORS,
  TOPIC_PREPOSITIONS,
} from '../lexicon/cue-arguments.ts';
import { DETERMINERS, PREPOSITIONS, SUBJECT_VERB_HINTS } from '../lexicon/discourse-words.ts';
import type { ReportingVerb } from '../lexicon/reporting-verbs.ts';
import type { AnalyzedBlock } from '../quotes/analyze-block.ts';
import { isCapitalized, isPossessive, type Token } from '../quotes/tokenize.ts';
import { countWork } from '../work-meter.ts';

/** Auxiliaries and copulas: a clause's verb even when its main verb is unknown (`was`, `won't`). */
const AUXILIARIES = new Set([
  'am', 'be', 'been', 'being', 'do', 'don\'t', 'doesn\'t', 'didn\'t', 'won\'t', 'wouldn\'t', 'can\'t', 'cannot', 'couldn\'t',
  'shouldn\'t', 'isn\'t', 'wasn\'t', 'aren\'t', 'weren\'t', 'hasn\'t', 'haven\'t', 'hadn\'t', 'mustn\'t', 'shall', 'need',
]);
/** Verbs that need a subject before them: content that opens with one is no clause of its own. */
const FINITE_AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do',
]);
const CONTRACTED_SUBJECT = /^(?:i|you|he|she|it|we|they|there|that)'(?:s|re|ve|ll|d|m)$/u;

/** Longest noun phrase a cue argument may have after its determiner: longer ones are more likely content. */
const MAX_ARGUMENT_WORDS = 5;

/**
 * First token of the reported content after a cue whose verb ends at `after -
 * 1`, in `after..last`: the cue's own arguments are skipped — the addressee of
 * `tell`-like verbs, adjuncts of medium, place and time (`in a letter to staff`,
 * `at the airport`, `on Monday`, `afterwards`), participial modifiers (`a
 * statement released after the market closed`). When only arguments follow
 * the cue, the index returned is past `last` or at trailing punctuation: no word
 * is left from there.
 */
export function contentStartAfterCue(block: AnalyzedBlock, verb: ReportingVerb, after: number, last: number): number {
  const { tokens } = block;
  let addresseeDue = ADDRESSEE_LEMMAS.has(verb.lemma);
  // Right after the noun phrase of an adjunct, `of`/`for`/`about` and a participle continue it.
  let afterArgumentNoun = false;
  let j = after;
  while (j <= last) {
    countWork();
    if (!plainWord(block, j)) {
      if (tokens[j]!.text === ',' && !block.isMark[j]) {
        j += 1;
        afterArgumentNoun = false;
        continue;
      }
      return j;
    }
    const lower = tokens[j]!.lower;
    if (isCueAdverb(lower)) {
      j += 1;
      continue;
    }
    if (addresseeDue) {
      addresseeDue = false;
      const end = nounPhraseEnd(block, j, last);
      if (end > j) {
        j = end;
        afterArgumentNoun = true;
        continue;
      }
    }
    // `agreed with`, `called for`, `believed in`: a stance verb's preposition opens its content.
    if (verb.strength === 'stance' && j === after && PREPOSITIONS.has(lower)) return j;
    const next = j + 1 <= last && plainWord(block, j + 1) ? tokens[j + 1]! : undefined;
    if (PARTICIPLE_SUBORDINATORS.has(lower) && next !== undefined && isParticiple(next)) {
      // `when met`, `after showing the film`.
      j = nounPhraseEnd(block, j + 2, last);
      afterArgumentNoun = true;
      continue;
    }
    // `said of the analysts`: the topic, not what was said — but `warned of a recession` is content.
    const topic = TOPIC_PREPOSITIONS.has(lower) && !takesObjectContent(verb);
    if (ADJUNCT_PREPOSITIONS.has(lower) || topic || (afterArgumentNoun && CHAINED_PREPOSITIONS.has(lower))) {
      if (lower === 'to' && next !== undefined && isInfinitiveVerb(next)) return j;
      const objectFirst = next !== undefined && isParticiple(next) && !isCapitalized(next) ? j + 2 : j + 1;
      const end = nounPhraseEnd(block, objectFirst, last);
      if (end === objectFirst) return j;
      j = end;
      afterArgumentNoun = true;
      continue;
    }
    if (afterArgumentNoun && isParticiple(tokens[j]!) && !isCapitalized(tokens[j]!)) {
      j += 1;
      afterArgumentNoun = false;
      continue;
    }
    return j;
  }
  return j;
}

/**
 * Whether `first..last` (inclusive) reports something: a complement clause
 * (`that …`, `whether …`), an infinitive or gerund (`to sue`, `working the
 * grill`), a clause with a verb after
 * its first word, an object described `as` something (`described the
 * messages as fake`), or — after a verb whose object is its content (`denied
 * the claims`, `rejected calls for …`) — any noun phrase but a bare pronoun.
 */
export function carriesContent(block: AnalyzedBlock, verb: ReportingVerb | null, first: number, last: number): boolean {
  const objectContent = verb !== null && takesObjectContent(verb);
  const describing = verb !== null && DESCRIBING_LEMMAS.has(verb.lemma);
  // Read word by word and decide as early as possible: the span can run to the end of a long sentence.
  let head: Token | undefined;
  let before: Token | undefined;
  let needed = 0;
  let count = 0;
  for (let j = first; j <= last; j += 1) {
    countWork();
    const word = block.tokens[j]!;
    if (!word.isWord) continue;
    count += 1;
    if (head === undefined) {
      head = word;
      if (COMPLEMENTIZERS.has(head.lower)) needed = 3;
      // `to sue`, `recalled working the grill`: an infinitive or a gerund clause.
      else if (head.lower === 'to' || /^\p{Ll}{2,}ing$/u.test(head.text)) needed = 2;
      else if (CLAUSE_SUBJECT_PRONOUNS.has(head.lower) || CONTRACTED_SUBJECT.test(head.lower)) needed = 2;
      // `it said could rise …`, `she told me, been terrified …`: a verb with no subject is a fragment of another clause.
      else if (FINITE_AUXILIARIES.has(head.lower)) return false;
    } else if (needed === 0) {
      if (isVerbMarker(word, before) || (describing && before!.lower === 'as' && count > 2) || (objectContent && count >= 2)) return true;
    }
    if (needed !== 0 && count >= needed) return true;
    before = word;
  }
  if (head === undefined || needed !== 0) return false;
  return objectContent && !OBJECT_PRONOUNS.has(head.lower);
}

/**
 * End (exclusive) of a cue argument's noun phrase starting at `k`: an object
 * pronoun, a run of capitalized words (`Harbour Radio`, `Israel's Channel 12`), one
 * bare noun (`reporters`), or a determiner and up to a few words, ending at a
 * word that heads such arguments (`the meeting`, `a regulatory filing`).
 * Returns `k` when no noun phrase starts there.
 */
function nounPhraseEnd(block: AnalyzedBlock, k: number, last: number): number {
  const { tokens } = block;
  if (k > last || !plainWord(block, k)) return k;
  const head = tokens[k]!;
  let j = k;
  const determined = (DETERMINERS.has(head.lower) && head.lower !== 'that') || (isPossessive(head) && isCapitalized(head));
  if (determined) j += 1;
  else if (OBJECT_PRONOUNS.has(head.lower)) return k + 1;
  const bodyFirst = j;
  let stoppedAtVerb = false;
  let headNoun = false;
  while (j <= last && j - bodyFirst < MAX_ARGUMENT_WORDS && plainWord(block, j)) {
    countWork();
    const token = tokens[j]!;
    const capitalized = isCapitalized(token) || /^\p{N}/u.test(token.text);
    if (!determined && j > bodyFirst && capitalized !== (isCapitalized(tokens[bodyFirst]!) || /^\p{N}/u.test(tokens[bodyFirst]!.text))) break;
    if (!capitalized && stopsNounPhrase(token, j > bodyFirst)) {
      stoppedAtVerb = isVerbMarker(token);
      break;
    }
    j += 1;
    if (!capitalized && CUE_ARGUMENT_NOUNS.has(token.lower)) {
      headNoun = true;
      break;
    }
    if (!determined && !capitalized) break;
  }
  // `told the union members would be paid`: leave a subject for the verb that stopped the phrase.
  if (stoppedAtVerb && !headNoun && j - bodyFirst >= 2) j = bodyFirst + 1;
  if (j === bodyFirst) return determined && OBJECT_PRONOUNS.has(head.lower) ? k + 1 : k;
  return j;
}

function stopsNounPhrase(token: Token, inside: boolean): boolean {
  const lower = token.lower;
  return (
    DETERMINERS.has(lower) ||
    CLAUSE_SUBJECT_PRONOUNS.has(lower) ||
    COMPLEMENTIZERS.has(lower) ||
    PREPOSITIONS.has(lower) ||
    CHAINED_PREPOSITIONS.has(lower) ||
    isCueAdverb(lower) ||
    (inside && (isVerbMarker(token) || isParticiple(token)))
  );
}

/** A word of the reporter's own text (not a quote mark, not inside a quote). */
function plainWord(block: AnalyzedBlock, j: number): boolean {
  return block.tokens[j]!.isWord && !block.isMark[j] && block.depth[j] === 0;
}

function isCueAdverb(lower: string): boolean {
  return CUE_ADVERBS.has(lower) || isLyAdverb(lower);
}

function isParticiple(token: Token): boolean {
  return /^\p{Ll}{2,}(?:ed|ing)$/u.test(token.text) || IRREGULAR_PARTICIPLES.has(token.lower);
}

/** `to sue`, `to be`: a lower-case word after `to` that cannot open a noun phrase. */
function isInfinitiveVerb(token: Token): boolean {
  const lower = token.lower;
  if (!/^\p{Ll}/u.test(token.text) || DETERMINERS.has(lower) || OBJECT_PRONOUNS.has(lower) || CUE_ARGUMENT_NOUNS.has(lower)) return false;
  return !/^\p{N}/u.test(token.text) && !lower.endsWith('ing');
}

/**
 * A word that is (most likely) a finite verb or an auxiliary. Lenient: a plural
 * noun after a noun passes too (`crews expedited` / `the plan costs`), but not
 * one after a preposition, a determiner or a number (`to fans`, `in 55 years`).
 */
function isVerbMarker(token: Token, before?: Token): boolean {
  const lower = token.lower;
  if (!/^\p{Ll}/u.test(token.text)) return false;
  if (SUBJECT_VERB_HINTS.has(lower) || AUXILIARIES.has(lower) || IRREGULAR_PARTICIPLES.has(lower) || lower.endsWith('n\'t')) return true;
  if (/^\p{Ll}{2,}ed$/u.test(lower)) return true;
  if (lower.length < 4 || !/\p{Ll}s$/u.test(lower) || /(?:ss|us|is|ous)$/u.test(lower)) return false;
  return before === undefined || !(PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower) || /^\p{N}/u.test(before.text));
}

function takesObjectContent(verb: ReportingVerb): boolean {
  return verb.strength === 'stance' || OBJECT_CONTENT_LEMMAS.has(verb.lemma);
}
