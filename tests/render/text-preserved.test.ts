import { fromMarkdown } from 'mdast-util-from-markdown';
import fc from 'fast-check';
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

test('every attributed quote with an anchor is listed once in the note right after the block that holds its anchor', () => {
  let checked = 0;
  fc.assert(
    fc.property(body, spanSeeds, (markdown, seeds) => {
      const texts = paragraphsOf(fromMarkdown(markdown));
      if (texts.length === 0) return;
      const spans = spansFor(texts, seeds);
      const root = parseHtml(renderArticleBody(markdown, { entities: [], statements: [], ...spans }, links));
      const listed = root.querySelectorAll('ul.attribution li > a:first-child').map((link) => link.getAttribute('href'));
      const expected = spans.quotes.filter((q) => q.kind === 'direct' && root.querySelector(`#${q.id}`) !== null).map((q) => `#${q.id}`);
      expect([...listed].sort()).toEqual([...expected].sort());
      for (const note of root.querySelectorAll('ul.attribution')) {
        checked += 1;
        // The note follows its block (or the list item span holding the block's id) directly.
        const block = note.previousElementSibling;
        const anchors = note.querySelectorAll('li > a:first-child').map((link) => (link.getAttribute('href') ?? '').slice(1));
        for (const id of anchors) expect(block?.querySelector(`#${id}`) ?? null).not.toBeNull();
      }
    }),
    { numRuns: 300 },
  );
  expect(checked).toBeGreaterThan(0);
});
