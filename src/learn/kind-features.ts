/**
 * The features of the kind decision (issue 8, decision b): for every quote of
 * an extraction, a binary vector saying what the quote and the words around
 * it look like, so a logistic model can tell quoted speech from quote marks
 * that report nobody's words (a title, a nickname, a cover name, a scare
 * quote). Every id names a class of evidence (the rules' kind, the word class
 * before the opening mark, a length bucket), never a word of an article.
 *
 * Work is bounded per quote: the facts of a block (tokens, which characters
 * lie inside quotes, where people and organizations are named) are computed
 * once per block in one pass each, and a quote reads only a window of
 * CONTEXT_TOKENS tokens on each side of it, so the pass is linear in the
 * article's size however many quotes one paragraph holds.
 */
import { ABBREVIATION_KEYS } from '../extract/lexicon/abbreviations.ts';
import {
  DETERMINERS,
  PREPOSITIONS,
  RELATIVE_OPENERS,
  SUBJECT_PRONOUNS,
} from '../extract/lexicon/discourse-words.ts';
import {
  CALL_FORMS,
  MAX_WORDS_BEFORE_AS,
  NAMING_CUE_FILLERS,
  NAMING_CUES,
  NAMING_VERBS_BEFORE_AS,
  PERFORMING_VERBS,
  POSSESSIVE_DETERMINERS,
  TITLE_SMALL_WORDS,
  WORK_NOUNS,
} from '../extract/lexicon/quote-kind-cues.ts';
import { QUOTE_MARK_BY_TEXT, type QuoteMarkFamily } from '../extract/lexicon/quote-marks.ts';
import { REPORTING_VERB_BY_FORM } from '../extract/lexicon/reporting-verbs.ts';
import { isCapitalized, tokenize, type Token } from '../extract/quotes/tokenize.ts';
import type { ArticleText, EntityMention, Extraction, Location, Quote } from '../extract/types.ts';
import { COORDINATORS, EXAMPLE_INTRODUCERS, FINITE_AUXILIARIES, LABELLING_VERBS, SPEAKER_PERSON_WORDS } from './kind-words.ts';
import type { FeatureVector } from '../extract/speakers/logistic-model.ts';

/** Tokens read on each side of a quote for the reporting-verb windows: about a clause. */
export const CONTEXT_TOKENS = 12;

/** How near (in characters of the block) a person or organization named outside quotes counts as a speaker nearby. */
export const MENTION_REACH = 80;

/** Tokens before the marks a labelling verb may stand: `describing the culprits as "…"`. */
const LABEL_REACH = 5;

/** Words the naming-cue search reads before the marks (fillers and the cue itself). */
const NAMING_WINDOW = 6;

/** What is known of one block, computed once however many quotes it holds. */
interface BlockFacts {
  text: string;
  tokens: Token[];
  /** For each character offset (and the end), the index of the first token starting at or after it. */
  tokenAt: Int32Array;
  /** For each character, how many quotes (marks included) cover it. */
  cover: Int32Array;
  /** Word tokens before token i (prefix counts, length tokens + 1). */
  wordsBefore: number[];
  /** For each offset, the end of the last person/organization named outside quotes that ends at or before it, or -1. */
  lastSpeakerEnd: Int32Array;
  /** For each offset, the start of the first person/organization named outside quotes at or after it, or -1. */
  nextSpeakerStart: Int32Array;
  /** Mentions (any kind) starting before each offset: prefix counts, length text + 1. */
  mentionStarts: Int32Array;
}

type BlockRef = Pick<Location, 'block' | 'paragraph'>;

function keyOf(location: BlockRef): string {
  return `${location.block}:${location.paragraph}`;
}

function blockText(text: ArticleText, location: BlockRef): string {
  if (location.block === 'title') return text.title ?? '';
  if (location.block === 'caption') return text.caption ?? '';
  return text.paragraphs[location.paragraph] ?? '';
}

