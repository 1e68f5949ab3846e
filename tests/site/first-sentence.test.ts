import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/site/first-sentence.ts';

describe('firstSentence', () => {
  it('stops at the first full stop that ends a sentence', () => {
    expect(firstSentence('Talks ended on Tuesday. Both sides will meet again.')).toBe('Talks ended on Tuesday.');
  });

  it('returns a one-sentence paragraph whole', () => {
    expect(firstSentence('Talks ended without a deal')).toBe('Talks ended without a deal');
  });

  it('does not stop after a title before a name', () => {
    expect(firstSentence('Mr. Ben Salem led the talks. He left early.')).toBe('Mr. Ben Salem led the talks.');
  });

  it('does not stop after an abbreviated month', () => {
    expect(firstSentence('The vote is on Sept. 3 in the capital. Polls open at eight.')).toBe(
      'The vote is on Sept. 3 in the capital.',
    );
  });

  it('does not stop after initials such as U.S.', () => {
    expect(firstSentence('The U.S. Senate voted on Monday. The bill now goes to the House.')).toBe(
      'The U.S. Senate voted on Monday.',
    );
  });

  it('keeps a closing quote mark with the sentence it ends', () => {
    expect(firstSentence('"We are closer than we were." The minister left.')).toBe('"We are closer than we were."');
  });

  it('ends at a question mark', () => {
    expect(firstSentence('Who pays for the port? Nobody knows yet.')).toBe('Who pays for the port?');
  });

  it('reads the extraction\'s spans of the paragraph when given', () => {
    expect(firstSentence('Talks ended on Tuesday. Both sides left.', [{ start: 0, end: 11 }])).toBe('Talks ended');
  });

  it('returns an empty string for an empty paragraph', () => {
    expect(firstSentence('')).toBe('');
  });
});

describe('firstSentence of a run-on opening', () => {
  const opening = `${'The talks went on and '.repeat(2000)}ended. Both sides left.`;

  it('cuts it at the last word within 300 characters and adds an ellipsis', () => {
    expect(firstSentence(opening)).toBe(`${'The talks went on and '.repeat(13)}The talks went…`);
  });

  it('leaves a sentence of exactly 300 characters whole', () => {
    const sentence = `${'x'.repeat(298)}.`.padStart(300, 'A ');
    expect(firstSentence(`${sentence} Next.`)).toBe(sentence);
  });
});

describe('firstSentence, for any paragraph', () => {
  it('returns a prefix of the paragraph, trimmed, or a prefix of at most 300 characters and an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (paragraph) => {
        const sentence = firstSentence(paragraph);
        const kept = paragraph.trimStart().startsWith(sentence) ? sentence : sentence.slice(0, -1);
        expect(paragraph.trimStart().startsWith(kept)).toBe(true);
        expect(kept === sentence || sentence.endsWith('…')).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(300);
        expect(sentence).toBe(sentence.trim());
      }),
    );
  });

  it('is never empty when the paragraph has visible text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter((text) => /\S/.test(text)), (paragraph) => {
        expect(firstSentence(paragraph)).not.toBe('');
      }),
    );
  });
});
