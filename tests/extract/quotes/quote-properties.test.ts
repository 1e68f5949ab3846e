import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import type { ArticleText, Quote } from '../../../src/extract/types.ts';
import { article, fakeEntities } from './fake-entities.ts';

const MARKS = ['"', '“', '”', '‘', '’', "'", "''", '``', '«', '»', '„'];
const WORDS = [
  'Ruiz', 'said', 'he', 'she', 'the', 'plan', 'is', 'good', 'According', 'to', ',', '.', ':', 'added', "don't", "'90s",
  // Words the split, reported-paragraph, conjunction and phrasal-verb cues read.
  'and', 'also', 'went', 'on', 'shot', 'back', 'praised', 'was', 'blamed', '(D-Ore.)', ')', 'a', 'Texas', 'Democrat',
];

const piece = fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const paragraphText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(' ').replace(/ {2,}/g, ' '));
const articleText = fc.record({
  title: fc.option(paragraphText, { nil: null }),
  caption: fc.option(paragraphText, { nil: null }),
  paragraphs: fc.array(paragraphText, { maxLength: 8 }),
});

function blockText(input: ArticleText, quote: Quote): string | null {
  if (quote.block === 'title') return input.title;
  if (quote.block === 'caption') return input.caption;
  return input.paragraphs[quote.paragraph] ?? null;
}

function run(input: ArticleText): Quote[] {
  return findQuotes(input, fakeEntities(input, [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }]));
}

describe('quote finding on arbitrary text', () => {
  it('never throws', () => {
    fc.assert(fc.property(articleText, (parts) => {
      run({ ...parts, dateline: [] });
    }));
  });

  it('puts every span inside its block, with text equal to block.slice(start, end)', () => {
    let checked = 0;
    fc.assert(fc.property(articleText, (parts) => {
      const input = { ...parts, dateline: [] };
      for (const quote of run(input)) {
        checked += 1;
        const text = blockText(input, quote);
        expect(text).not.toBeNull();
        expect(quote.start).toBeGreaterThanOrEqual(0);
        expect(quote.end).toBeLessThanOrEqual(text!.length);
        expect(quote.text).toBe(text!.slice(quote.start, quote.end));
      }
    }));
    // The generator is dense in quote marks, so the loop above must have run.
    expect(checked).toBeGreaterThan(0);
  });

  it('gives ids unique within the article', () => {
    fc.assert(fc.property(articleText, (parts) => {
      const ids = run({ ...parts, dateline: [] }).map((quote) => quote.id);
      expect(new Set(ids).size).toBe(ids.length);
    }));
  });

  it('keeps confidences within 0..1 and names a speaker only with a rule', () => {
    let checked = 0;
    fc.assert(fc.property(articleText, (parts) => {
      for (const quote of run({ ...parts, dateline: [] })) {
        checked += 1;
        expect(quote.confidence).toBeGreaterThanOrEqual(0);
        expect(quote.confidence).toBeLessThanOrEqual(1);
        if (quote.speaker !== null) expect(quote.rule).not.toBeNull();
        if (quote.kind === 'not-speech') expect(quote.speaker).toBeNull();
      }
    }));
    expect(checked).toBeGreaterThan(0);
  });
});

describe('quote finding at size', () => {
  /** Deterministic pseudo-random text: words, punctuation and many unbalanced quote marks. */
  function noisyText(length: number, seed: number): string {
    let state = seed;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state;
    };
    const parts: string[] = [];
    let size = 0;
    while (size < length) {
      const roll = next() % 10;
      const part = roll < 2 ? MARKS[next() % MARKS.length]! : WORDS[next() % WORDS.length]!;
      parts.push(part);
      size += part.length + 1;
    }
    return parts.join(' ');
  }

  it('handles 1 MB in one paragraph with thousands of unbalanced marks, no span longer than its paragraph', () => {
    const paragraph = noisyText(1_000_000, 7);
    const input = article([paragraph]);
    const quotes = run(input);
    expect(quotes.length).toBeGreaterThan(1000);
    for (const quote of quotes) expect(quote.end).toBeLessThanOrEqual(paragraph.length);
  });

  it('does work in proportion to the input: four times the text gives about four times the quotes', () => {
    const small = run(article([noisyText(50_000, 3)])).length;
    const large = run(article([noisyText(200_000, 3)])).length;
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5);
  });

  it('never lets an unclosed mark swallow the following paragraphs', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? 'He said: "it never closes' : 'A plain paragraph.'));
    const quotes = run(article(paragraphs));
    expect(quotes).toHaveLength(1000);
    expect(quotes.every((quote) => quote.text === 'it never closes')).toBe(true);
  });
});