/** The quote mark at `at` (a two-character mark first), or null. */
function markAt(text: string, at: number): { length: number; family: QuoteMarkFamily } | null {
  if (at < 0 || at >= text.length) return null;
  const two = QUOTE_MARK_BY_TEXT.get(text.slice(at, at + 2));
  if (two !== undefined && at + 2 <= text.length) return { length: 2, family: two.family };
  const one = QUOTE_MARK_BY_TEXT.get(text[at]!);
  return one === undefined ? null : { length: 1, family: one.family };
}

/** The opening mark just before a quote's first character (two-character marks first). */
function openingMark(text: string, start: number): { length: number; family: QuoteMarkFamily } | null {
  const two = start >= 2 ? QUOTE_MARK_BY_TEXT.get(text.slice(start - 2, start)) : undefined;
  if (two !== undefined) return { length: 2, family: two.family };
  return markAt(text, start - 1);
}

/** Per-character tables a block needs, carved from one buffer reused for every block of the article (allocation, not work, dominated). */
const TABLES = 5;

function blockFacts(text: string, quotes: readonly Quote[], mentions: readonly EntityMention[], speakerIds: ReadonlySet<string>, scratch: Int32Array): BlockFacts {
  const tokens = tokenize(text);
  const length = text.length;
  const table = (k: number): Int32Array => scratch.subarray(k * (length + 1), (k + 1) * (length + 1));
  const tokenAt = table(0);
  let t = 0;
  for (let at = 0; at <= length; at += 1) {
    while (t < tokens.length && tokens[t]!.start < at) t += 1;
    tokenAt[at] = t;
  }
  // Every per-character table is filled in place (counts, then a running sum or fill): few arrays, few passes.
  const cover = table(1).fill(0);
  for (const quote of quotes) {
    const from = Math.max(0, quote.start - (openingMark(text, quote.start)?.length ?? 0));
    const to = Math.min(length, quote.end + (markAt(text, quote.end)?.length ?? 0));
    if (from < to) {
      cover[from] += 1;
      cover[to] -= 1;
    }
  }
  for (let at = 1; at <= length; at += 1) cover[at] += cover[at - 1]!;
  const wordsBefore = new Array<number>(tokens.length + 1).fill(0);
  for (let i = 0; i < tokens.length; i += 1) wordsBefore[i + 1] = wordsBefore[i]! + (tokens[i]!.isWord ? 1 : 0);

  const mentionStarts = table(2).fill(0);
  const lastSpeakerEnd = table(3).fill(-1);
  const nextSpeakerStart = table(4).fill(-1);
  for (const mention of mentions) {
    if (mention.start < 0 || mention.end > length || mention.start >= mention.end) continue;
    mentionStarts[mention.start + 1] += 1;
    if (!speakerIds.has(mention.entityId) || cover[mention.start]! > 0) continue;
    lastSpeakerEnd[mention.end] = mention.end;
    nextSpeakerStart[mention.start] = mention.start;
  }
  for (let at = 1; at <= length; at += 1) {
    mentionStarts[at] += mentionStarts[at - 1]!;
    if (lastSpeakerEnd[at]! < 0) lastSpeakerEnd[at] = lastSpeakerEnd[at - 1]!;
  }
  for (let at = length - 1; at >= 0; at -= 1) if (nextSpeakerStart[at]! < 0) nextSpeakerStart[at] = nextSpeakerStart[at + 1]!;
  return { text, tokens, tokenAt, cover, wordsBefore, lastSpeakerEnd, nextSpeakerStart, mentionStarts };
}

/** What a text looks like to the article-wide features: lower-case letters and digits only, accents folded (as the scorer compares spans). */
function wordsKey(text: string): string {
  let ascii = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Anything beyond ASCII goes the Unicode way; ASCII text (most of it) skips the normalisation.
    if (code >= 128) return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) ascii += text[i];
    else if (code >= 65 && code <= 90) ascii += String.fromCharCode(code + 32);
  }
  return ascii;
}

/** Facts of the whole article, computed once: names of entities, and how often each quoted text recurs. */
interface ArticleFacts {
  entityKindByName: Map<string, string>;
  quoteCount: Map<string, number>;
  /** Quoted texts the rules called not-speech somewhere. */
  notSpeechTexts: Set<string>;
}

