import { NON_FINAL_ABBREVIATIONS } from './abbreviations.ts';

/** A sentence as offsets into its paragraph; trailing spaces belong to it, so sentences tile the text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** A sentence quoted around a span, with the span's offsets inside the sentence (end exclusive). */
export interface InContext {
  sentence: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const OPENERS = /^[("'\u2018\u201c[]+/;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * Splits a paragraph into sentences. Intl.Segmenter proposes the breaks (it
 * knows about closing quotes after a stop); a break right after an
 * abbreviation (`Mr.`, `St.`) or initials (`U.S.`, `J.`) is taken back.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (end < text.length && endsWithAbbreviation(text.slice(start, end).trimEnd())) continue;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

function endsWithAbbreviation(sentence: string): boolean {
  const lastWord = /(\S+)\.$/.exec(sentence)?.[1];
  if (lastWord === undefined) return false;
  const bare = lastWord.replace(OPENERS, '');
  return NON_FINAL_ABBREVIATIONS.has(bare) || INITIALS.test(bare);
}

/**
 * The sentence (or run of sentences) holding `[start, end)`, trimmed, with
 * the span's offsets re-based onto it. A span that crosses a sentence break
 * gets every sentence it touches.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  sentences: readonly SentenceSpan[] = splitSentences(text),
): InContext {
  const first = sentences.find((span) => start < span.end) ?? { start: 0, end: text.length };
  const last = [...sentences].reverse().find((span) => span.start < Math.max(end, start + 1)) ?? first;
  const from = Math.min(first.start, start);
  const to = Math.max(last.end, end);
  const raw = text.slice(from, to);
  // Trim outer spaces, but never into the span itself.
  const lead = Math.min(raw.length - raw.trimStart().length, start - from);
  const trail = Math.min(raw.length - raw.trimEnd().length, to - end);
  const sentence = raw.slice(lead, raw.length - trail);
  return { sentence, start: start - from - lead, end: end - from - lead };
}
