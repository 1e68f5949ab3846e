import { isTerminal } from '../analysis/characters.ts';
import { PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/discourse-words.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import {
  CALL_FORMS,
  LIST_JOINERS,
  MAX_WORDS_BEFORE_CALL,
  NAMING_RELATIVES,
  MAX_HEADING_WORDS,
  MAX_MODIFIER_WORDS,
  MAX_THE_NICKNAME_WORDS,
  MAX_TITLE_WORDS,
  MAX_WORDS_BEFORE_AS,
  NAMING_CUE_FILLERS,
  NAME_GIVING_FORMS,
  MAX_NAMED_OBJECT_WORDS,
  OBJECT_PRONOUNS,
  NAMING_CUES,
  NAMING_VERBS_BEFORE_AS,
  MODIFIER_DETERMINERS,
  NESTED_CUE_WORDS,
  NOT_MODIFIED_NOUNS,
  RATING_LABELS,
  RATING_LEAD_INS,
  RATING_NOUNS,
  RATING_VERB_WINDOW,
  RATING_VERBS,
  TITLE_LEAD_INS,
  APPOSITIVE_OPENERS,
  POSSESSIVE_DETERMINERS,
  LINK_COLON_LEAD_INS,
  PERFORMING_VERBS,
  TITLE_DETERMINER_LEAD_INS,
  TITLE_PREPOSITION_VERB_REACH,
  TITLE_PREPOSITIONS,
  TITLE_SMALL_WORDS,
  WORK_NOUNS,
} from '../lexicon/quote-kind-cues.ts';
import type { QuoteKind } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { countWork } from '../work-meter.ts';
import { isSubjectOfVerbAfter } from './kind-clause.ts';
import { isExampleOfWork } from './kind-examples.ts';
import { isNestedLabel } from './kind-nested-label.ts';
import { isSubtitledTitle } from './kind-titles.ts';
import { isCapitalized, isLowerWord, isPossessive, type Token } from './tokenize.ts';

/** Where a quote sits, as the kind classifier needs it. */
export interface QuoteSiteShape {
  block: AnalyzedBlock;
  span: number;
  /** Part of a multi-paragraph quote. */
  chained: boolean;
  /** Kind of the previous top-level quote in the same block, if any. */
  previousKind: QuoteKind | null;
  /** Token index of the previous top-level quote's closing mark, or -1. */
  previousClose: number;
}

const WORDS_OF_SPEECH_FOLLOW = 5;

/**
 * direct: an utterance of a sentence or more (the quote starts its sentence,
 * or follows `said:` / `said,`); partial: a fragment built into the reporter's
 * sentence, a nested quote, or a quote in the headline; not-speech: a name or
 * a title (`known as 'Bud'`, `the "Harbour Lights" premiere`).
 */
export function classifyKind(site: QuoteSiteShape): QuoteKind {
  const { block, span: s } = site;
  const span = block.spans[s]!;
  const inner = block.text.slice(span.start, span.end);
  const open = block.openToken[s]!;
  const close = block.closeToken[s]!;
  const innerTokens = block.tokens.slice(open + 1, close);
  countWork(innerTokens.length + 1);
  const words = innerTokens.filter((token) => token.isWord);

  if (!site.chained) {
    // Asked by most of the shapes below: Title Case as written, and with a comma or full stop inside the closing mark.
    const titleLike = isTitleLike(inner, words);
    const titleLikeBeforeStop = isTitleLike(inner.replace(/[,.]$/u, ''), words);
    if (words.length <= 8 && followsNamingCue(block, open)) return 'not-speech';
    if (isExampleOfWork(block, open, words.length)) return 'not-speech';
    if (site.previousKind === 'not-speech' && joinedToPrevious(block, site.previousClose, open)) return 'not-speech';
    if (titleLike && block.tokens[open - 1]?.text !== ':' && !spokenAfter(block, open, close)) {
      if (nextToWorkNoun(block, open, close) || words.length <= 3 || afterNamePossessive(block, open)) return 'not-speech';
    }
    if (titleLike && afterLinkColon(block, open)) return 'not-speech';
    // `of "Harbour Years: A Memoir"`: Title Case on both sides of one colon is a title and its subtitle
    // wherever it stands (in public news text checked for this shape, none of 86 was speech).
    if (block.block !== 'title' && isSubtitledTitle(inner, innerTokens, words) && block.tokens[open - 1]?.text !== ':') {
      if (!spokenAfter(block, open, close)) return 'not-speech';
    }
    if (isPerformedWork(block, open, close, inner, words)) return 'not-speech';
    if (titleLikeBeforeStop && span.depth === 0 && afterTitlePreposition(block, open) && !speechFollows(block, close)) return 'not-speech';
    // American style puts the comma inside the marks: `the thriller "Glass Orchard," which…`.
    if (titleLikeBeforeStop && /[,.]$/.test(inner) && !speechFollows(block, close)) {
      if (afterWorkWord(block, open) || TITLE_DETERMINER_LEAD_INS.has(block.tokens[open - 1]?.lower ?? '') || afterNamePossessive(block, open)) {
        return 'not-speech';
      }
    }
    // `on Fox News Channel's "Hannity," Gingrich said`: a programme or work owned by a name after a preposition
    // is a title even when a cue follows it.
    if (titleLikeBeforeStop && afterNamePossessive(block, open) && prepositionBeforeOwner(block, open)) return 'not-speech';
    // `His memoir, "Salt, Fire, Time", is out in March`: a title may hold commas when a work noun introduces it.
    if (isTitleLike(inner.replace(/,/gu, ''), words) && afterWorkWord(block, open) && !speechFollows(block, close)) return 'not-speech';
    if (isTheNickname(inner, words) && !speechFollows(block, close)) return 'not-speech';
    if (titleLikeBeforeStop && (calledAfterWorkNoun(block, open) || namesWhereItWasSaid(block, open, words.length) || namesItsObject(block, open) || givenAsName(block, open))) {
      return 'not-speech';
    }
    if (isRatingLabel(block, open, close, inner)) return 'not-speech';
    if (span.depth === 0 && isQuotedModifier(block, open, close, words)) return 'not-speech';
    if (span.depth === 0 && isLabelBeforeAppositive(block, open, close, words)) return 'not-speech';
    if (span.depth > 0 && isNestedLabel(block, open, close, words)) return 'not-speech';
  }
  // A nested quote after a colon (`He said: 'They told us …'`) or a cue and comma (`she said to me, 'Run'`) is a whole utterance.
  if (span.depth > 0) return introducedByCue(block, open) && /^\s*[\p{Lu}\p{N}]/u.test(inner) ? 'direct' : 'partial';
  if (block.block === 'title') return 'partial';
  if (site.chained) return 'direct';
  if (isHeading(block, open, close, inner, words.length)) return 'partial';
  return startsSentence(block, s, site.previousClose, inner) ? 'direct' : 'partial';
}

/**
 * `Northwind says on "The Harbour Countdown"`, `told "Morning Live"`: a
 * Title Case quote that a reporting verb puts as the place or audience of
 * the words names a page or a programme; the words are elsewhere.
 */
function namesWhereItWasSaid(block: AnalyzedBlock, open: number, wordCount: number): boolean {
  const before = block.tokens[open - 1];
  if (before === undefined) return false;
  if (TELL_FORMS.has(before.lower)) return wordCount >= 2;
  if (!SPEECH_VENUE_PREPOSITIONS.has(before.lower)) return false;
  for (let j = open - 2; j >= Math.max(0, open - 1 - VENUE_VERB_WINDOW); j -= 1) {
    const token = block.tokens[j]!;
    if (!token.isWord || block.depth[j] !== 0) return false;
    if (REPORTING_VERB_BY_FORM.get(token.lower)?.strength === 'speech') return true;
  }
  return false;
}

/** `told "…"`: the audience follows `tell` directly. */
const TELL_FORMS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);
/** `said on "…"`, `in an interview with "…"`; not `to`, which after `asked` or `urged` opens what they are asked to do. */
const SPEECH_VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'with']);
/** How many tokens may stand between the reporting verb and the quote, its preposition included: `said in a post on`. */
const VENUE_VERB_WINDOW = 4;