function articleFacts(extraction: Extraction): ArticleFacts {
  const entityKindByName = new Map<string, string>();
  for (const entity of extraction.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = wordsKey(name);
      if (key !== '' && !entityKindByName.has(key)) entityKindByName.set(key, entity.kind);
    }
  }
  const quoteCount = new Map<string, number>();
  const notSpeechTexts = new Set<string>();
  for (const quote of extraction.quotes) {
    const key = wordsKey(quote.text);
    if (key === '') continue;
    quoteCount.set(key, (quoteCount.get(key) ?? 0) + 1);
    if (quote.kind === 'not-speech') notSpeechTexts.add(key);
  }
  return { entityKindByName, quoteCount, notSpeechTexts };
}

function wordCountBucket(words: number): string {
  if (words <= 3) return String(words);
  if (words <= 6) return '4-6';
  if (words <= 12) return '7-12';
  if (words <= 25) return '13-25';
  return '26+';
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
const BRACKETS: ReadonlySet<string> = new Set(['(', '[', '{', ')', ']', '}']);

function isPossessiveWord(token: Token): boolean {
  return POSSESSIVE_DETERMINERS.has(token.lower) || /(?:'s|s')$/u.test(token.lower);
}

/** The word class of a token next to a quote mark, as a feature value. */
export function tokenClass(token: Token | undefined): string {
  if (token === undefined) return 'none';
  if (!token.isWord) {
    if (token.text === ':') return 'colon';
    if (token.text === ',') return 'comma';
    if (token.text === ';') return 'semicolon';
    if (SENTENCE_ENDS.has(token.text)) return 'sentence-end';
    if (DASHES.has(token.text)) return 'dash';
    if (BRACKETS.has(token.text)) return 'bracket';
    if (QUOTE_MARK_BY_TEXT.has(token.text)) return 'mark';
    return 'punct';
  }
  const lower = token.lower;
  if (CALL_FORMS.has(lower) || lower === 'dubbed' || lower === 'nicknamed' || lower === 'titled' || lower === 'entitled' || lower === 'named') {
    return 'naming-verb';
  }
  if (lower === 'as') return 'as';
  if (REPORTING_VERB_BY_FORM.has(lower)) return REPORTING_VERB_BY_FORM.get(lower)!.strength === 'speech' ? 'speech-verb' : 'stance-verb';
  if (WORK_NOUNS.has(lower)) return 'work-noun';
  if (PERFORMING_VERBS.has(lower)) return 'performing-verb';
  if (isPossessiveWord(token)) return 'possessive';
  if (DETERMINERS.has(lower)) return 'determiner';
  if (PREPOSITIONS.has(lower)) return 'preposition';
  if (COORDINATORS.has(lower)) return 'coordinator';
  if (RELATIVE_OPENERS.has(lower) || lower === 'that') return 'relative';
  if (FINITE_AUXILIARIES.has(lower)) return 'auxiliary';
  if (SUBJECT_PRONOUNS.has(lower)) return 'pronoun';
  if (/^\p{N}/u.test(token.text)) return 'number';
  if (isCapitalized(token)) return 'capitalized';
  return 'word';
}

/** The words of a naming cue end right before the marks (`known as`, `dubbed the`, `whom fans call`). */
function namingCueBefore(tokens: readonly Token[], last: number): boolean {
  let end = last;
  for (let fillers = 0; fillers < 2 && end >= 0 && NAMING_CUE_FILLERS.has(tokens[end]!.lower); fillers += 1) end -= 1;
  if (end < 0) return false;
  for (const cue of NAMING_CUES) {
    if (cue.length > NAMING_WINDOW) continue;
    if (cue.every((word, k) => tokens[end - cue.length + 1 + k]?.lower === word)) return true;
  }
  if (CALL_FORMS.has(tokens[end]!.lower)) return true;
  if (tokens[end]!.lower !== 'as') return false;
  for (let j = end - 1; j >= Math.max(0, end - 1 - MAX_WORDS_BEFORE_AS); j -= 1) {
    if (!tokens[j]!.isWord) return false;
    if (NAMING_VERBS_BEFORE_AS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!SENTENCE_ENDS.has(token.text)) return false;
  // `Mr. Lee`: the full stop of an abbreviation ends no sentence.
  const before = tokens[i - 1];
  return !(token.text === '.' && before !== undefined && before.isWord && ABBREVIATION_KEYS.has(before.lower));
}

/** The strongest reporting verb among the tokens of a window at the quote's own level: `speech`, `stance` or `none`. */
function cueIn(facts: BlockFacts, indexes: readonly number[]): string {
  let found = 'none';
  for (const i of indexes) {
    const lower = facts.tokens[i]!.lower;
    if (CALL_FORMS.has(lower)) continue;
    const verb = REPORTING_VERB_BY_FORM.get(lower);
    if (verb?.strength === 'speech') return 'speech';
    if (verb !== undefined) found = 'stance';
  }
  return found;
}

/**
 * Indexes of up to CONTEXT_TOKENS tokens from `from` going `step`, at the
 * quote's own level (not inside another quote it is not part of), stopping at
 * the end of the sentence.
 */
function sentenceWindow(facts: BlockFacts, from: number, step: 1 | -1, level: number): number[] {
  const out: number[] = [];
  for (let i = from, read = 0; i >= 0 && i < facts.tokens.length && read < CONTEXT_TOKENS; i += step, read += 1) {
    if (facts.cover[facts.tokens[i]!.start]! > level) continue;
    if (endsSentence(facts.tokens, i)) break;
    out.push(i);
  }
  return out;
}

/** `"…," said Ana Ruiz`, `"…" she added`: a speech verb within a few names or pronouns after the quote. */
function speechFollows(facts: BlockFacts, first: number, level: number): boolean {
  let j = first;
  if (facts.tokens[j]?.text === ',') j += 1;
  for (let read = 0; read <= 5; read += 1, j += 1) {
    const token = facts.tokens[j];
    if (token === undefined || facts.cover[token.start]! > level) return false;
    if (REPORTING_VERB_BY_FORM.get(token.lower)?.strength === 'speech') return true;
    if (!isCapitalized(token) && !SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'the') return false;
  }
  return false;
}

/** Only commas and coordinators (at most 3 tokens) between two quotes: `'Bud', 'Lofty' and 'Pip'`. */
function joinedBetween(facts: BlockFacts, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i += 1) {
    const token = facts.tokens[i]!;
    if (token.text !== ',' && !COORDINATORS.has(token.lower) && token.text !== '/') return false;
  }
  return true;
}

/** How the words of a quote are written: every word Title Case, some, none. */
function capitalShare(words: readonly Token[]): string {
  const counted = words.filter((word) => !TITLE_SMALL_WORDS.has(word.lower) && !/^\p{N}/u.test(word.text));
  if (counted.length === 0) return 'none';
  const capitals = counted.filter((word) => isCapitalized(word)).length;
  if (capitals === counted.length) return 'all';
  if (capitals === 0) return 'none';
  return capitals * 2 >= counted.length ? 'most' : 'some';
}

/** Where a quote's own tokens and marks lie in its block. */
interface QuotePlace {
  /** Token index of the first token inside the marks, and of the first token at or after the closing side. */
  first: number;
  end: number;
  /** Last token before the opening mark (-1 when none) and first after the closing mark. */
  before: number;
  after: number;
  open: { length: number; family: QuoteMarkFamily } | null;
  close: { length: number; family: QuoteMarkFamily } | null;
  /** Quotes enclosing this one. */
  level: number;
}

function placeOf(facts: BlockFacts, quote: Quote): QuotePlace {
  const { text, tokenAt } = facts;
  const start = Math.min(Math.max(0, quote.start), text.length);
  const end = Math.min(Math.max(start, quote.end), text.length);
  const open = openingMark(text, start);
  const close = markAt(text, end);
  const first = tokenAt[start]!;
  const inner = tokenAt[end]!;
  const before = tokenAt[Math.max(0, start - (open?.length ?? 0))]! - 1;
  const after = tokenAt[Math.min(text.length, end + (close?.length ?? 0))]!;
  return { first, end: inner, before, after, open, close, level: Math.max(0, facts.cover[start]! - 1) };
}

function quoteFeatures(quote: Quote, facts: BlockFacts, article: ArticleFacts, previous: { quote: Quote; place: QuotePlace } | null): Record<string, number> {
  const features: Record<string, number> = {};
  const add = (id: string): void => {
    features[id] = 1;
  };
  const place = placeOf(facts, quote);
  const { tokens } = facts;

  add(`rules-kind=${quote.kind}`);
  add(`rules-rule=${quote.rule ?? 'none'}`);
  add(quote.speaker === null ? 'rules-speaker=none' : 'rules-speaker=named');
  add(`block=${quote.block}`);
  add(`mark=${place.open?.family ?? 'none'}`);
  if (place.close === null) add('unclosed');
  if (place.level > 0) add('nested');

  const inner = tokens.slice(place.first, place.end);
  const words = inner.filter((token) => token.isWord);
  const bucket = wordCountBucket(words.length);
  add(`words=${bucket}`);
  const share = capitalShare(words);
  add(`capitals=${share}`);
  const firstWord = words[0];
  add(firstWord === undefined ? 'starts=none' : isCapitalized(firstWord) ? 'starts=capital' : /^\p{N}/u.test(firstWord.text) ? 'starts=number' : 'starts=lower');
  const trimmed = quote.text.trimEnd();
  const lastChar = trimmed.at(-1) ?? '';
  add(`ends=${SENTENCE_ENDS.has(lastChar) ? 'sentence' : lastChar === ',' ? 'comma' : /[\p{L}\p{N}]/u.test(lastChar) ? 'word' : 'other'}`);
  if (inner.slice(0, -1).some((token) => SENTENCE_ENDS.has(token.text) || token.text === ',' || token.text === ';' || token.text === ':')) add('inner-punctuation');
  if (words.some((word) => SPEAKER_PERSON_WORDS.has(word.lower))) add('first-or-second-person');
  if (words.some((word) => FINITE_AUXILIARIES.has(word.lower))) add('finite-auxiliary');
  if (facts.mentionStarts[Math.min(quote.end, facts.text.length)]! - facts.mentionStarts[Math.min(quote.start, facts.text.length)]! > 0) add('holds-mention');

  const titleCase = share === 'all' && firstWord !== undefined && isCapitalized(firstWord) && words.length <= 6;
  const lowerShort = firstWord !== undefined && !isCapitalized(firstWord) && words.length <= 3;
  if (titleCase) add('title-case');
  if (words.length > 0 && words.some((word) => /\p{L}{2}/u.test(word.text)) && words.every((word) => word.text === word.text.toUpperCase())) add('all-caps');
  if (lowerShort) add('lower-short');

  // The block around the quote.
  const wordsBefore = facts.wordsBefore[Math.max(0, place.before + 1)]!;
  const wordsAfter = facts.wordsBefore[tokens.length]! - facts.wordsBefore[Math.min(tokens.length, place.after)]!;
  if (wordsBefore === 0) add('opens-block');
  if (wordsAfter === 0) add('ends-block');
  if (wordsBefore === 0 && wordsAfter === 0) add('whole-block');

  const beforeToken = place.before >= 0 ? tokens[place.before] : undefined;
  const afterToken = tokens[place.after];
  const beforeClass = tokenClass(beforeToken);
  const afterClass = tokenClass(afterToken);
  add(`before=${beforeClass}`);
  add(`after=${afterClass}`);
  if (titleCase) {
    add(`title-case&before=${beforeClass}`);
    add(`title-case&after=${afterClass}`);
  }
  if (lowerShort) {
    add(`lower-short&before=${beforeClass}`);
    add(`lower-short&after=${afterClass}`);
  }
  if (place.before >= 0 && namingCueBefore(tokens, place.before)) add('naming-cue-before');
  const near = [place.before, place.before - 1, place.before - 2, place.after, place.after + 1];
  if (near.some((i) => i >= 0 && tokens[i] !== undefined && WORK_NOUNS.has(tokens[i]!.lower))) add('work-noun-near');

  const windowBefore = sentenceWindow(facts, place.before, -1, place.level);
  add(`cue-before=${cueIn(facts, windowBefore)}`);
  if (windowBefore.slice(0, LABEL_REACH).some((i) => LABELLING_VERBS.has(tokens[i]!.lower))) add(`labelling-verb-before&before=${beforeClass}`);
  const example = beforeToken !== undefined && (EXAMPLE_INTRODUCERS.has(beforeToken.lower) || (beforeToken.lower === 'as' && tokens[place.before - 1]?.lower === 'such'));
  if (example) add('example-introducer-before');
  add(`cue-after=${cueIn(facts, sentenceWindow(facts, place.after, 1, place.level))}`);
  if (speechFollows(facts, place.after, place.level)) add('speech-follows');

  const openAt = Math.max(0, quote.start - (place.open?.length ?? 0));
  const closeAt = Math.min(facts.text.length, quote.end + (place.close?.length ?? 0));
  const lastEnd = facts.lastSpeakerEnd[openAt]!;
  const nextStart = facts.nextSpeakerStart[closeAt]!;
  if (lastEnd >= 0 && openAt - lastEnd <= MENTION_REACH) add('speaker-named-before');
  if (nextStart >= 0 && nextStart - closeAt <= MENTION_REACH) add('speaker-named-after');

  const key = wordsKey(quote.text);
  const entityKind = article.entityKindByName.get(key);
  if (entityKind !== undefined) add(`entity-name=${entityKind}`);
  if ((article.quoteCount.get(key) ?? 0) > 1) {
    add('quoted-again');
    if (article.notSpeechTexts.has(key) && quote.kind !== 'not-speech') add('quoted-again&not-speech-elsewhere');
  }
  if (previous !== null && previous.place.level === place.level && previous.quote.kind === 'not-speech' && joinedBetween(facts, previous.place.after, place.before + 1)) {
    add('joined-to-not-speech');
  }
  return features;
}

/**
 * One feature vector per quote of the extraction, in the order of
 * `extraction.quotes`. Reads the rules' output (kind, rule, speaker), the
 * quotes' blocks and the mentions; never the gold.
 */
export function kindFeatures(extraction: Extraction, text: ArticleText): FeatureVector[] {
  const article = articleFacts(extraction);
  const speakerIds = new Set(extraction.entities.filter((entity) => entity.kind === 'person' || entity.kind === 'organization').map((entity) => entity.id));
  const byBlock = new Map<string, number[]>();
  extraction.quotes.forEach((quote, i) => {
    const key = keyOf(quote);
    const list = byBlock.get(key);
    if (list === undefined) byBlock.set(key, [i]);
    else list.push(i);
  });
  const mentionsByBlock = new Map<string, EntityMention[]>();
  for (const mention of extraction.mentions) {
    const key = keyOf(mention);
    if (!byBlock.has(key)) continue;
    const list = mentionsByBlock.get(key);
    if (list === undefined) mentionsByBlock.set(key, [mention]);
    else list.push(mention);
  }
  let longest = 0;
  for (const indexes of byBlock.values()) longest = Math.max(longest, blockText(text, extraction.quotes[indexes[0]!]!).length);
  const scratch = new Int32Array(TABLES * (longest + 1));
  const out: FeatureVector[] = new Array<FeatureVector>(extraction.quotes.length);
  for (const [key, indexes] of byBlock) {
    const location = extraction.quotes[indexes[0]!]!;
    const quotes = indexes.map((i) => extraction.quotes[i]!);
    const facts = blockFacts(blockText(text, location), quotes, mentionsByBlock.get(key) ?? [], speakerIds, scratch);
    const ordered = [...indexes].sort((a, b) => extraction.quotes[a]!.start - extraction.quotes[b]!.start || a - b);
    let previous: { quote: Quote; place: QuotePlace } | null = null;
    for (const i of ordered) {
      const quote = extraction.quotes[i]!;
      out[i] = quoteFeatures(quote, facts, article, previous);
      const place = placeOf(facts, quote);
      if (place.level === 0) previous = { quote, place };
    }
  }
  return out;
}
