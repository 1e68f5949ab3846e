/**
 * Features of an attributed quote, computed only from what the engine returns
 * (the quote, its speaker entity, the mentions) and the article text. Every
 * feature is binary and named by a stable id (`rule=quote-X-said`,
 * `dist-bucket=16-50`): categorical values one-hot, numbers in buckets, so a
 * saved model stays readable and a new value simply has no weight.
 *
 * They are general classes (which rule, how far the speaker's name is, how
 * crowded the paragraph is), never words of particular articles.
 */
import type { ArticleText, Entity, EntityMention, Extraction, Quote } from '../types.ts';
import { hasTitleWord } from './name-shape.ts';
import type { FeatureIds } from './logistic-model.ts';
import { countWork } from '../work-meter.ts';
import { isLetterOrDigitUnit, isSpaceAt } from '../analysis/characters.ts';
import { confidenceBucket, countBucket, distanceBucket } from './buckets.ts';
import { bothIds, featureId } from './feature-ids.ts';
import { blockKey, gap, inside, narrationsOf, order, overlaps, spansAround, type BlockRef, type NarrationOf, type Span } from './block-spans.ts';

/** Reporting words common enough to get their own feature; any other cue is `cue-word=other`. */
const COMMON_CUE_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'according', 'wrote', 'writes', 'asked', 'explained',
  'stated', 'noted', 'continued', 'insisted', 'warned', 'argued', 'called', 'described', 'claimed', 'announced',
]);

/** Words that report speech, looked for outside the quote marks of a paragraph. */
const REPORTING_WORD = /\b(?:said|says|say|saying|told|tells|added|adds|according|wrote|writes|asked|explained|stated|noted|continued|insisted|warned|argued|claimed|announced|declared|replied|recalled|admitted|stressed|urged|statement)\b/iu;

const PRONOUN = /\b(?:he|she|they|it|we|i)\b/iu;
/** The first letter or digit of a block's narration (compiled once, not per block). */
const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;



/** The clause around the cue: up to CUE_SUBJECT_WINDOW characters each side, stopping at a quote or a sentence or clause end. */
function cueClause(narrated: string, cue: Span): Span {
  let start = cue.start;
  while (start > 0 && cue.start - start < CUE_SUBJECT_WINDOW && !isClauseStop(narrated.charCodeAt(start - 1))) start -= 1;
  let end = cue.end;
  while (end < narrated.length && end - cue.end < CUE_SUBJECT_WINDOW && !isClauseStop(narrated.charCodeAt(end))) end += 1;
  return { start, end };
}

/** A quote's fill (FILL), `.`, `!`, `?` or `;`. */
function isClauseStop(code: number): boolean {
  return code === 0 || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b;
}

/** How far from the quote a search for its sentence's ends or its cue looks: work per quote stays bounded. */
const REACH = 400;

/** Bounds of the sentence around [start, end), looking for sentence ends only outside that span, within REACH. */
export function sentenceAround(narrated: string, span: Span): Span {
  const from = Math.max(0, span.start - REACH);
  const after = lastSentenceStart(narrated, from, span.start);
  const start = after < 0 ? from : after;
  const following = narrated.slice(span.end, span.end + REACH);
  const next = /[.!?](?:\s|$)/u.exec(following);
  const end = next === null ? Math.min(narrated.length, span.end + REACH) : span.end + next.index + 1;
  return { start, end };
}

/**
 * Where the last sentence begun in `text[from, to)` starts: the first
 * character that is not a space after the last `.`, `!` or `?` that spaces
 * follow (the end of the last match of /[.!?]\s+(?=\S)/gu there), or -1 when
 * none is. Read backwards from `to`, so the search stops at the last stop
 * instead of matching every stop before it.
 */
function lastSentenceStart(text: string, from: number, to: number): number {
  // The nearest character after the one being read that is not a space, or -1.
  let nextNonSpace = -1;
  for (let at = Math.min(to, text.length) - 1; at >= from; at -= 1) {
    const code = text.charCodeAt(at);
    if (isSpaceAt(text, at)) continue;
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && nextNonSpace > at + 1) return nextNonSpace;
    nextNonSpace = at;
  }
  return -1;
}





