import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderArticleAhead } from '../../src/content/article-rendering.ts';
import { entryText } from '../../src/content/extract-entry.ts';
import { importGraph } from '../../src/content/import-graph.ts';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import type { EntityKind, EntityMention } from '../../src/extract/types.ts';
import type { SiteExtraction, SiteQuoteRecord } from '../../src/graph/site-extraction.ts';
import { inlineBlockHtml } from '../../src/render/inline-block-html.ts';
import { parseBody, renderArticleBody } from '../../src/render/render-article-body.ts';
import { articleHtml } from '../../src/site/article-html.ts';
import { articleLinks } from '../../src/site/article-links.ts';
import { articleRoute } from '../../src/site/routes.ts';
import { entity, extraction, mention, quote } from '../render/spans.ts';
import { relative, resolve } from 'node:path';

// Markdown that changes inline structure inside every kind of text block,
// with raw HTML, links, images and character references.
const unit = fc.constantFrom(...'ab c"“”*_`[]()<>&;#/x'.split(''), 'Anna', ' said ', '&amp;', '<i>', '*em*', '[l](u)', '![a](p.jpg)', '\\\n', '\n');
const inline = fc.array(unit, { minLength: 1, maxLength: 24 }).map((units) => units.join(''));
const block = fc.tuple(fc.constantFrom('', '## ', '> ', '- ', '1. ', '    '), inline).map(([prefix, text]) => prefix + text);
const body = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'));
const line = fc.array(fc.constantFrom('Anna', ' ', 'Berg', '"', 'said', '&', '<b>', ','), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
/** Offsets, kind, entity number and confidence of each span. */
const spanSeeds = fc.array(
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('mention', 'direct', 'partial', 'not-speech', 'unattributed'), fc.nat({ max: 3 }), fc.constantFrom(0.4, 0.6, 0.9)),
  { maxLength: 8 },
);
/** A slug for each of the four entities, or none. */
const slugs = fc.array(fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/), { nil: undefined, freq: 6 }), { minLength: 4, maxLength: 4 });
const KINDS: EntityKind[] = ['person', 'place', 'organization', 'event'];

/** Spans over the texts of the blocks: body paragraphs, then the title and caption (paragraph 0 of theirs). */
function spansFor(blocks: { block: 'body' | 'title' | 'caption'; paragraph: number; text: string }[], seeds: [number, number, string, number, number][]): SiteExtraction {
  const mentions: EntityMention[] = [];
  const quotes: SiteQuoteRecord[] = [];
  seeds.forEach(([a, b, kind, who, confidence], i) => {
    const place = blocks[i % blocks.length];
    if (place === undefined) return;
    const start = a % (place.text.length + 1);
    const end = start + (b % (place.text.length - start + 1));
    const location = { block: place.block, paragraph: place.paragraph, start, end };
    if (kind === 'mention') {
      mentions.push({ ...location, entityId: `e${who}`, text: place.text.slice(start, end), form: 'name' });
      return;
    }
    const attributed = kind === 'direct' || kind === 'partial';
    quotes.push({
      ...location,
      id: `q-${i}`,
      text: place.text.slice(start, end),
      kind: kind === 'partial' ? 'partial' : kind === 'direct' ? 'direct' : 'not-speech',
      speaker: attributed ? `Speaker ${who}` : null,
      speakerId: attributed ? `e${who}` : null,
      cue: attributed ? 'said' : null,
      rule: 'test',
      confidence,
      ...(who === 3 ? { editorConfirmed: true } : {}),
    });
  });
  const entities = KINDS.map((kind, i) => ({ ...entity(`e${i}`, `Entity ${i}`, kind) }));
  return { entities, mentions, quotes, statements: [] };
}