/** `rates the stock a "buy"`, `cut to "sell."`, `her "buy" rating`, `rates the stock "hold."`: an analyst's rating. */
function isRatingLabel(block: AnalyzedBlock, open: number, close: number, inner: string): boolean {
  const label = inner.toLowerCase().replace(/[.,!?;:]+$/u, '').trim();
  if (!RATING_LABELS.has(label)) return false;
  if (RATING_LEAD_INS.has(block.tokens[open - 1]?.lower ?? '') || RATING_NOUNS.has(block.tokens[close + 1]?.lower ?? '')) return true;
  for (let j = open - 1; j >= Math.max(0, open - RATING_VERB_WINDOW); j -= 1) {
    if (RATING_VERBS.has(block.tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * `felt like a "greatest hits" jukebox`: a few lower-case words in marks
 * between a determiner and the noun they qualify, in a sentence no one speaks
 * in, are a label the reporter holds at arm's length, not anyone's words.
 */
function isQuotedModifier(block: AnalyzedBlock, open: number, close: number, words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > MAX_MODIFIER_WORDS || words.some((word) => isCapitalized(word))) return false;
  if (block.tokens.slice(open + 1, close).some((token) => !token.isWord && token.text !== '-')) return false;
  if (!MODIFIER_DETERMINERS.has(block.tokens[open - 1]?.lower ?? '')) return false;
  const noun = block.tokens[close + 1];
  if (noun === undefined || !noun.isWord || isCapitalized(noun) || NOT_MODIFIED_NOUNS.has(noun.lower)) return false;
  const start = block.sentenceStart[open]!;
  const end = block.sentenceEnd[close] ?? block.tokens.length;
  for (let k = start; k < end; k += 1) {
    if (block.depth[k] === 0 && REPORTING_VERB_BY_FORM.has(block.tokens[k]!.lower) && !namingCallAt(block, k)) return false;
  }
  return true;
}

/**
 * `The camp's "security team," a handful of students in vests, …`: a few
 * lower-case words in marks after a determiner or possessive, explained by an
 * appositive after the comma, with no reporting verb before them, name a thing.
 */
function isLabelBeforeAppositive(block: AnalyzedBlock, open: number, close: number, words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > MAX_MODIFIER_WORDS || words.some((word) => isCapitalized(word))) return false;
  const inside = block.tokens.slice(open + 1, close).filter((token) => !token.isWord && token.text !== '-');
  const commaInside = inside.length === 1 && inside[0]!.text === ',' && block.tokens[close - 1]?.text === ',';
  if (inside.length > 0 && !commaInside) return false;
  let next = close + 1;
  if (!commaInside) {
    if (block.tokens[next]?.text !== ',') return false;
    next += 1;
  }
  if (!APPOSITIVE_OPENERS.has(block.tokens[next]?.lower ?? '')) return false;
  const before = block.tokens[open - 1];
  if (before === undefined) return false;
  const determiner = MODIFIER_DETERMINERS.has(before.lower) || POSSESSIVE_DETERMINERS.has(before.lower) || /['’]s$/u.test(before.lower);
  if (!determiner) return false;
  return !speechVerbBefore(block, open);
}

/** The label opens its sentence's subject; a reporting verb later in the sentence belongs to the appositive or the predicate. */
function speechVerbBefore(block: AnalyzedBlock, open: number): boolean {
  for (let k = block.sentenceStart[open]!; k < open; k += 1) {
    if (block.depth[k] === 0 && REPORTING_VERB_BY_FORM.has(block.tokens[k]!.lower) && !namingCallAt(block, k)) return true;
  }
  return false;
}

/** `whom colleagues call`, `what supporters call`: `call` after a relative word names something, no one is quoted. */
function namingCallAt(block: AnalyzedBlock, k: number): boolean {
  if (!CALL_FORMS.has(block.tokens[k]!.lower)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 1 - MAX_WORDS_BEFORE_CALL); j -= 1) {
    const token = block.tokens[j]!;
    if (NAMING_RELATIVES.has(token.lower)) return j < k - 1;
    if (!token.isWord || block.depth[j] !== 0) return false;
  }
  return false;
}

/** Lower-case words between `a`/`an` and `called`: `a yeast-bacteria culture often called`. */
const MAX_WORDS_BEFORE_PARTICIPLE = 3;

/**
 * `a technology called "massive parallelism"`, `a show called "Brokers"`: the
 * participle `called` after a noun that `a` or `an` introduces gives that
 * thing's name; nobody's words are quoted (`critics called "…"` has a subject
 * and is speech, so an indefinite article must open the noun).
 */
function calledAfterIndefinite(block: AnalyzedBlock, k: number): boolean {
  if (block.tokens[k]!.lower !== 'called') return false;
  for (let j = k - 1; j >= Math.max(0, k - 1 - MAX_WORDS_BEFORE_PARTICIPLE); j -= 1) {
    const token = block.tokens[j]!;
    if (!token.isWord || block.depth[j] !== 0) return false;
    if (token.lower === 'a' || token.lower === 'an') return j < k - 1;
    if (token.text !== token.lower) return false;
  }
  return false;
}

function introducedByCue(block: AnalyzedBlock, open: number): boolean {
  const lead = block.tokens[open - 1]?.text;
  if (lead === ':') return true;
  if (lead !== ',') return false;
  for (let k = open - 2; k >= Math.max(0, open - 2 - NESTED_CUE_WORDS); k -= 1) {
    if (REPORTING_VERB_BY_FORM.get(block.tokens[k]!.lower)?.strength === 'speech') return true;
  }
  return false;
}

function followsNamingCue(block: AnalyzedBlock, open: number): boolean {
  let end = open - 1;
  let fillers = 0;
  while (end >= 0 && fillers < 2 && NAMING_CUE_FILLERS.has(block.tokens[end]!.lower)) {
    end -= 1;
    fillers += 1;
  }
  if (NAMING_CUES.some((cue) => cue.every((word, k) => block.tokens[end - cue.length + 1 + k]?.lower === word))) return true;
  if (end >= 0 && (namingCallAt(block, end) || calledAfterIndefinite(block, end))) return true;
  if (block.tokens[end]?.lower !== 'as') return false;
  for (let j = end - 1; j >= Math.max(0, end - 1 - MAX_WORDS_BEFORE_AS); j -= 1) {
    const token = block.tokens[j]!;
    if (!token.isWord) return false;
    if (NAMING_VERBS_BEFORE_AS.has(token.lower)) return true;
  }
  return false;
}

/**
 * `named its robot "Robogee"`, `christened the boat "Sea Wren"`: a verb
 * that only names, then its object (a determiner and one or two lower-case
 * nouns), then a Title Case quote: the name given, not words said. In sentence
 * case it is the namer's words: `named the city "the best place to live"`.
 */
function namesItsObject(block: AnalyzedBlock, open: number): boolean {
  let j = open - 1;
  let nouns = 0;
  while (j >= 0 && nouns < MAX_NAMED_OBJECT_NOUNS && isLowerWord(block.tokens[j]) && !OBJECT_DETERMINERS.has(block.tokens[j]!.lower)) {
    j -= 1;
    nouns += 1;
  }
  if (nouns === 0 || j < 1 || !OBJECT_DETERMINERS.has(block.tokens[j]!.lower)) return false;
  return OBJECT_NAMING_VERBS.has(block.tokens[j - 1]!.lower);
}

/**
 * Verbs that give a name and nothing else. `called` and `dubbed` are left out: with an object
 * between they label it in the speaker's words (`dubbed the sequel "unabashedly trivial"`).
 */
const OBJECT_NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'names', 'naming', 'nicknamed', 'christened', 'renamed', 'codenamed', 'code-named']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);
const MAX_NAMED_OBJECT_NOUNS = 2;

