import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeBlock, tokenIndexAt } from '../../../src/extract/quotes/analyze-block.ts';
import { tokenize } from '../../../src/extract/quotes/tokenize.ts';

/** The definition: a table from every character offset (and one past the end) to the token covering it, -1 between tokens. */
function tokenTable(text: string): Int32Array {
  const table = new Int32Array(text.length + 1).fill(-1);
  tokenize(text).forEach((token, i) => table.fill(i, token.start, token.end));
  return table;
}

const prose = fc
  .array(fc.constantFrom('Moon', 'said', '“We', 'agree,”', '"No."', 'the', 'U.S.', ' ', '  ', '\u00a0', ',', '—', '‘yes’', 'it’s', '1.5', '\u{1F600}'), { maxLength: 30 })
  .map((words) => words.join(' '));

describe('tokenIndexAt', () => {
  test('finds the token covering an offset, -1 on a space', () => {
    const tokens = tokenize('He said  “no.”');
    expect([0, 1, 2, 3, 7, 8, 9, 10, 12, 13, 14].map((offset) => tokenIndexAt(tokens, offset))).toEqual([0, 0, -1, 1, -1, -1, 2, 3, 4, 5, -1]);
  });

  test('agrees with a table of every offset, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 80 })), (text) => {
        const tokens = tokenize(text);
        const table = tokenTable(text);
        for (let offset = 0; offset <= text.length; offset += 1) expect(tokenIndexAt(tokens, offset)).toBe(table[offset]);
      }),
    );
  });
});

describe('analyzeBlock: depths and marks', () => {
  test('a paragraph without quote marks has every depth 0 and no mark', () => {
    const block = analyzeBlock('body', 0, 0, 'Moon said talks would resume.', []);
    expect([...block.depth]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...block.isMark]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(block.openToken).toEqual([]);
  });

  test('words inside a quote are at depth 1, its marks at 0', () => {
    const block = analyzeBlock('body', 0, 0, 'He said “we agree” today.', []);
    expect(block.tokens.map((token) => token.text)).toEqual(['He', 'said', '“', 'we', 'agree', '”', 'today', '.']);
    expect([...block.depth]).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
    expect([...block.isMark]).toEqual([0, 0, 1, 0, 0, 1, 0, 0]);
    expect(block.openToken).toEqual([2]);
    expect(block.closeToken).toEqual([5]);
  });

  test('a mention is found by its first and last tokens', () => {
    const mention = { block: 'body' as const, paragraph: 0, start: 0, end: 9, entityId: 'person:jo-park', text: 'Jo Park’s', form: 'name' as const };
    const block = analyzeBlock('body', 0, 0, 'Jo Park’s team won.', [mention]);
    expect(block.mentionStarting[0]).toBe(mention);
    expect(block.mentionEnding[1]).toBe(mention);
    expect(block.mentionEnding[0]).toBeUndefined();
  });
});

describe('analyzeBlock: sentences of the reporter\'s text', () => {
  test('end after . ! ? and … before a capital or a quote mark, not after an abbreviation nor inside a quote', () => {
    const block = analyzeBlock('body', 0, 0, 'Dr. Lee left. “Go. Now,” he said! Why? Then… Stop.', []);
    const starts = [...new Set(block.sentenceStart)].map((i) => block.tokens[i]!.text);
    expect(starts).toEqual(['Dr', '“', 'Why', 'Then', 'Stop']);
  });

  test('go on past a full stop whose closing bracket or comma comes before a lower-case word: Reid (D-Nev.) said, Paul, R-Ky., said', () => {
    const starts = (text: string) => {
      const block = analyzeBlock('body', 0, 0, text, []);
      return [...new Set(block.sentenceStart)].map((i) => block.tokens[i]!.text);
    };
    expect(starts('Ada Reid (D-Nev.) said it. Then she left.')).toEqual(['Ada', 'Then']);
    expect(starts('Ada Paul, R-Ky., said it. Then she left.')).toEqual(['Ada', 'Then']);
    expect(starts('He left (see below.) Then she came.')).toEqual(['He', 'Then']);
  });

  test('end a sentence at the full stop after a closing bracket that follows a full stop: beside Reid (D-Nev.). Then', () => {
    const block = analyzeBlock('body', 0, 0, 'She stood beside Ada Reid (D-Nev.). Then she left.', []);
    expect([...new Set(block.sentenceStart)].map((i) => block.tokens[i]!.text)).toEqual(['She', 'Then']);
    expect(block.tokens[block.sentenceEnd[0]! - 1]!.text).toBe('.');
    expect(block.sentenceEnd[0]).toBe(block.tokens.findIndex((token) => token.text === 'Then'));
  });

  test('the token that ends a sentence is one of . ! ? …, or a closing bracket right after one, for any text', () => {
    const text = fc
      .array(fc.constantFrom('He', 'left', '.', '!', '?', '…', '...', '“Yes.”', 'Mr.', 'then', 'Then', '2', '‼', '?!', ';', ')', '(', ','), { maxLength: 30 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (value) => {
        const block = analyzeBlock('body', 0, 0, value, []);
        for (let i = 0; i < block.tokens.length - 1; i += 1) {
          if (block.sentenceEnd[i] !== i + 1) continue;
          let last = i;
          while (last > 0 && block.tokens[last]!.text === ')') last -= 1;
          expect(['.', '!', '?', '…']).toContain(block.tokens[last]!.text);
        }
      }),
    );
  });
});