describe("the loader's stored rendering", () => {
  test('fills in on the article page to exactly what rendering the entry at the page gives', () => {
    fc.assert(
      fc.property(body, fc.option(line, { nil: null }), fc.option(line, { nil: null }), spanSeeds, slugs, (markdown, title, caption, seeds, slugList) => {
        const paragraphs = entryText({ title, caption, dateline: [], removed: [] }, parseBody(markdown)).paragraphs;
        const blocks = [
          ...paragraphs.map((text, paragraph) => ({ block: 'body' as const, paragraph, text })),
          ...(title === null ? [] : [{ block: 'title' as const, paragraph: 0, text: title }]),
          ...(caption === null ? [] : [{ block: 'caption' as const, paragraph: 0, text: caption }]),
        ];
        const found = spansFor(blocks, seeds);
        const slugMap = Object.fromEntries(slugList.flatMap((slug, i) => (slug === undefined ? [] : [[`e${i}`, slug]])));
        const links = articleLinks(articleRoute('a-story'), slugMap);
        const rendered = renderArticleAhead({ title, caption }, parseBody(markdown), found);
        expect(articleHtml({ body: markdown, data: { title, caption } }, rendered, found, links)).toEqual({
          titleHtml: inlineBlockHtml(title, 'title', found, links),
          captionHtml: inlineBlockHtml(caption, 'caption', found, links),
          bodyHtml: renderArticleBody(markdown, found, links),
        });
      }),
      { numRuns: 300 },
    );
  });

  const TEXT = '"We will sail," Anna Berg said.';
  const found = extraction({
    entities: [entity('berg', 'Anna Berg', 'person')],
    mentions: [mention('berg', TEXT, 'Anna Berg')],
    quotes: [quote(TEXT, '"We will sail,"', { speaker: 'Anna Berg', speakerId: 'berg', cue: 'said', confidence: 0.9 })],
  });
  const links = articleLinks(articleRoute('a-story'), { berg: 'anna-berg' });

  test('renders the body ahead with its links as holes', () => {
    const rendered = renderArticleAhead({ title: null, caption: null }, parseBody(TEXT), found);
    expect(rendered.body?.targets).toEqual([
      { kind: 'entity', id: 'berg' },
      { kind: 'speaker', id: 'berg' },
    ]);
    expect(rendered.body?.html).toContain('<a href="\uE0000\uE001">Anna Berg</a>');
    expect(rendered.body?.html).toContain('<small>Quoted: <a href="\uE0001\uE001">Anna Berg</a></small>');
  });

  test.each([
    ['written as it is', `${TEXT} \uE0000\uE001`],
    ['written as a character reference', `${TEXT} &#xE000;0&#xE001;`],
    ['in a link', `${TEXT} [x](&#xE000;0&#xE001;)`],
  ])('leaves a body that holds a hole mark (%s) to the page, which renders it as before', (_how, markdown) => {
    const rendered = renderArticleAhead({ title: null, caption: null }, parseBody(markdown), found);
    expect(rendered.body).toBeNull();
    expect(articleHtml({ body: markdown, data: { title: null, caption: null } }, rendered, found, links).bodyHtml).toBe(renderArticleBody(markdown, found, links));
  });

  test('leaves a title that holds a hole mark to the page', () => {
    const rendered = renderArticleAhead({ title: 'Sail \uE000 on', caption: 'Calm.' }, parseBody(TEXT), found);
    expect([rendered.title, rendered.caption?.html]).toEqual([null, 'Calm.']);
  });
});

describe('entryText', () => {
  test("reads from the parsed body exactly the text articleTextFromMarkdown gives, so the entry's markdown is parsed once", () => {
    fc.assert(
      fc.property(body, fc.option(line, { nil: null }), (markdown, title) => {
        const head = { title, caption: null, dateline: ['Gdynia'], removed: ['Photo: Staff'] };
        expect(entryText(head, parseBody(markdown))).toEqual(articleTextFromMarkdown(head, markdown));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the articles loader's digest", () => {
  test('covers the overrides and the renderer it runs, so a change to either extracts and renders every article again', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const files = (await importGraph(root, ['src/content/article-loader.ts', 'src/content.config.ts'])).map((file) => relative(root, file));
    expect(files).toEqual(
      expect.arrayContaining([
        'src/content/apply-overrides.ts',
        'src/content/article-rendering.ts',
        'src/render/linked-html.ts',
        'src/render/render-article-body.ts',
        'src/render/remark-annotate.ts',
        'src/render/sanitize-schema.ts',
        'src/render/drop-remote-images.ts',
        'src/render/inline-block-html.ts',
      ]),
    );
  });
});
