/**
 * The one sentence splitter: the extraction runs it over every body
 * paragraph and keeps the spans (`Extraction.sentences`), so the graph and
 * the pages read sentences from there instead of splitting again. Text that
 * is no body paragraph (a title, a caption) is split by calling it directly.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { sentenceBoundaries } from './sentence-breaks.ts';

/** A sentence as offsets into its paragraph (UTF-16, end exclusive); trailing spaces belong to it, so sentences tile the text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentence spans per body paragraph, indexed like the paragraphs, as `Extraction.sentences` holds them. */
export type ParagraphSentences = readonly (readonly SentenceSpan[])[];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const OPENERS = /^[("'\u2018\u201c[]+/u;
/** Single capitals with stops between them: `J`, `U.S`, `A.B.C` (the last stop is the one being judged). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const SPACE = /\s/u;
/** Line breaks the segmenter would end a sentence at; in a paragraph's plain text they are soft wraps. */
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029]/gu;
/**
 * An ellipsis character, any closing marks, spaces, then a capital (after
 * any opening marks): the segmenter breaks after `...` there but not after
 * `…`, which news text writes for the same thing.
 */
const ELLIPSIS_BREAK = /\u2026[)\]"'\u2019\u201d]*\s+(?=[("'\u2018\u201c[]*\p{Lu})/gu;

/**
 * The end of each sentence of `text` by Unicode sentence boundaries, as
 * Intl.Segmenter finds them: the fallback of `sentenceBoundaries` for text
 * outside the characters it knows.
 */
export function segmenterBoundaries(text: string): number[] {
  return Array.from(segmenter.segment(text), ({ index, segment }) => index + segment.length);
}

/**
 * Splits a paragraph's plain text into sentences. Unicode sentence
 * boundaries (UAX #29, as Intl.Segmenter finds them) propose the breaks: they keep a closing quote or
 * bracket with the stop before it (`"We agree." Then`), and breaks neither
 * inside a number (`1.5`) nor after a stop followed by a lower-case word
 * (`... and then`); an ellipsis character before a capital ends a
 * sentence as three stops do. A break right after a word of the abbreviation table
 * (`Mr.`, `Jan.`, `etc.`) or after initials (`U.S.`, `J. R.`) is taken back.
 * A line break inside the paragraph is read as a space: a wrapped line does
 * not end a sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  // Same length, so the offsets the segmenter returns index `text` too.
  const flat = text.replace(LINE_BREAKS, ' ');
  const ellipsisBreaks = flat.includes('\u2026') ? Array.from(flat.matchAll(ELLIPSIS_BREAK), (match) => match.index + match[0].length) : [];
  const spans: SentenceSpan[] = [];
  let start = 0;
  let nextEllipsis = 0;
  for (const end of sentenceBoundaries(flat) ?? segmenterBoundaries(flat)) {
    for (; nextEllipsis < ellipsisBreaks.length && (ellipsisBreaks[nextEllipsis] as number) < end; nextEllipsis += 1) {
      const at = ellipsisBreaks[nextEllipsis] as number;
      if (at <= start) continue;
      spans.push({ start, end: at });
      start = at;
    }
    if (end < text.length && endsWithAbbreviation(text, start, end)) continue;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

/**
 * The first sentence of the first paragraph that holds any text, as written
 * (spaces around it kept), or undefined when no paragraph does. Reads the
 * extraction's spans when given (`Extraction.sentences`), and splits that one
 * paragraph otherwise.
 */
export function openingSentence(paragraphs: readonly string[], sentences?: ParagraphSentences): string | undefined {
  const index = paragraphs.findIndex((paragraph) => paragraph.trim() !== '');
  return index < 0 ? undefined : firstSentenceOf(paragraphs[index] as string, sentences?.[index]);
}

/** The first sentence of `text` as written, by its `spans` when given (else split now); the text itself when it has none. */
export function firstSentenceOf(text: string, spans: readonly SentenceSpan[] = splitSentences(text)): string {
  const [first] = spans;
  return first === undefined ? text : text.slice(first.start, first.end);
}

/**
 * Abbreviations and initials are short: a longer last word is neither. Looking
 * no further back than this keeps splitting linear in a paragraph where the
 * segmenter proposes thousands of breaks that are all taken back (`Mr. Mr. …`).
 */
const LONGEST_ABBREVIATION = 64;

/** Whether `text[from, to)`, trailing spaces aside, ends in `<abbreviation or initials>.`. */
function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  let stop = to;
  while (stop > from && SPACE.test(text.charAt(stop - 1))) stop -= 1;
  const dot = stop - 1;
  if (dot <= from || text.charAt(dot) !== '.') return false;
  const limit = Math.max(from, dot - LONGEST_ABBREVIATION);
  let wordStart = dot;
  while (wordStart > limit && !SPACE.test(text.charAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === limit && limit > from && !SPACE.test(text.charAt(limit - 1))) return false;
  const bare = text.slice(wordStart, dot).replace(OPENERS, '');
  return ABBREVIATIONS.has(bare) || INITIALS.test(bare);
}
