import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { paragraphToMarkdown, paragraphsToMarkdown } from '../../src/ingest/markdown-escape.ts';

const head = { title: null, caption: null, dateline: [] };
const parsedParagraphs = (body: string): string[] => articleTextFromMarkdown(head, body).paragraphs;

/** Characters markdown gives meaning to, plus plain letters, digits and spaces around them. */
const MARKDOWN_CHARACTERS = [...'*_#>-+=1.)[]()<>&;`\\|!~:/@ '];
const lineCharacter = fc.oneof(
  fc.constantFrom(...MARKDOWN_CHARACTERS),
  fc.constantFrom('a', 'Z', '7', '&amp;', '&#35;', 'http://x.y', '\t', '“', '’'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
/** One line of article text: no line breaks, not blank, no NUL (ingest refuses those). */
const articleLine = fc
  .array(lineCharacter, { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim().length > 0 && !/[\r\n\u0000]/u.test(text));

describe('markdown escaping', () => {
  it('gives back any line of text after parsing', () => {
    fc.assert(
      fc.property(articleLine, (text) => {
        expect(parsedParagraphs(paragraphToMarkdown(text))).toEqual([text]);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back every paragraph of a body, in order', () => {
    fc.assert(
      fc.property(fc.array(articleLine, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        expect(parsedParagraphs(paragraphsToMarkdown(paragraphs))).toEqual(paragraphs);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['1. First', '1\\. First'],
    ['# Not a heading', '\\# Not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['[not a link]', '\\[not a link]'],
    ['  leading spaces', '&#x20; leading spaces'],
    ['~not struck~', '\\~not struck\\~'],
    ['<#@0> is no email link', '\\<#@0> is no email link'],
  ])('escapes %j as %j', (text, markdown) => {
    expect(paragraphToMarkdown(text)).toBe(markdown);
  });

  it('leaves ordinary news text readable', () => {
    const text = 'Putin said, "We agree" (on Monday) - and 3.5% rose; see www.example.com.';
    expect(paragraphToMarkdown(text)).toBe(text);
  });
});