/** Whitespace-separated words holding a letter or digit. */
export function wordCount(text: string): number {
  // By character code with an ASCII fast path: every quote's text is counted.
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (isSpaceAt(text, at)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    const letterOrDigit =
      code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER_OR_DIGIT.test(text.slice(at, at + 2));
    if (letterOrDigit) {
      counted = true;
      count += 1;
    }
  }
  return count;
}

// Tested on up to two code units, so a letter outside the basic plane (a surrogate pair) counts too.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** What the features read of a speaker's name, worked out once per name. */
interface NameFacts {
  words: number;
  titled: boolean;
}

/** The cue's first word, lowercased, as a class: a common reporting word or `other`. */
function cueWord(cue: string): string {
  const first = cue.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/u)[0] ?? '';
  return COMMON_CUE_WORDS.has(first) ? first : 'other';
}

/** `\b<cue>\b` patterns by cue, compiled once: the same few cue forms recur in every article. */
const CUE_PATTERNS = new Map<string, RegExp>();
/** Patterns kept; past this (cues that are not a small set) a pattern is still right, only compiled each time. */
const KEPT_CUE_PATTERNS = 1024;

function cuePattern(escaped: string): RegExp {
  let pattern = CUE_PATTERNS.get(escaped);
  if (pattern === undefined) {
    pattern = new RegExp(`\\b${escaped}\\b`, 'giu');
    if (CUE_PATTERNS.size < KEPT_CUE_PATTERNS) CUE_PATTERNS.set(escaped, pattern);
  }
  return pattern;
}

