import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NON_FINAL_ABBREVIATIONS } from '../../src/graph/abbreviations.ts';
import { CONTEXT_REACH, sentenceAround, splitSentences, type SentenceSpan } from '../../src/graph/sentences.ts';

const sentencesOf = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  test('splits at a full stop followed by a capital', () => {
    expect(sentencesOf('Talks ended. Both sides left.')).toEqual(['Talks ended. ', 'Both sides left.']);
  });

  test('keeps a closing quote with the sentence it ends', () => {
    expect(sentencesOf('He said: "We agree." Then he left.')).toEqual(['He said: "We agree." ', 'Then he left.']);
  });

  test('does not split after a title such as Mr. or Dr.', () => {
    expect(sentencesOf('Mr. Moon met Dr. Lee. They spoke.')).toEqual(['Mr. Moon met Dr. Lee. ', 'They spoke.']);
  });

  test('does not split after initials such as U.S. or J.', () => {
    expect(sentencesOf('The U.S. President met J. Smith. Talks began.')).toEqual([
      'The U.S. President met J. Smith. ',
      'Talks began.',
    ]);
  });

  test('does not split after St. in a place name', () => {
    expect(sentencesOf('He flew to St. Petersburg on Monday.')).toEqual(['He flew to St. Petersburg on Monday.']);
  });

  test('returns no sentences for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });

  test('splits a paragraph of thousands of taken-back breaks in linear time', () => {
    // 40,000 breaks after "Mr.", every one taken back: re-reading the sentence so far at each made this take minutes.
    const text = 'Mr. '.repeat(40_000);
    const started = performance.now();
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

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

describe('sentence properties', () => {
  test('sentences tile the text without gaps or overlaps', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(sentencesOf(value).join('')).toBe(value);
      }),
    );
  });

  test('takes back the same breaks as reading the whole sentence so far would', () => {
    // The plain statement of the rule, quadratic on long paragraphs: the last word of the sentence so far.
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const reference = (value: string): SentenceSpan[] => {
      const spans: SentenceSpan[] = [];
      let start = 0;
      for (const { index, segment } of segmenter.segment(value)) {
        const end = index + segment.length;
        const lastWord = /(\S+)\.$/.exec(value.slice(start, end).trimEnd())?.[1]?.replace(/^[("'\u2018\u201c[]+/, '');
        const abbreviation = lastWord !== undefined && (NON_FINAL_ABBREVIATIONS.has(lastWord) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord));
        if (end < value.length && abbreviation) continue;
        spans.push({ start, end });
        start = end;
      }
      return spans;
    };
    const withOpeners = fc.array(fc.constantFrom('word', 'Mr.', '(Dr.', '"St.', 'U.S.', 'J.', 'end.', 'A.B.C.', 'x.', '.', ' .', 'Stop!'), { maxLength: 30 }).map((tokens) => tokens.join(' '));
    fc.assert(
      fc.property(withOpeners, (value) => {
        expect(splitSentences(value)).toEqual(reference(value));
      }),
    );
  });

  test('no sentence but the last ends right after an abbreviation or initials', () => {
    let checked = 0;
    fc.assert(
      fc.property(text, (value) => {
        for (const sentence of sentencesOf(value).slice(0, -1)) {
          checked += 1;
          expect(sentence.trimEnd()).not.toMatch(/(?:^|\s)(?:Mr|Dr|St|U\.S|J)\.$/);
        }
      }),
    );
    expect(checked).toBeGreaterThan(0);
  });

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
