import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cueSpan, sentenceAround } from '../../../src/extract/speakers/rule-features.ts';

interface Span {
  start: number;
  end: number;
}

/** The definitions the two searches must keep to: every match found by a regular expression, the nearest or last kept. */
function referenceSentenceAround(narrated: string, span: Span): Span {
  const from = Math.max(0, span.start - 400);
  const before = narrated.slice(from, span.start);
  const last = [...before.matchAll(/[.!?]\s+(?=\S)/gu)].at(-1);
  const start = last === undefined ? from : from + last.index + last[0].length;
  const next = /[.!?](?:\s|$)/u.exec(narrated.slice(span.end, span.end + 400));
  const end = next === null ? Math.min(narrated.length, span.end + 400) : span.end + next.index + 1;
  return { start, end };
}

function referenceCueSpan(narrated: string, cue: string, quote: Span): Span | null {
  const word = cue.replace(/[^\p{L}\p{N}\s'’-]/gu, '').trim();
  if (word === '') return null;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const from = Math.max(0, quote.start - 400);
  const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);
  let best: Span | null = null;
  for (const match of narrated.slice(from, quote.end + 400).matchAll(new RegExp(`\\b${escaped}\\b`, 'giu'))) {
    const span = { start: from + match.index, end: from + match.index + match[0].length };
    if (best === null || gap(span, quote) < gap(best, quote)) best = span;
  }
  return best;
}

const piece = fc.constantFrom('Ruiz', 'said', 'Said', 'he', 'added', '.', '!', '?', ' ', '  ', '\u00a0', '\t', '\u2003', '\u0000\u0000', '“', 'U.S.', '3.5', 'é', '\u{1F600}', 'told reporters', ',');
const narration = fc.array(piece, { minLength: 0, maxLength: 60 }).map((parts) => parts.join(''));
const withSpan = narration.chain((text) =>
  fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: 12 })).map(([value, start, length]) => ({ text: value, span: { start, end: Math.min(value.length, start + length) } })),
);

describe('sentenceAround', () => {
  test('starts after the last stop that spaces follow, and ends at the next stop', () => {
    expect(sentenceAround('It rained. Then Ruiz said “no” today. Later.', { start: 26, end: 30 })).toEqual({ start: 11, end: 37 });
  });

  test('is its regular-expression definition for any narration and span', () => {
    fc.assert(
      fc.property(withSpan, ({ text, span }) => {
        expect(sentenceAround(text, span)).toEqual(referenceSentenceAround(text, span));
      }),
      { numRuns: 3000 },
    );
  });

  test('reaches no further back than 400 characters', () => {
    const text = `Early. ${'x '.repeat(300)}“quote”`;
    expect(sentenceAround(text, { start: text.length - 7, end: text.length }).start).toBe(text.length - 7 - 400);
  });
});

describe('cueSpan', () => {
  test('finds the cue written nearest the quote', () => {
    const text = 'Ruiz said it. Then “yes,” Ruiz said.';
    expect(cueSpan(text, 'said', { start: 19, end: 25 })).toEqual({ start: 31, end: 35 });
  });

  test('is its regular-expression definition for any narration, cue and quote, asked twice', () => {
    const cue = fc.constantFrom('said', 'Said', 'told reporters', 'added:', '—', 'he said', '', 'U.S.', 'a+b', 'said (in)');
    fc.assert(
      fc.property(withSpan, cue, ({ text, span }, value) => {
        expect(cueSpan(text, value, span)).toEqual(referenceCueSpan(text, value, span));
        // The compiled pattern is kept between calls; a second search must not start where the first stopped.
        expect(cueSpan(text, value, span)).toEqual(referenceCueSpan(text, value, span));
      }),
      { numRuns: 2000 },
    );
  });
});
