/**
 * Rendering cuts each text leaf at the span boundaries inside it and looks up
 * the spans covering each piece. Doing that by scanning every span of the
 * block per leaf and per piece is quadratic in one paragraph full of quotes;
 * a sweep over the spans sorted once per block is linear. The renderer counts
 * the spans it looks at (span-visits.ts), so these tests compare work without
 * timing anything.
 */
import { describe, expect, test } from 'vitest';
import type { EntityMention } from '../../src/extract/types.ts';
import type { SiteQuoteRecord } from '../../src/graph/site-extraction.ts';
import { renderArticleBody, type BodyLinks } from '../../src/render/render-article-body.ts';
import { resetSpanVisits, spanVisits } from '../../src/render/span-visits.ts';
import { entity, extraction } from './spans.ts';

const links: BodyLinks = { entityHref: (id) => `e/${id}.html`, speakerHref: (id) => `s/${id}.html` };
const ines = entity('ines', 'Ines Kalda', 'person');

interface Built {
  markdown: string;
  quotes: SiteQuoteRecord[];
  mentions: EntityMention[];
}

/**
 * `count` sentences `Kalda said "we will build N" today.` in one paragraph
 * (or one paragraph each), each with its quote and its mention. `between`
 * goes after each sentence: emphasis there splits the paragraph into many
 * text leaves.
 */
function sentences(count: number, { between = ' ', paragraphs = false } = {}): Built {
  const built: Built = { markdown: '', quotes: [], mentions: [] };
  let text = '';
  let paragraph = 0;
  for (let i = 0; i < count; i += 1) {
    const said = `Kalda said "we will build ${i}" today.`;
    const name = text.length;
    const open = text.length + said.indexOf('"') + 1;
    const close = open + `we will build ${i}`.length;
    built.mentions.push({ entityId: 'ines', text: 'Kalda', form: 'name', block: 'body', paragraph, start: name, end: name + 5 });
    built.quotes.push({
      id: `q-${paragraph}-${open}`,
      text: `we will build ${i}`,
      kind: 'direct',
      speaker: 'Ines Kalda',
      speakerId: 'ines',
      cue: 'said',
      rule: 'test',
      confidence: 0.9,
      block: 'body',
      paragraph,
      start: open,
      end: close,
    });
    if (paragraphs) {
      built.markdown += `${said}\n\n`;
      paragraph += 1;
    } else {
      built.markdown += `${said}${between}`;
      text += `${said}${between.replaceAll('*', '')}`;
    }
  }
  return built;
}

function workFor(built: Built): number {
  const spans = extraction({ entities: [ines], mentions: built.mentions, quotes: built.quotes });
  resetSpanVisits();
  const html = renderArticleBody(built.markdown, spans, links);
  // Every quote made it into the page, so the count is for a full render.
  expect(html.match(/<q /g)?.length).toBe(built.quotes.length);
  return spanVisits();
}

describe('rendering work grows linearly with the spans', () => {
  test('doubling the quotes in one text leaf at most about doubles the span visits', () => {
    const small = workFor(sentences(400));
    const large = workFor(sentences(800));
    expect(large / small).toBeLessThanOrEqual(2.2);
  });

  test('doubling the quotes in a paragraph cut into many leaves by emphasis at most about doubles the span visits', () => {
    const small = workFor(sentences(400, { between: ' *and* ' }));
    const large = workFor(sentences(800, { between: ' *and* ' }));
    expect(large / small).toBeLessThanOrEqual(2.2);
  });

  test('doubling the paragraphs, one quote each, at most about doubles the span visits', () => {
    const small = workFor(sentences(400, { paragraphs: true }));
    const large = workFor(sentences(800, { paragraphs: true }));
    expect(large / small).toBeLessThanOrEqual(2.2);
  });
});
