import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../src/ingest/character-references.ts';
import { straightenDoubledQuoteMarks } from '../../src/ingest/doubled-quote-marks.ts';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

const piece = fc.constantFrom(
  'By Jane Doe', 'Share This Story', 'Getty Images', 'OSLO (Reuters) - ', 'Moscow/Xiamen: ', 'Update: ', 'the vote',
  'was held.', '“Yes,” she said.', '* ', '# ', '1. ', '[', ']', '_', '`', '\\', '|', '&amp;', 'IMG_1.jpg', ' meets with ',
);
const line = fc.array(fc.oneof(piece, fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const rawText = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n\n'));

describe('ingestText on any text', () => {
  it('accounts for every line: title, caption, removed, or a body paragraph (minus its dateline)', () => {
    let checked = 0;
    fc.assert(
      fc.property(rawText, (raw) => {
        let result;
        try {
          result = ingestText(raw, 'any.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          return;
        }
        const { title, caption, removed } = result.frontmatter;
        const accounted = [title, caption, ...removed, ...result.paragraphs].filter((x) => x !== null);
        // Lines as ingest reads them: HTML character references decoded, doubled quote marks as one.
        const inputLines = raw
          .split('\n')
          .map((l) => straightenDoubledQuoteMarks(decodeCharacterReferences(l).text).text.trim())
          .filter((l) => l.length > 0);
        for (const input of inputLines) {
          checked += 1;
          expect(accounted.some((kept) => kept === input || input.endsWith(kept))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    // Not every input may be rejected: some lines must have been accounted for.
    expect(checked).toBeGreaterThan(0);
  });

  it('writes a body whose parsed paragraphs are its paragraphs', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        try {
          const result = ingestText(raw, 'any.txt');
          const head = { title: null, caption: null, dateline: [] };
          expect(articleTextFromMarkdown(head, result.body).paragraphs).toEqual(result.paragraphs);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
