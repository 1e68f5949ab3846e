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
import { confidenceBucket, countBucket, distanceBucket } from './buckets.ts';
import { gap, inside, narrationsOf, order, overlaps, spansAround, type BlockRef, type NarrationOf, type Span } from './block-spans.ts';

/** Reporting words common enough to get their own feature; any other cue is `cue-word=other`. */
const COMMON_CUE_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'according', 'wrote', 'writes', 'asked', 'explained',
  'stated', 'noted', 'continued', 'insisted', 'warned', 'argued', 'called', 'described', 'claimed', 'announced',
]);

/** Words that report speech, looked for outside the quote marks of a paragraph. */
const REPORTING_WORD = /\b(?:said|says|say|saying|told|tells|added|adds|according|wrote|writes|asked|explained|stated|noted|continued|insisted|warned|argued|claimed|announced|declared|replied|recalled|admitted|stressed|urged|statement)\b/iu;

const PRONOUN = /\b(?:he|she|they|it|we|i)\b/iu;



/** The clause around the cue: up to CUE_SUBJECT_WINDOW characters each side, stopping at a quote or a sentence or clause end. */
function cueClause(narrated: string, cue: Span): Span {
  const stops = /[\u0000.!?;]/u;
  let start = cue.start;
  while (start > 0 && cue.start - start < CUE_SUBJECT_WINDOW && !stops.test(narrated[start - 1]!)) start -= 1;
  let end = cue.end;
  while (end < narrated.length && end - cue.end < CUE_SUBJECT_WINDOW && !stops.test(narrated[end]!)) end += 1;
  return { start, end };
}

/** How far from the quote a search for its sentence's ends or its cue looks: work per quote stays bounded. */
const REACH = 400;

/** Bounds of the sentence around [start, end), looking for sentence ends only outside that span, within REACH. */
function sentenceAround(narrated: string, span: Span): Span {
  const from = Math.max(0, span.start - REACH);
  const before = narrated.slice(from, span.start);
  const stops = [...before.matchAll(/[.!?]\s+(?=\S)/gu)];
  const last = stops.at(-1);
  const start = last === undefined ? from : from + last.index + last[0].length;
  const after = narrated.slice(span.end, span.end + REACH);
  const next = /[.!?](?:\s|$)/u.exec(after);
  const end = next === null ? Math.min(narrated.length, span.end + REACH) : span.end + next.index + 1;
  return { start, end };
}




/** Whitespace-separated words holding a letter or digit. */
function wordCount(text: string): number {
  let count = 0;
  for (const word of text.matchAll(/\S+/gu)) if (/[\p{L}\p{N}]/u.test(word[0])) count += 1;
  return count;
}

/** The cue's first word, lowercased, as a class: a common reporting word or `other`. */
function cueWord(cue: string): string {
  const first = cue.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/u)[0] ?? '';
  return COMMON_CUE_WORDS.has(first) ? first : 'other';
}

