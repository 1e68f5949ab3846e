import { fromMarkdown } from 'mdast-util-from-markdown';
import fc from 'fast-check';
import type { HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';
import { paragraphsOf } from '../../src/extract/article-text.ts';
import type { EntityMention } from '../../src/extract/types.ts';
import { renderArticleBody, type BodyLinks } from '../../src/render/render-article-body.ts';
import type { SiteQuoteRecord } from '../../src/graph/site-extraction.ts';
import { blockTexts, parseHtml } from './parse-html.ts';

const links: BodyLinks = { entityHref: (id) => `e/${id}.html`, speakerHref: (id) => `s/${id}.html` };

// Markdown that changes inline structure (emphasis, code, links, inline HTML,
// entities, images, hard and soft line breaks) inside blocks of every kind extraction
// reads: paragraphs, headings, block quotes, list items, code blocks.
const unit = fc.constantFrom(
  ...'ab c"“”*_`[]()<>&;#/x'.split(''),
  'ab',
  '&amp;',
  '<b>',
  '</b>',
  '*em*',
  '[l](u)',
  '![a "b"](p.jpg)',
  '\\\n',
  '  \n',
  ' \n ',
  '\n',
  '`x\ny`',
);
const inline = fc.array(unit, { minLength: 1, maxLength: 30 }).map((units) => units.join(''));
const block = fc.tuple(fc.constantFrom('', '# ', '### ', '> ', '- ', '1. ', '> - ', '- > ', '    '), inline).map(
  ([prefix, text]) => prefix + text,
);
const body = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'));
const spanSeeds = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('mention', 'direct', 'not-speech')), { maxLength: 8 });

function spansFor(texts: string[], seeds: [number, number, string][]): { mentions: EntityMention[]; quotes: SiteQuoteRecord[] } {
  const mentions: EntityMention[] = [];
  const quotes: SiteQuoteRecord[] = [];
  seeds.forEach(([a, b, kind], i) => {
    const paragraph = i % texts.length;
    const length = (texts[paragraph] ?? '').length;
    const start = a % (length + 1);
    const end = start + (b % (length - start + 1));
    const location = { block: 'body' as const, paragraph, start, end };
    if (kind === 'mention') mentions.push({ ...location, entityId: `e${i}`, text: '', form: 'name' });
    else
      quotes.push({
        ...location,
        id: `q-${i}`,
        text: '',
        kind: kind === 'direct' ? 'direct' : 'not-speech',
        speaker: 'Someone',
        speakerId: `s${i}`,
        cue: 'said',
        rule: 'test',
        confidence: 0.9,
      });
  });
  return { mentions, quotes };
}

test('the text of every rendered block equals its plain text, with no speaker name added', () => {
  fc.assert(
    fc.property(body, spanSeeds, (markdown, seeds) => {
      const texts = paragraphsOf(fromMarkdown(markdown));
      if (texts.length === 0) return;
      const spans = spansFor(texts, seeds);
      const html = renderArticleBody(markdown, { entities: [], statements: [], ...spans }, links);
      expect(blockTexts(parseHtml(html), texts.length)).toEqual(texts);
    }),
    { numRuns: 300 },
  );
});

test('every non-empty quote keeps its anchor exactly once, however quotes overlap or nest', () => {
  let checked = 0;
  fc.assert(
    fc.property(body, spanSeeds, (markdown, seeds) => {
      const texts = paragraphsOf(fromMarkdown(markdown));
      if (texts.length === 0) return;
      const spans = spansFor(texts, seeds);
      const root = parseHtml(renderArticleBody(markdown, { entities: [], statements: [], ...spans }, links));
      for (const quote of spans.quotes.filter((q) => q.start < q.end)) {
        checked += 1;
        expect(root.querySelectorAll(`#${quote.id}`).length).toBe(1);
      }
    }),
    { numRuns: 300 },
  );
  expect(checked).toBeGreaterThan(0);
});

/** The text block (the element with a `p-n` id) that holds `element`. */
function blockOf(element: HTMLElement | null): HTMLElement | null {
  let at = element;
  while (at !== null && !/^p-\d+$/.test(at.id)) at = at.parentNode;
  return at;
}

test('every block holding the anchor of an attributed quote is followed by one note, and no other block is', () => {
  let checked = 0;
  fc.assert(
    fc.property(body, spanSeeds, (markdown, seeds) => {
      const texts = paragraphsOf(fromMarkdown(markdown));
      if (texts.length === 0) return;
      const spans = spansFor(texts, seeds);
      const root = parseHtml(renderArticleBody(markdown, { entities: [], statements: [], ...spans }, links));
      const attributed = spans.quotes.filter((q) => q.kind === 'direct' && root.querySelector(`#${q.id}`) !== null);
      const blocks = new Set(attributed.map((q) => blockOf(root.querySelector(`#${q.id}`))));
      for (const block of blocks) {
        checked += 1;
        // The note follows its block, or the paragraph of a loose list item whose span holds the block's id.
        const note = block?.nextElementSibling ?? block?.parentNode?.nextElementSibling;
        expect(note?.tagName).toBe('SMALL');
      }
      expect(root.querySelectorAll('small').length).toBe(blocks.size);
    }),
    { numRuns: 300 },
  );
  expect(checked).toBeGreaterThan(0);
});