/** `More reviews: 'The Magic Flute' at…`: a colon after a list or link word introduces titles. */
function afterLinkColon(block: AnalyzedBlock, open: number): boolean {
  if (block.tokens[open - 1]?.text !== ':') return false;
  const word = block.tokens[open - 2]?.lower ?? '';
  return LINK_COLON_LEAD_INS.has(word) || WORK_NOUNS.has(word);
}

/**
 * `sang "E lucevan le stelle" with real tenderness`: right after a verb of
 * performing, a short quote that starts with a capital and holds no sentence
 * is the work performed, even in sentence case.
 */
function isPerformedWork(block: AnalyzedBlock, open: number, close: number, inner: string, words: readonly Token[]): boolean {
  if (!PERFORMING_VERBS.has(block.tokens[open - 1]?.lower ?? '')) return false;
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || !isCapitalized(words[0]!)) return false;
  return !SENTENCE_PUNCTUATION.test(inner.replace(/[,.]$/u, '')) && !speechFollows(block, close);
}

/** A work noun or `starring` just before the marks, possibly with `of`/`in` or a comma between: `season of "…"`, `starring in "…"`, `his memoir, "…"`. */
function afterWorkWord(block: AnalyzedBlock, open: number): boolean {
  let j = open - 1;
  if (block.tokens[j]?.text === ',') j -= 1;
  if (block.tokens[j]?.lower === 'of' || block.tokens[j]?.lower === 'in') j -= 1;
  const word = block.tokens[j]?.lower ?? '';
  return WORK_NOUNS.has(word) || TITLE_LEAD_INS.has(word);
}