/** Where the cue is written in the narration nearest the quote, or null when this block does not hold it. */
function cueSpan(narrated: string, cue: string, quote: Span): Span | null {
  const word = cue.replace(/[^\p{L}\p{N}\s'’-]/gu, '').trim();
  if (word === '') return null;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const from = Math.max(0, quote.start - REACH);
  let best: Span | null = null;
  for (const match of narrated.slice(from, quote.end + REACH).matchAll(new RegExp(`\\b${escaped}\\b`, 'giu'))) {
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
  return extraction.quotes.map((quote) => (isAttributed(quote) ? featuresOf(quote, index, entityById, speakerQuoteCount) : null));
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
  mentionsByEntity: ReadonlyMap<string, ReadonlyMap<string, EntityMention[]>>;
  /** An entity's first mention in reading order. */
  firstMention: ReadonlyMap<string, EntityMention>;
}

const keyOf = (location: BlockRef) => `${location.block}:${location.paragraph}`;

function indexArticle(extraction: Extraction, narrationOf: NarrationOf): ArticleIndex {
  const quotesByBlock = new Map<string, Quote[]>();
  for (const quote of extraction.quotes) pushTo(quotesByBlock, keyOf(quote), quote);
  const mentionsByBlock = new Map<string, EntityMention[]>();
  const mentionsByEntity = new Map<string, Map<string, EntityMention[]>>();
  const firstMention = new Map<string, EntityMention>();
  const sorted = [...extraction.mentions].sort((a, b) => order(a) - order(b) || a.start - b.start || a.end - b.end);
  for (const mention of sorted) {
    pushTo(mentionsByBlock, keyOf(mention), mention);
    const byBlock = mentionsByEntity.get(mention.entityId) ?? new Map<string, EntityMention[]>();
    pushTo(byBlock, keyOf(mention), mention);
    mentionsByEntity.set(mention.entityId, byBlock);
    if (!firstMention.has(mention.entityId)) firstMention.set(mention.entityId, mention);
  }
  const blocks = new Map<string, BlockIndex>();
  const block = (location: BlockRef): BlockIndex => {
    const key = keyOf(location);
    let found = blocks.get(key);
    if (found === undefined) {
      const quotes = quotesByBlock.get(key) ?? [];
      const narrated = narrationOf(location);
      countWork(narrated.length);
      const letter = /[\p{L}\p{N}]/u;
      let lastLetter = narrated.length - 1;
      while (lastLetter >= 0 && !letter.test(narrated[lastLetter]!)) lastLetter -= 1;
      found = {
        quotes,
        narrated,
        firstLetter: letter.exec(narrated)?.index ?? -1,
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

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
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
): FeatureIds {
  const ids = new Set<string>();
  const rule = quote.rule ?? 'none';
  ids.add(`block=${quote.block}`);
  ids.add(`conf=${confidenceBucket(quote.confidence)}`);

  const block = index.block(quote);
  const blockQuotes = block.quotes;
  const narrated = block.narrated;
  const quoteSpan: Span = { start: quote.start, end: quote.end };
  const sentence = sentenceAround(narrated, quoteSpan);

  const entity = quote.speakerId === null ? undefined : entityById.get(quote.speakerId);
  const kind = entity?.kind ?? 'unknown';
  ids.add(`speaker-kind=${kind}`);
  // The same facts again per speaker kind: what is normal for a person's name
  // (two words, one alias) says little about an organization's, and the other way round.
  const withKind = (id: string) => {
    ids.add(id);
    ids.add(`speaker-kind=${kind}&${id}`);
  };
  withKind(`kind=${quote.kind}`);
  withKind(`rule=${rule}`);
  if (entity !== undefined) {
    withKind(`speaker-mentions=${countBucket(entity.mentions, 5)}`);
    withKind(`speaker-aliases=${countBucket(entity.aliases.length, 3)}`);
    withKind(`speaker-name-words=${countBucket(wordCount(entity.name), 4)}`);
    // A rank or office inside the name itself (not learned into `roles`) hints the name runs past its edges.
    if (hasTitleWord(entity.name)) withKind('speaker-name-has-title-word');
    if (entity.listId !== undefined) ids.add('speaker-listed');
    if (entity.roles.length > 0) withKind('speaker-has-role');
  }
  ids.add(`speaker-quotes=${countBucket(quote.speakerId === null ? 0 : speakerQuoteCount.get(quote.speakerId) ?? 0, 4)}`);

  const speakerBlocks = quote.speakerId === null ? undefined : index.mentionsByEntity.get(quote.speakerId);
  const here = mentionsNear(speakerBlocks?.get(keyOf(quote)) ?? [], quoteSpan);
  const outsideQuote = here.filter((mention) => !inside(mention, quoteSpan));
  if (here.length > outsideQuote.length) ids.add('speaker-named-inside-quote');
  const first = quote.speakerId === null ? undefined : index.firstMention.get(quote.speakerId);
  const nearest = outsideQuote.reduce<EntityMention | null>(
    (best, mention) => (best === null || gap(mention, quoteSpan) < gap(best, quoteSpan) ? mention : best),
    null,
  );
  if (nearest !== null) {
    ids.add(`dist-bucket=${distanceBucket(gap(nearest, quoteSpan))}`);
    ids.add(`mention-side=${nearest.end <= quote.start ? 'before' : 'after'}`);
    ids.add(`mention-form=${nearest.form}`);
  } else if (quote.block === 'body' && speakerBlocks?.has(keyOf({ block: 'body', paragraph: quote.paragraph - 1 })) === true) {
    ids.add('dist-bucket=previous-paragraph');
  } else if (first !== undefined && order(first) < order(quote)) ids.add('dist-bucket=earlier-paragraph');
  else ids.add('dist-bucket=not-before');
  const inSentence = outsideQuote.some((mention) => overlaps(mention, sentence));
  ids.add(`speaker-in-sentence=${inSentence ? 'yes' : 'no'}`);
  ids.add(`rule=${rule}&speaker-in-sentence=${inSentence ? 'yes' : 'no'}`);
  const firstHere = speakerBlocks?.get(keyOf(quote))?.[0];
  const mentionedBefore = (first !== undefined && order(first) < order(quote)) || (firstHere !== undefined && firstHere.end <= quote.start);
  if (!mentionedBefore) ids.add('speaker-first-named-after-quote');

  if (quote.cue === null) ids.add('cue=none');
  else {
    ids.add(`cue-word=${cueWord(quote.cue)}`);
    if (quote.cue.trim().endsWith(':')) ids.add('cue-colon');
    const cue = cueSpan(narrated, quote.cue, quoteSpan);
    if (cue === null) ids.add('cue-subject=elsewhere');
    else {
      const window = cueClause(narrated, cue);
      const named = outsideQuote.find((mention) => overlaps(mention, window));
      const around = narrated.slice(window.start, window.end);
      const subject = named !== undefined ? named.form : PRONOUN.test(around) ? 'pronoun' : 'other';
      ids.add(`cue-subject=${subject}`);
      ids.add(`rule=${rule}&cue-subject=${subject}`);
    }
  }

  const words = wordCount(quote.text);
  ids.add(`quote-words=${words <= 3 ? '1-3' : words <= 9 ? '4-9' : words <= 24 ? '10-24' : '25+'}`);
  ids.add(`paragraph-quotes=${countBucket(blockQuotes.length, 3)}`);
  const others = new Set(
    mentionsNear(block.mentions, quoteSpan)
      .filter((m) => m.entityId !== quote.speakerId && !inside(m, quoteSpan))
      .map((m) => entityById.get(m.entityId))
      .filter((e): e is Entity => e !== undefined && (e.kind === 'person' || e.kind === 'organization'))
      .map((e) => e.id),
  );
  ids.add(`other-speakers-in-paragraph=${countBucket(others.size, 2)}`);
  if (block.firstLetter < 0) ids.add('paragraph-only-quotes');
  else if (!block.hasReportingWord) ids.add('paragraph-no-reporting-word');
  if (block.firstLetter < 0 || block.firstLetter >= quote.start - 1) ids.add('quote-opens-paragraph');
  if (block.lastLetter < quote.end + 1) ids.add('quote-closes-paragraph');

  return [...ids];
}