/** Where the cue is written in the narration nearest the quote, or null when this block does not hold it. */
export function cueSpan(narrated: string, cue: string, quote: Span): Span | null {
  const word = cue.replace(/[^\p{L}\p{N}\s'’-]/gu, '').trim();
  if (word === '') return null;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const from = Math.max(0, quote.start - REACH);
  const searched = narrated.slice(from, quote.end + REACH);
  const pattern = cuePattern(escaped);
  let best: Span | null = null;
  // The word is not empty, so no match is empty and each search moves on; a failed search leaves lastIndex at 0.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(searched); match !== null; match = pattern.exec(searched)) {
    const span = { start: from + match.index, end: from + match.index + match[0].length };
    if (best === null || gap(span, quote) < gap(best, quote)) best = span;
  }
  return best;
}

/** How far either side of a cue its subject may be written. */
const CUE_SUBJECT_WINDOW = 30;


/** Whether a quote is one the speaker model judges: it names a speaker and is speech. */
export function isAttributed(quote: Quote): boolean {
  return quote.speaker !== null && quote.speaker !== '' && quote.kind !== 'not-speech';
}

/**
 * The features of every quote of the article, in quote order; null for quotes
 * the model does not judge (no speaker, or not speech).
 */
export function speakerFeatures(
  extraction: Extraction,
  text: ArticleText,
  narrationOf: NarrationOf = narrationsOf(extraction.quotes, text),
): (FeatureIds | null)[] {
  const entityById = new Map<string, Entity>(extraction.entities.map((entity) => [entity.id, entity]));
  const speakerQuoteCount = new Map<string, number>();
  for (const quote of extraction.quotes) {
    if (isAttributed(quote) && quote.speakerId !== null) {
      speakerQuoteCount.set(quote.speakerId, (speakerQuoteCount.get(quote.speakerId) ?? 0) + 1);
    }
  }
  const index = indexArticle(extraction, narrationOf);
  const facts = new Map<string, NameFacts>();
  const nameFactsOf = (name: string): NameFacts => {
    let found = facts.get(name);
    if (found === undefined) {
      found = { words: wordCount(name), titled: hasTitleWord(name) };
      facts.set(name, found);
    }
    return found;
  };
  return extraction.quotes.map((quote) => (isAttributed(quote) ? featuresOf(quote, index, entityById, speakerQuoteCount, nameFactsOf) : null));
}

/** What the features of one block need, computed once per block. */
interface BlockIndex {
  quotes: Quote[];
  narrated: string;
  /** Offsets of the first and last letter or digit of the narration (-1 when none). */
  firstLetter: number;
  lastLetter: number;
  hasReportingWord: boolean;
  /** Mentions in text order. */
  mentions: EntityMention[];
}

interface ArticleIndex {
  block: (location: BlockRef) => BlockIndex;
  /** An entity's mentions per block key, in text order. */
  mentionsByEntity: ReadonlyMap<string, ReadonlyMap<number, EntityMention[]>>;
  /** An entity's first mention in reading order. */
  firstMention: ReadonlyMap<string, EntityMention>;
}


function indexArticle(extraction: Extraction, narrationOf: NarrationOf): ArticleIndex {
  const quotesByBlock = new Map<number, Quote[]>();
  for (const quote of extraction.quotes) pushTo(quotesByBlock, blockKey(quote), quote);
  const mentionsByBlock = new Map<number, EntityMention[]>();
  const mentionsByEntity = new Map<string, Map<number, EntityMention[]>>();
  const firstMention = new Map<string, EntityMention>();
  const sorted = [...extraction.mentions].sort((a, b) => order(a) - order(b) || a.start - b.start || a.end - b.end);
  for (const mention of sorted) {
    pushTo(mentionsByBlock, blockKey(mention), mention);
    const byBlock = mentionsByEntity.get(mention.entityId) ?? new Map<number, EntityMention[]>();
    pushTo(byBlock, blockKey(mention), mention);
    mentionsByEntity.set(mention.entityId, byBlock);
    if (!firstMention.has(mention.entityId)) firstMention.set(mention.entityId, mention);
  }
  const blocks = new Map<number, BlockIndex>();
  const block = (location: BlockRef): BlockIndex => {
    const key = blockKey(location);
    let found = blocks.get(key);
    if (found === undefined) {
      const quotes = quotesByBlock.get(key) ?? [];
      const narrated = narrationOf(location);
      countWork(narrated.length);
      let lastLetter = narrated.length - 1;
      // By character code: a paragraph ending in a long quote is walked back over all of its filled text.
      while (lastLetter >= 0 && !isLetterOrDigitUnit(narrated, lastLetter)) lastLetter -= 1;
      found = {
        quotes,
        narrated,
        firstLetter: ANY_LETTER_OR_DIGIT.exec(narrated)?.index ?? -1,
        lastLetter,
        hasReportingWord: REPORTING_WORD.test(narrated),
        mentions: mentionsByBlock.get(key) ?? [],
      };
      blocks.set(key, found);
    }
    return found;
  };
  return { block, mentionsByEntity, firstMention };
}

function pushTo<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** How many mentions on each side of a quote (and inside it) its features read: work per quote stays bounded. */
const MENTIONS_NEAR = 8;

/** The mentions (in text order) nearest the span: MENTIONS_NEAR before, up to as many inside, MENTIONS_NEAR after. */
function mentionsNear(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  countWork(3 * MENTIONS_NEAR);
  return spansAround(mentions, span, MENTIONS_NEAR);
}

function featuresOf(
  quote: Quote,
  index: ArticleIndex,
  entityById: ReadonlyMap<string, Entity>,
  speakerQuoteCount: ReadonlyMap<string, number>,
  nameFactsOf: (name: string) => NameFacts,
): FeatureIds {
  const ids = new Set<string>();
  const rule = quote.rule ?? 'none';
  ids.add(featureId('block', quote.block));
  ids.add(featureId('conf', confidenceBucket(quote.confidence)));

  const block = index.block(quote);
  const blockQuotes = block.quotes;
  const narrated = block.narrated;
  const quoteSpan: Span = { start: quote.start, end: quote.end };
  const sentence = sentenceAround(narrated, quoteSpan);

  const entity = quote.speakerId === null ? undefined : entityById.get(quote.speakerId);
  const kind = entity?.kind ?? 'unknown';
  const kindId = featureId('speaker-kind', kind);
  ids.add(kindId);
  // The same facts again per speaker kind: what is normal for a person's name
  // (two words, one alias) says little about an organization's, and the other way round.
  const withKind = (id: string) => {
    ids.add(id);
    ids.add(bothIds(kindId, id));
  };
  withKind(featureId('kind', quote.kind));
  const ruleId = featureId('rule', rule);
  withKind(ruleId);
  if (entity !== undefined) {
    withKind(featureId('speaker-mentions', countBucket(entity.mentions, 5)));
    withKind(featureId('speaker-aliases', countBucket(entity.aliases.length, 3)));
    const name = nameFactsOf(entity.name);
    withKind(featureId('speaker-name-words', countBucket(name.words, 4)));
    // A rank or office inside the name itself (not learned into `roles`) hints the name runs past its edges.
    if (name.titled) withKind('speaker-name-has-title-word');
    if (entity.listId !== undefined) ids.add('speaker-listed');
    if (entity.roles.length > 0) withKind('speaker-has-role');
  }
  ids.add(featureId('speaker-quotes', countBucket(quote.speakerId === null ? 0 : speakerQuoteCount.get(quote.speakerId) ?? 0, 4)));

  const speakerBlocks = quote.speakerId === null ? undefined : index.mentionsByEntity.get(quote.speakerId);
  const here = mentionsNear(speakerBlocks?.get(blockKey(quote)) ?? [], quoteSpan);
  const outsideQuote = here.filter((mention) => !inside(mention, quoteSpan));
  if (here.length > outsideQuote.length) ids.add('speaker-named-inside-quote');
  const first = quote.speakerId === null ? undefined : index.firstMention.get(quote.speakerId);
  const nearest = outsideQuote.reduce<EntityMention | null>(
    (best, mention) => (best === null || gap(mention, quoteSpan) < gap(best, quoteSpan) ? mention : best),
    null,
  );
  if (nearest !== null) {
    ids.add(featureId('dist-bucket', distanceBucket(gap(nearest, quoteSpan))));
    ids.add(nearest.end <= quote.start ? 'mention-side=before' : 'mention-side=after');
    ids.add(featureId('mention-form', nearest.form));
  } else if (quote.block === 'body' && speakerBlocks?.has(blockKey({ block: 'body', paragraph: quote.paragraph - 1 })) === true) {
    ids.add('dist-bucket=previous-paragraph');
  } else if (first !== undefined && order(first) < order(quote)) ids.add('dist-bucket=earlier-paragraph');
  else ids.add('dist-bucket=not-before');
  const inSentence = outsideQuote.some((mention) => overlaps(mention, sentence));
  const inSentenceId = inSentence ? 'speaker-in-sentence=yes' : 'speaker-in-sentence=no';
  ids.add(inSentenceId);
  ids.add(bothIds(ruleId, inSentenceId));
  const firstHere = speakerBlocks?.get(blockKey(quote))?.[0];
  const mentionedBefore = (first !== undefined && order(first) < order(quote)) || (firstHere !== undefined && firstHere.end <= quote.start);
  if (!mentionedBefore) ids.add('speaker-first-named-after-quote');

  if (quote.cue === null) ids.add('cue=none');
  else {
    ids.add(featureId('cue-word', cueWord(quote.cue)));
    if (quote.cue.trim().endsWith(':')) ids.add('cue-colon');
    const cue = cueSpan(narrated, quote.cue, quoteSpan);
    if (cue === null) ids.add('cue-subject=elsewhere');
    else {
      const window = cueClause(narrated, cue);
      const named = outsideQuote.find((mention) => overlaps(mention, window));
      const around = narrated.slice(window.start, window.end);
      const subject = named !== undefined ? named.form : PRONOUN.test(around) ? 'pronoun' : 'other';
      const subjectId = featureId('cue-subject', subject);
      ids.add(subjectId);
      ids.add(bothIds(ruleId, subjectId));
    }
  }

  const words = wordCount(quote.text);
  ids.add(featureId('quote-words', words <= 3 ? '1-3' : words <= 9 ? '4-9' : words <= 24 ? '10-24' : '25+'));
  ids.add(featureId('paragraph-quotes', countBucket(blockQuotes.length, 3)));
  const others = new Set(
    mentionsNear(block.mentions, quoteSpan)
      .filter((m) => m.entityId !== quote.speakerId && !inside(m, quoteSpan))
      .map((m) => entityById.get(m.entityId))
      .filter((e): e is Entity => e !== undefined && (e.kind === 'person' || e.kind === 'organization'))
      .map((e) => e.id),
  );
  ids.add(featureId('other-speakers-in-paragraph', countBucket(others.size, 2)));
  if (block.firstLetter < 0) ids.add('paragraph-only-quotes');
  else if (!block.hasReportingWord) ids.add('paragraph-no-reporting-word');
  if (block.firstLetter < 0 || block.firstLetter >= quote.start - 1) ids.add('quote-opens-paragraph');
  if (block.lastLetter < quote.end + 1) ids.add('quote-closes-paragraph');

  return [...ids];
}