/** How many tokens before `called` a work noun may stand: `a hymn that the team has provisionally called`. */
const WORK_NOUN_BEFORE_CALL = 8;

/**
 * `a hymn that the team has provisionally called "Song of the Masons."`: a
 * Title Case quote right after `called` that names a work noun met just
 * before in its sentence is the work's name, not the caller's words.
 */
function calledAfterWorkNoun(block: AnalyzedBlock, open: number): boolean {
  let call = open - 1;
  while (call >= 0 && NAMING_CUE_FILLERS.has(block.tokens[call]!.lower)) call -= 1;
  if (call < 0 || !CALL_FORMS.has(block.tokens[call]!.lower)) return false;
  const floor = Math.max(block.sentenceStart[call]!, call - WORK_NOUN_BEFORE_CALL);
  for (let j = call - 1; j >= floor; j -= 1) {
    if (block.depth[j] !== 0) return false;
    if (WORK_NOUNS.has(block.tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * `Jacobs called Merkel "The Chancellor of the Free World"`, `is called
 * "Improving Opportunity"`, `always calling me "Little Marco"`: a lower-case
 * verb of NAME_GIVING_FORMS, then at most its object (a name, a pronoun, a
 * determiner), then the quote. Lower case keeps out headlines, which
 * capitalize a verb and the words it reports alike (`Calls Remarks "Troubling"`).
 */
function givenAsName(block: AnalyzedBlock, open: number): boolean {
  let j = open - 1;
  while (j >= 0 && NAMING_CUE_FILLERS.has(block.tokens[j]!.lower)) j -= 1;
  let named = 0;
  while (j >= 0 && named < MAX_NAMED_OBJECT_WORDS && block.isMark[j] !== 1 && (isCapitalized(block.tokens[j]!) || OBJECT_PRONOUNS.has(block.tokens[j]!.text))) {
    j -= 1;
    named += 1;
  }
  while (j >= 0 && NAMING_CUE_FILLERS.has(block.tokens[j]!.lower)) j -= 1;
  const verb = block.tokens[j];
  return verb !== undefined && isLowerWord(verb) && NAME_GIVING_FORMS.has(verb.text);
}

/** `"the Hoops"`: `the` then only Title Case words, no punctuation: a nickname, not words anyone said. */
function isTheNickname(inner: string, words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > MAX_THE_NICKNAME_WORDS || words[0]!.text !== 'the' || SENTENCE_PUNCTUATION.test(inner)) return false;
  return words.slice(1).every((word) => isCapitalized(word) || TITLE_SMALL_WORDS.has(word.lower)) && isCapitalized(words[words.length - 1]!);
}

function joinedToPrevious(block: AnalyzedBlock, previousClose: number, open: number): boolean {
  if (previousClose < 0 || open - previousClose > 3) return false;
  // `told "Morning Live." "We are …"`: a title whose full stop ends the sentence joins nothing after it.
  if (open === previousClose + 1 && isTerminal(block.tokens[previousClose - 1]?.text ?? '')) return false;
  for (let j = previousClose + 1; j < open; j += 1) {
    if (!LIST_JOINERS.has(block.tokens[j]!.lower)) return false;
  }
  return true;
}

const SENTENCE_PUNCTUATION = /[.,!?;:]/;

/** Title Case, a few words, no sentence punctuation: `Harbour Lights`, `Bud`. */
function isTitleLike(inner: string, words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || SENTENCE_PUNCTUATION.test(inner)) return false;
  if (!isCapitalized(words[0]!)) return false;
  return words.every((word) => isCapitalized(word) || TITLE_SMALL_WORDS.has(word.lower) || /^\d/.test(word.text));
}

/**
 * `NBC's "Meet the Press."`: a Title Case quote owned by a name is the name of
 * its show, work or slogan. Only in a sentence written in sentence case: a
 * headline may capitalize every word (`Issa: Clinton's 'Honesty Is In Question.'`).
 */
function afterNamePossessive(block: AnalyzedBlock, open: number): boolean {
  const before = block.tokens[open - 1];
  if (block.block === 'title' || before === undefined || block.depth[open - 1] !== 0) return false;
  if (!isCapitalized(before) || !isPossessive(before)) return false;
  // `Friday on CNN's "New Day,"`: here even a small word shows sentence case, since a headline capitalizes the day.
  return lowerCaseWordBefore(block, open - 1, NO_WORDS);
}

/** How many capitalized words the owner's name before a possessive may run: `Fox News Channel's`. */
const MAX_OWNER_WORDS = 4;

/** A preposition right before the name that owns the quote: `on Fox News Channel's "…"`. */
function prepositionBeforeOwner(block: AnalyzedBlock, open: number): boolean {
  let k = open - 1;
  while (k > 0 && open - 1 - k < MAX_OWNER_WORDS && isCapitalized(block.tokens[k - 1]!) && block.depth[k - 1] === 0) k -= 1;
  return PREPOSITIONS.has(block.tokens[k - 1]?.lower ?? '');
}

/** How many tokens before a word are read for a lower-case word that shows the sentence is not a headline. */
const SENTENCE_CASE_WINDOW = 8;

function nextToWorkNoun(block: AnalyzedBlock, open: number, close: number): boolean {
  const before = block.tokens[open - 1];
  const after = block.tokens[close + 1];
  return (before !== undefined && WORK_NOUNS.has(before.lower)) || (after !== undefined && WORK_NOUNS.has(after.lower)) || before?.lower === 'the' || before?.lower === 'upcoming';
}

/** A cue right after the quote reports it, unless the quote is that verb's subject (`said "Lowland" warns viewers`). */
function spokenAfter(block: AnalyzedBlock, open: number, close: number): boolean {
  return speechFollows(block, close) && !isSubjectOfVerbAfter(block, open, close);
}

/**
 * `a role he played in "Casino Royale,"`: in body text, the quote follows a
 * preposition of TITLE_PREPOSITIONS that no verb of speech just before governs,
 * in a sentence written in sentence case: one in headline style (`Rubio Did
 * Well In 'More Rubio-Style Debate'`, `Populist Anger Appeals to 'Bad Angels
 * Of Our Nature'`) capitalizes quoted words too.
 */
function afterTitlePreposition(block: AnalyzedBlock, open: number): boolean {
  const preposition = block.tokens[open - 1];
  if (block.block !== 'body' || preposition === undefined || !isLowerWord(preposition) || !TITLE_PREPOSITIONS.has(preposition.lower)) return false;
  for (let k = open - 2; k >= Math.max(0, open - 1 - TITLE_PREPOSITION_VERB_REACH); k -= 1) {
    if (REPORTING_VERB_BY_FORM.has(block.tokens[k]!.lower)) return false;
  }
  // `Anger Appeals to 'Bad Angels Of Our Nature'`: a headline keeps its small words in lower case.
  return lowerCaseWordBefore(block, open - 1, TITLE_SMALL_WORDS);
}

/**
 * The words before token `before` are written in sentence case: within
 * SENTENCE_CASE_WINDOW tokens of it, in its sentence and outside quotes, a
 * word in lower case other than those of `skip`. A headline capitalizes its
 * words (`Issa: Clinton's 'Honesty Is In Question.'`), quoted ones too. The
 * window keeps the reading bounded however many quotes one sentence holds.
 */
function lowerCaseWordBefore(block: AnalyzedBlock, before: number, skip: ReadonlySet<string>): boolean {
  for (let j = before - 1; j >= Math.max(block.sentenceStart[before]!, before - SENTENCE_CASE_WINDOW); j -= 1) {
    const token = block.tokens[j]!;
    if (block.depth[j] === 0 && isLowerWord(token) && !skip.has(token.lower)) return true;
  }
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** `"Yes" Smith said`: a cue right after the quote makes it speech even if it looks like a name. */
function speechFollows(block: AnalyzedBlock, close: number): boolean {
  let j = close + 1;
  if (block.tokens[j]?.text === ',') j += 1;
  for (let names = 0; names <= WORDS_OF_SPEECH_FOLLOW; names += 1, j += 1) {
    const token = block.tokens[j];
    if (token === undefined || block.depth[j] !== 0) return false;
    // After a possessive the word is a noun: `"The Social Network." Carter's comments …`.
    if (REPORTING_VERB_BY_FORM.get(token.lower)?.strength === 'speech') return !isPossessive(block.tokens[j - 1]!);
    if (!isCapitalized(token) && !SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'the') return false;
  }
  return false;
}

/** A short quote that is a whole paragraph without end punctuation: a section heading. */
function isHeading(block: AnalyzedBlock, open: number, close: number, inner: string, wordCount: number): boolean {
  if (open !== 0 || wordCount > MAX_HEADING_WORDS) return false;
  if (close < block.tokens.length - 1) return false;
  return !/[.!?…]\s*$/.test(inner);
}

/**
 * The quote starts a sentence of its own: nothing of the reporter's before it
 * in its sentence, or a cue ending in `:` (or `,` before a capital letter).
 */
function startsSentence(block: AnalyzedBlock, s: number, previousClose: number, inner: string): boolean {
  const open = block.openToken[s]!;
  const sentenceStart = Math.max(block.sentenceStart[open]!, previousClose + 1);
  if (sentenceStart >= open) return true;
  const before = block.tokens[open - 1]!;
  const capital = /^\s*[\p{Lu}\p{N}]/u.test(inner);
  if (before.text === ':') return true;
  if (before.text === ',' && resumesSplitQuote(block, previousClose, open)) return true;
  if (before.text === ',' || before.text === '—' || before.text === '–') return capital;
  if (REPORTING_VERB_BY_FORM.has(before.lower)) return capital;
  // Only dashes or bullets before it.
  return block.tokens.slice(sentenceStart, open).every((token) => !token.isWord);
}

/** Words a cue between the two halves of a split quote may take: `said Rohan Deshmukh, the club's president`. */
const MAX_SPLIT_CUE_TOKENS = 12;

/**
 * `"We are ready," said Berg, "and we will win."`: the second half goes on
 * with the sentence the first half began, so it is direct speech even in lower
 * case. The first half must end in a comma inside its marks, and only a cue
 * with a reporting verb may sit between.
 */
function resumesSplitQuote(block: AnalyzedBlock, previousClose: number, open: number): boolean {
  if (previousClose < 0 || open - previousClose > MAX_SPLIT_CUE_TOKENS || block.tokens[previousClose - 1]?.text !== ',') return false;
  if (block.sentenceStart[open] !== block.sentenceStart[previousClose]) return false;
  for (let k = previousClose + 1; k < open; k += 1) {
    if (block.depth[k] !== 0 || block.isMark[k]) return false;
  }
  return block.tokens.slice(previousClose + 1, open).some((token) => REPORTING_VERB_BY_FORM.has(token.lower));
}
