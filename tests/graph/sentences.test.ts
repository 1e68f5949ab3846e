import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceAround, splitSentences } from '../../src/graph/sentences.ts';

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

  test('the context of any span holds exactly that span at the given offsets', () => {
    const withSpan = text.chain((value) =>
      fc
        .tuple(fc.nat({ max: value.length }), fc.nat({ max: value.length }))
        .map(([a, b]) => ({ value, start: Math.min(a, b), end: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(withSpan, ({ value, start, end }) => {
        const context = sentenceAround(value, start, end);
        expect(context.sentence.slice(context.start, context.end)).toBe(value.slice(start, end));
      }),
    );
  });
});
