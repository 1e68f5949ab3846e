/**
 * The extraction and the renderer read the same blocks: every quote the
 * engine extracts from an entry has exactly one anchor on the rendered page,
 * whatever block (paragraph, block quote, list item, heading) holds it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { quoteAnchor } from '../../src/graph/anchors.ts';
import { renderArticleBody, type BodyLinks } from '../../src/render/render-article-body.ts';
import { blockTexts, parseHtml } from './parse-html.ts';

const links: BodyLinks = { entityHref: (id) => `e/${id}.html`, speakerHref: (id) => `s/${id}.html` };
const head = { title: null, caption: null, dateline: [] };

function extractAndRender(markdown: string): { paragraphs: string[]; extraction: Extraction; html: string } {
  const article = articleTextFromMarkdown(head, markdown);
  const extraction = extractArticle(article);
  return { paragraphs: article.paragraphs, extraction, html: renderArticleBody(markdown, extraction, links) };
}

/** How many elements of the page carry `id`. */
function anchorCount(html: string, id: string): number {
  return parseHtml(html).querySelectorAll(`[id="${id}"]`).length;
}

describe('quotes in every kind of block are extracted and anchored', () => {
  const cases: [string, string][] = [
    ['a block quote', '> "The bridge will open in May," Mayor Ines Kalda said.'],
    ['a list item', '- "The bridge will open in May," Mayor Ines Kalda said.'],
    ['a heading', '## "The bridge will open in May," Mayor Ines Kalda said'],
  ];
  for (const [where, block] of cases) {
    test(`finds a quote in ${where} and anchors it on the page`, () => {
      const { extraction, html } = extractAndRender(`Port Maren is building a bridge.\n\n${block}`);
      expect(extraction.quotes.map((quote) => [quote.text, quote.paragraph])).toEqual([['The bridge will open in May,', 1]]);
      const [quote] = extraction.quotes;
      expect(anchorCount(html, quoteAnchor(quote as Extraction['quotes'][number]))).toBe(1);
    });
  }

  test('does not extract a quote written in an image alt text', () => {
    const { extraction } = extractAndRender('![Mayor Ines Kalda said "we will win"](bridge.jpg)\n\nThe bridge opened.');
    expect(extraction.quotes).toEqual([]);
  });
});

// Sentences with quote marks, written into blocks of every kind extraction reads.
const speaker = fc.constantFrom('Ines Kalda', 'Tomas Brandt', 'the mayor', 'she');
const words = fc.constantFrom('we will win', 'the bridge is safe', 'not yet', 'a good deal for Port Maren');
const sentence = fc.oneof(
  fc.tuple(words, speaker).map(([said, who]) => `"${said}," ${who} said.`),
  fc.tuple(words, speaker).map(([said, who]) => `“${said},” ${who} said.`),
  fc.tuple(speaker, words).map(([who, said]) => `${who} said: "${said}."`),
  words.map((said) => `Critics called it "${said}".`),
  fc.constant('The council met on Friday.'),
);
const prefix = fc.constantFrom('', '# ', '### ', '> ', '- ', '1. ', '> - ', '- > ');
const document = fc.array(fc.tuple(prefix, sentence), { minLength: 1, maxLength: 6 });

test('every extracted quote has exactly one anchor, and every rendered block shows its extracted text', () => {
  let anchored = 0;
  fc.assert(
    fc.property(document, (blocks) => {
      const markdown = blocks.map(([mark, text]) => mark + text).join('\n\n');
      const { paragraphs, extraction, html } = extractAndRender(markdown);
      for (const quote of extraction.quotes.filter((q) => q.start < q.end)) {
        anchored += 1;
        expect(anchorCount(html, quoteAnchor(quote))).toBe(1);
      }
      expect(blockTexts(parseHtml(html), paragraphs.length)).toEqual(paragraphs);
    }),
    { numRuns: 200 },
  );
  expect(anchored).toBeGreaterThan(0);
});
