import { splitSentences, type SentenceSpan } from '../extract/analysis/sentences.ts';

export type { SentenceSpan } from '../extract/analysis/sentences.ts';

/**
 * The words around a span: its sentence, cut down to a bounded window when
 * the sentence is long, with the span's offsets inside it (end exclusive).
 */
export interface InContext {
  sentence: string;
  start: number;
  end: number;
  /** Present when words before `sentence` were cut off; pages show an ellipsis there. */
  clippedStart?: true;
  /** Present when words after `sentence` were cut off. */
  clippedEnd?: true;
}

const SPACE = /\s/;

/**
 * How many characters of its sentence a context keeps on each side of the
 * span. A quote's context is what a reader needs to place it; a sentence
 * that runs on for kilobytes (thousands of quotes, no full stop) would
 * otherwise be copied whole into every quote's context, and the pages and
 * data files would grow with the square of the paragraph.
 */
export const CONTEXT_REACH = 160;

/**
 * The sentence (or run of sentences) holding `[start, end)`, trimmed, with
 * the span's offsets re-based onto it. A span that crosses a sentence break
 * gets every sentence it touches. Around the span at most `reach` (UTF-16)
 * characters of the sentence are kept on each side, cut at a word boundary;
 * `clippedStart`/`clippedEnd` say that words were left out there. So a
 * context is never longer than its span plus `2 * reach`.
 *
 * Pass the paragraph's `sentences` (the extraction's, or `splitSentences`) when
 * calling for many spans of one paragraph: the lookup is then a binary search, and the
 * work per call does not grow with the paragraph.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  sentences: readonly SentenceSpan[] = splitSentences(text),
  reach = CONTEXT_REACH,
): InContext {
  const whole = { start: 0, end: text.length };
  // Sentences tile the text in order, so both lookups are binary searches.
  const first = sentences[firstIndex(sentences, (span) => start < span.end)] ?? whole;
  const spanEnd = Math.max(end, start + 1);
  const last = sentences[firstIndex(sentences, (span) => span.start >= spanEnd) - 1] ?? first;
  const from = Math.min(first.start, start);
  const to = Math.max(last.end, end);

  let left = from;
  const clippedStart = start - from > reach;
  if (clippedStart) left = wordStartAfter(text, start - reach, start);
  // Trim outer spaces, but never into the span itself.
  while (left < start && SPACE.test(text.charAt(left))) left += 1;

  let right = to;
  const clippedEnd = to - end > reach;
  if (clippedEnd) right = wordEndBefore(text, end + reach, end);
  while (right > end && SPACE.test(text.charAt(right - 1))) right -= 1;

  return {
    sentence: text.slice(left, right),
    start: start - left,
    end: end - left,
    ...(clippedStart ? { clippedStart: true as const } : {}),
    ...(clippedEnd ? { clippedEnd: true as const } : {}),
  };
}

/** The first index whose span passes `test` (spans in text order, `test` false then true), or `spans.length`. */
function firstIndex(spans: readonly SentenceSpan[], test: (span: SentenceSpan) => boolean): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(spans[middle] as SentenceSpan)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first word start in `[cut, limit)` (a position after a space), else `cut` itself: one word longer than the reach is cut inside. */
function wordStartAfter(text: string, cut: number, limit: number): number {
  for (let at = cut; at < limit; at += 1) if (SPACE.test(text.charAt(at - 1))) return at;
  // Never between the two halves of a surrogate pair.
  return isLowSurrogate(text.charCodeAt(cut)) && cut < limit ? cut + 1 : cut;
}

/** The last word end in `(limit, cut]` (a position before a space), else `cut` itself. */
function wordEndBefore(text: string, cut: number, limit: number): number {
  for (let at = cut; at > limit; at -= 1) if (SPACE.test(text.charAt(at))) return at;
  return isLowSurrogate(text.charCodeAt(cut)) && cut > limit ? cut - 1 : cut;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
