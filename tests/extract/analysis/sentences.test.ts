import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstSentenceOf, openingSentence, splitSentences, type SentenceSpan } from '../../../src/extract/analysis/sentences.ts';
import { ABBREVIATIONS } from '../../../src/extract/lexicon/abbreviations.ts';

const sentencesOf = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences: where a sentence ends', () => {
  test('at a full stop followed by a capital, the space after it going with the sentence', () => {
    expect(splitSentences('Talks ended. Both sides left.')).toEqual([
      { start: 0, end: 13 },
      { start: 13, end: 29 },
    ]);
  });

  test('at a question mark and at an exclamation mark', () => {
    expect(sentencesOf('Was it true? Nobody knew! Then silence.')).toEqual(['Was it true? ', 'Nobody knew! ', 'Then silence.']);
  });

  test('after the closing quote mark when the stop is inside it', () => {
    expect(splitSentences('He said: “We agree.” Then he left.')).toEqual([
      { start: 0, end: 21 },
      { start: 21, end: 34 },
    ]);
    expect(sentencesOf('He said: "We agree!" Then he left.')).toEqual(['He said: "We agree!" ', 'Then he left.']);
  });

  test('after the closing bracket when the stop is inside it', () => {
    expect(sentencesOf('(Dr. Lee agreed.) Then silence.')).toEqual(['(Dr. Lee agreed.) ', 'Then silence.']);
  });

  test('at three stops or an ellipsis character before a capital', () => {
    expect(splitSentences('He paused... Then he spoke.')).toEqual([
      { start: 0, end: 13 },
      { start: 13, end: 27 },
    ]);
    expect(splitSentences('He paused… Then he spoke.')).toEqual([
      { start: 0, end: 11 },
      { start: 11, end: 25 },
    ]);
    expect(sentencesOf('“Wait…” Then he left.')).toEqual(['“Wait…” ', 'Then he left.']);
  });

  test('at a stop before a capital on the next line', () => {
    expect(splitSentences('It rained.\nThe quay closed.')).toEqual([
      { start: 0, end: 11 },
      { start: 11, end: 27 },
    ]);
  });

  test('after a word that is in the table only in another case: "no." is no number', () => {
    expect(sentencesOf('Police said no. Then they left.')).toEqual(['Police said no. ', 'Then they left.']);
  });

  test('nowhere in empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitSentences: where a sentence goes on', () => {
  test('after a title before a name', () => {
    expect(sentencesOf('Mr. Moon met Dr. Lee. They spoke.')).toEqual(['Mr. Moon met Dr. Lee. ', 'They spoke.']);
    expect(sentencesOf('Sen. Warren spoke on Jan. 5 in Boston.')).toEqual(['Sen. Warren spoke on Jan. 5 in Boston.']);
  });

  test('after initials, one or several', () => {
    expect(splitSentences('J. R. Smith arrived. He sat.')).toEqual([
      { start: 0, end: 21 },
      { start: 21, end: 28 },
    ]);
    expect(sentencesOf('The U.S. President met J. Smith. Talks began.')).toEqual(['The U.S. President met J. Smith. ', 'Talks began.']);
  });

  test('after a place abbreviation such as St.', () => {
    expect(sentencesOf('He flew to St. Petersburg on Monday.')).toEqual(['He flew to St. Petersburg on Monday.']);
  });

  test('after a numbering, Latin or company short form', () => {
    expect(sentencesOf('No. 10 Downing Street said so.')).toEqual(['No. 10 Downing Street said so.']);
    expect(sentencesOf('Some, e.g. Smith, said so.')).toEqual(['Some, e.g. Smith, said so.']);
    expect(sentencesOf('Acme Inc. Chairman Lee spoke.')).toEqual(['Acme Inc. Chairman Lee spoke.']);
  });

  test('after an abbreviation opened by a bracket or a quote mark', () => {
    expect(sentencesOf('They met ("Dr. Lee" to friends) at noon.')).toEqual(['They met ("Dr. Lee" to friends) at noon.']);
  });

  test('inside a decimal number', () => {
    expect(sentencesOf('Rates rose 3.5 per cent. Banks followed.')).toEqual(['Rates rose 3.5 per cent. ', 'Banks followed.']);
  });

  test('after an ellipsis followed by a lower-case word', () => {
    expect(sentencesOf('He paused... and then spoke.')).toEqual(['He paused... and then spoke.']);
    expect(sentencesOf('He paused… and then spoke.')).toEqual(['He paused… and then spoke.']);
  });

  test('across a wrapped line: a line break reads as a space', () => {
    expect(sentencesOf('The quay\nclosed on Monday.')).toEqual(['The quay\nclosed on Monday.']);
  });

  test('a state abbreviation is no part of the table: the sentence may end there', () => {
    expect(sentencesOf('He lives in Fresno, Calif. The mayor spoke.')).toEqual(['He lives in Fresno, Calif. ', 'The mayor spoke.']);
  });

  test('in linear time over a paragraph of thousands of taken-back breaks', () => {
    // 40,000 breaks after "Mr.", every one taken back: re-reading the sentence so far at each made this take minutes.
    const text = 'Mr. '.repeat(40_000);
    const started = performance.now();
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('firstSentenceOf', () => {
  test('is the first sentence as written, its trailing space kept', () => {
    expect(firstSentenceOf('A quay. At dusk.')).toBe('A quay. ');
  });

  test('reads the given spans instead of splitting', () => {
    expect(firstSentenceOf('A quay. At dusk.', [{ start: 0, end: 1 }])).toBe('A');
  });

  test('is the text itself when it has no sentence', () => {
    expect(firstSentenceOf('')).toBe('');
    expect(firstSentenceOf('A quay.', [])).toBe('A quay.');
  });
});

describe('openingSentence', () => {
  test('is the first sentence of the first paragraph holding text, as written', () => {
    expect(openingSentence(['  ', 'Ferries ran. The strike ended.'])).toBe('Ferries ran. ');
  });

  test('reads the given spans of that paragraph instead of splitting it', () => {
    expect(openingSentence(['', 'Ferries ran. The strike ended.'], [[], [{ start: 0, end: 7 }]])).toBe('Ferries');
  });

  test('is undefined when no paragraph holds text', () => {
    expect(openingSentence([' ', ''])).toBeUndefined();
  });
});

// Text built from words, abbreviations, initials, stops, ellipses, numbers and quote marks.
const piece = fc.constantFrom(
  'word', 'Word', 'Mr.', 'Dr.', 'U.S.', 'J.', 'St.', 'end.', 'Stop!', '"Quote."', '“Curly.”', 'ask?', '1.5', 'wait...', 'so…',
  '(aside.)', '', ',', '\n', '\u00a0',
);
const text = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(' '));

describe('splitSentences, for any text', () => {
  test('spans are in order, non-empty, touching, within the text, and cover it whole', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (value) => {
        const spans = splitSentences(value);
        let at = 0;
        for (const span of spans) {
          expect(span.start).toBe(at);
          expect(span.end).toBeGreaterThan(span.start);
          at = span.end;
        }
        expect(at).toBe(value.length);
      }),
    );
  });

  test('every sentence but a run of spaces holds a character that is not a space', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const sentence of sentencesOf(value).slice(1)) expect(sentence).toMatch(/\S/u);
      }),
    );
  });

  test('never splits after a word of the table followed by a capitalized name', () => {
    const words = [...ABBREVIATIONS];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom('Lee', 'Smith', 'Paris', 'Acme', 'Moon'),
        fc.constantFrom('', 'They met ', 'On Monday, '),
        (abbreviation, name, before) => {
          const value = `${before}${abbreviation}. ${name} spoke. Then it rained.`;
          expect(sentencesOf(value)[0]).toBe(`${before}${abbreviation}. ${name} spoke. `);
        },
      ),
    );
  });

  test('no sentence but the last ends right after an abbreviation or initials', () => {
    let checked = 0;
    fc.assert(
      fc.property(text, (value) => {
        for (const sentence of sentencesOf(value).slice(0, -1)) {
          checked += 1;
          expect(sentence.trimEnd()).not.toMatch(/(?:^|\s)(?:Mr|Dr|St|U\.S|J)\.$/u);
        }
      }),
    );
    expect(checked).toBeGreaterThan(0);
  });

  test('takes back the same breaks as reading the whole sentence so far would', () => {
    // The plain statement of the rule, quadratic on long paragraphs: the last word of the sentence so far.
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const reference = (value: string): SentenceSpan[] => {
      const spans: SentenceSpan[] = [];
      let start = 0;
      for (const { index, segment } of segmenter.segment(value)) {
        const end = index + segment.length;
        const lastWord = /(\S+)\.$/u.exec(value.slice(start, end).trimEnd())?.[1]?.replace(/^[("'\u2018\u201c[]+/u, '');
        const abbreviation = lastWord !== undefined && (ABBREVIATIONS.has(lastWord) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord));
        if (end < value.length && abbreviation) continue;
        spans.push({ start, end });
        start = end;
      }
      return spans;
    };
    const withOpeners = fc
      .array(fc.constantFrom('word', 'Mr.', '(Dr.', '"St.', 'U.S.', 'J.', 'end.', 'A.B.C.', 'x.', '.', ' .', 'Stop!', 'etc.', 'No.', 'no.'), { maxLength: 30 })
      .map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(withOpeners, (value) => {
        expect(splitSentences(value)).toEqual(reference(value));
      }),
    );
  });
});
