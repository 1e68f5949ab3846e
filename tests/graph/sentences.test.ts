import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSentences, type SentenceSpan } from '../../src/extract/analysis/sentences.ts';
import { CONTEXT_REACH, sentenceAround } from '../../src/graph/sentences.ts';

// The splitter itself is specified in tests/extract/analysis/sentences.test.ts; these are the contexts built on its spans.

describe('sentenceAround', () => {
  test('returns the trimmed sentence holding a span and the span offsets within it', () => {
    const text = 'Talks ended. Putin left Moscow. Nobody spoke.';
    const start = text.indexOf('Moscow');
    expect(sentenceAround(text, start, start + 6)).toEqual({ sentence: 'Putin left Moscow.', start: 11, end: 17 });
  });

  test('joins the sentences a span crosses', () => {
    const text = 'One. "Two. Three." Four.';
    const start = text.indexOf('"Two');
    expect(sentenceAround(text, start, text.indexOf(' Four'))).toEqual({ sentence: '"Two. Three."', start: 0, end: 13 });
  });
});

describe('sentenceAround in a long sentence', () => {
  // One sentence of 60 numbered words: "w0 w1 ... w59."
  const words = Array.from({ length: 60 }, (_, index) => `w${index}`);
  const text = `${words.join(' ')}.`;
  const span = (word: string) => {
    const start = text.indexOf(` ${word} `) + 1;
    return [start, start + word.length] as const;
  };

  test('keeps the whole sentence when both sides are within the reach', () => {
    const short = 'Talks ended. Putin left Moscow. Nobody spoke.';
    expect(sentenceAround(short, 24, 30)).not.toHaveProperty('clippedStart');
    expect(sentenceAround(short, 24, 30)).not.toHaveProperty('clippedEnd');
  });

  test('cuts a long sentence to whole words within the reach on each side and says so', () => {
    const [start, end] = span('w30');
    const context = sentenceAround(text, start, end, splitSentences(text), 12);
    expect(context).toEqual({ sentence: 'w27 w28 w29 w30 w31 w32 w33', start: 12, end: 15, clippedStart: true, clippedEnd: true });
  });

  test('cuts only the side that runs past the reach', () => {
    const [start, end] = span('w2');
    expect(sentenceAround(text, start, end, splitSentences(text), 12)).toEqual({ sentence: 'w0 w1 w2 w3 w4 w5 w6', start: 6, end: 8, clippedEnd: true });
  });

  test('cuts inside a word only when one word is longer than the reach', () => {
    const long = `${'a'.repeat(30)} said ${'b'.repeat(30)}`;
    const start = long.indexOf('said');
    expect(sentenceAround(long, start, start + 4, splitSentences(long), 10)).toEqual({
      sentence: `${'a'.repeat(9)} said ${'b'.repeat(9)}`,
      start: 10,
      end: 14,
      clippedStart: true,
      clippedEnd: true,
    });
  });

  test('never cuts between the halves of a surrogate pair', () => {
    const emoji = '\u{1F600}';
    const long = `${emoji.repeat(20)}x${emoji.repeat(20)}`;
    const start = long.indexOf('x');
    const context = sentenceAround(long, start, start + 1, splitSentences(long), 5);
    expect(context.sentence).toBe(`${emoji.repeat(2)}x${emoji.repeat(2)}`);
  });

  test('uses 160 characters each side by default', () => {
    expect(CONTEXT_REACH).toBe(160);
  });

  test('looks a span up in the paragraph\'s sentences by binary search, not by reading every sentence', () => {
    // 4096 sentences; a linear scan reads thousands of them per call.
    const paragraph = 'Yes. '.repeat(4096);
    const sentences = splitSentences(paragraph);
    let reads = 0;
    const counted = new Proxy(sentences, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver);
      },
    }) as readonly SentenceSpan[];
    sentenceAround(paragraph, 5 * 3000, 5 * 3000 + 3, counted);
    // Two binary searches over 4096 spans: at most 2 x 13 reads, plus the two spans themselves.
    expect(reads).toBeLessThanOrEqual(2 * 13 + 2);
  });
});

// Text built from words, abbreviations, initials, stops and quote marks.
const token = fc.constantFrom('word', 'Word', 'Mr.', 'Dr.', 'U.S.', 'J.', 'St.', 'end.', 'Stop!', '"Quote."', 'ask?', '1.5', '', ',');
const text = fc.array(token, { maxLength: 25 }).map((tokens) => tokens.join(' '));

describe('context properties', () => {
  const withSpan = (source: fc.Arbitrary<string>) =>
    source.chain((value) =>
      fc
        .tuple(fc.nat({ max: value.length }), fc.nat({ max: value.length }))
        .map(([a, b]) => ({ value, start: Math.min(a, b), end: Math.max(a, b) })),
    );

  test('the context of any span holds exactly that span at the given offsets', () => {
    fc.assert(
      fc.property(withSpan(text), ({ value, start, end }) => {
        const context = sentenceAround(value, start, end);
        expect(context.sentence.slice(context.start, context.end)).toBe(value.slice(start, end));
      }),
    );
  });

  // Long run-on text: many quote marks, few stops, so contexts must be cut.
  const longText = fc.array(fc.constantFrom('word', '"we wait"', 'and', 'Mr.', 'end.', '\u{1F600}', 'Łódź', ''), { maxLength: 400 }).map((tokens) => tokens.join(' '));

  test('a cut context is a piece of the text that holds the span at its offsets and is bounded by the span plus the reach', () => {
    let clipped = 0;
    fc.assert(
      fc.property(withSpan(longText), fc.integer({ min: 1, max: 60 }), ({ value, start, end }, reach) => {
        const context = sentenceAround(value, start, end, splitSentences(value), reach);
        if (context.clippedStart || context.clippedEnd) clipped += 1;
        expect(context.sentence.slice(context.start, context.end)).toBe(value.slice(start, end));
        expect(value.slice(start - context.start, start - context.start + context.sentence.length)).toBe(context.sentence);
        expect(context.sentence.length).toBeLessThanOrEqual(end - start + 2 * reach);
      }),
    );
    expect(clipped).toBeGreaterThan(0);
  });
});
