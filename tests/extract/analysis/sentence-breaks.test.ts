import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceBoundaries } from '../../../src/extract/analysis/sentence-breaks.ts';
import { segmenterBoundaries, splitSentences, type SentenceSpan } from '../../../src/extract/analysis/sentences.ts';
import { ABBREVIATIONS } from '../../../src/extract/lexicon/abbreviations.ts';

/** What the one-pass scanner must equal: Unicode sentence boundaries as Intl.Segmenter finds them. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const reference = (text: string): number[] => Array.from(segmenter.segment(text), ({ index, segment }) => index + segment.length);

/** Every character the scanner answers for (it answers null for text holding any other). */
const KNOWN: string[] = [];
for (let code = 0; code < 0x10000; code += 1) {
  const char = String.fromCharCode(code);
  if (!/[\n\r\u0085\u2028\u2029]/u.test(char) && sentenceBoundaries(char) !== null) KNOWN.push(char);
}

/**
 * `splitSentences` as it was written on Intl.Segmenter alone, before the
 * scanner: the definition the fast splitter must keep to, output for output.
 */
function referenceSplit(text: string): SentenceSpan[] {
  const flat = text.replace(/[\n\r\u0085\u2028\u2029]/gu, ' ');
  const ellipsisBreaks = Array.from(flat.matchAll(/\u2026[)\]"'\u2019\u201d]*\s+(?=[("'\u2018\u201c[]*\p{Lu})/gu), (match) => match.index + match[0].length);
  const spans: SentenceSpan[] = [];
  let start = 0;
  let nextEllipsis = 0;
  for (const { index, segment } of segmenter.segment(flat)) {
    const end = index + segment.length;
    for (; nextEllipsis < ellipsisBreaks.length && (ellipsisBreaks[nextEllipsis] as number) < end; nextEllipsis += 1) {
      const at = ellipsisBreaks[nextEllipsis] as number;
      if (at <= start) continue;
      spans.push({ start, end: at });
      start = at;
    }
    if (end < text.length && referenceEndsWithAbbreviation(text, start, end)) continue;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

function referenceEndsWithAbbreviation(text: string, from: number, to: number): boolean {
  let stop = to;
  while (stop > from && /\s/u.test(text.charAt(stop - 1))) stop -= 1;
  const dot = stop - 1;
  if (dot <= from || text.charAt(dot) !== '.') return false;
  const limit = Math.max(from, dot - 64);
  let wordStart = dot;
  while (wordStart > limit && !/\s/u.test(text.charAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === limit && limit > from && !/\s/u.test(text.charAt(limit - 1))) return false;
  const bare = text.slice(wordStart, dot).replace(/^[("'\u2018\u201c[]+/u, '');
  return ABBREVIATIONS.has(bare) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare);
}

/** Contexts that reach every sentence-break rule with `X` in each place: after a stop, among closers and spaces, before the next word. */
const CONTEXTS = [
  'a.Xb', 'A.Xb', '1.Xb', 'a. Xb', 'a. X b', 'a.X', 'X. a', 'a! Xb', 'a? X', 'a.) X', 'a. ) X', 'a. X) b', 'a.X.b', 'X', 'aX. B',
  'a XX. B', 'a.XB', 'a.XA', 'a.X a', 'a.X. a', 'a."X b', 'a.) X. b', 'B.X', 'X.B', 'X. B', 'X! B', 'a X! b', 'a!X b', 'a!XB',
  'Hi. 1X b', 'Hi. 1X B', 'Hi. X1 b', 'Hi. X a', 'Hi.X\u201d B', 'Hi? X\u2019 b',
];

describe('sentenceBoundaries: the same boundaries as Intl.Segmenter', () => {
  test('knows the characters of news text: Latin letters, digits, quote marks, dashes, spaces, currency', () => {
    expect(KNOWN.length).toBeGreaterThan(600);
    for (const char of 'aZ09éÓßćŁı“”‘’—–…\u00a0£€₹•★©°·') expect(KNOWN).toContain(char);
  });

  test('for each character it knows, in every context of every rule', () => {
    const differing: string[] = [];
    for (const char of KNOWN) {
      for (const context of CONTEXTS) {
        const text = context.replaceAll('X', char);
        if (JSON.stringify(sentenceBoundaries(text)) !== JSON.stringify(reference(text))) differing.push(JSON.stringify(text));
      }
    }
    expect(differing).toEqual([]);
  });

  test('for any text of the characters it knows', () => {
    const structural = fc.constantFrom('.', '.', '!', '?', ' ', ' ', '"', '\u201d', '\u2019', ')', '(', ',', ';', ':', '-', '\u2014', '\u00a0', '1', 'a', 'A', 'x', 'Q', '\u2026', '\u00e9', '\u00c9');
    const anyKnown = fc.constantFrom(...KNOWN);
    const word = fc.constantFrom('Mr.', 'U.S.', 'J. R.', 'e.g.', '3.5', 'wait...', 'so\u2026', '\u201cYes.\u201d', '(aside.)', 'Stop!', 'why?!', 'end.', 'The', 'said');
    const value = fc.array(fc.oneof(structural, structural, anyKnown, word), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(value, (text) => {
        expect(sentenceBoundaries(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('answers null for a text holding a character it does not know, and the segmenter answers', () => {
    expect(sentenceBoundaries('Он ушёл. Мы остались.')).toBeNull();
    expect(sentenceBoundaries('Done.\u00ad Next.')).toBeNull();
    expect(segmenterBoundaries('Он ушёл. Мы остались.')).toEqual([9, 21]);
  });

  test('nothing for empty text; the whole text when no stop ends a sentence in it', () => {
    expect(sentenceBoundaries('')).toEqual([]);
    expect(sentenceBoundaries('no stop here')).toEqual([12]);
  });

  test('in linear time over stops that never end a sentence', () => {
    const text = 'a. , '.repeat(200_000);
    const started = performance.now();
    expect(sentenceBoundaries(text)).toEqual([text.length]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('splitSentences: the spans the Intl.Segmenter splitter gave', () => {
  const piece = fc.constantFrom(
    'word', 'Word', 'Mr.', 'Dr.', 'U.S.', 'J.', 'St.', 'end.', 'Stop!', '"Quote."', '\u201cCurly.\u201d', 'ask?', '1.5', 'wait...', 'so\u2026',
    '(aside.)', '', ',', '\n', '\r\n', '\u00a0', '\u2026 Then', 'Ó', 'Мир.', '\u00ad', 'e.g.', 'no.',
  );
  const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' '));

  test('for any text of words, abbreviations, initials, quotes, ellipses, decimals and line breaks', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(splitSentences(value)).toEqual(referenceSplit(value));
      }),
      { numRuns: 2000 },
    );
  });

  test('for any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 })), (value) => {
        expect(splitSentences(value)).toEqual(referenceSplit(value));
      }),
      { numRuns: 1000 },
    );
  });
});
