import { describe, expect, test } from 'vitest';
import { RELATED_LIMIT } from '../../src/graph/build-site-graph.ts';
import { buildEntitiesJson, buildQuotesJson, buildSiteGraph } from '../../src/graph/index.ts';
import { CONTEXT_REACH } from '../../src/graph/sentences.ts';
import type { SiteArticle, SiteGraph } from '../../src/graph/types.ts';
import { entity, extraction, mention } from '../render/spans.ts';

/**
 * One run-on paragraph with `k` short quotes and no full stop until the end,
 * plus a mention of Valletta after every fourth quote: the shape that made
 * every quote carry the whole paragraph as its context.
 */
function runOnArticle(k: number): SiteArticle {
  let text = 'Officials in Valletta kept repeating';
  const quotes = [];
  const mentions = [];
  for (let index = 0; index < k; index += 1) {
    const start = text.length + 2;
    text += ` "we wait" and`;
    quotes.push({
      id: `q-0-${start}`,
      text: 'we wait',
      kind: 'partial' as const,
      speaker: null,
      speakerId: null,
      cue: null,
      rule: null,
      confidence: 0,
      block: 'body' as const,
      paragraph: 0,
      start,
      end: start + 'we wait'.length,
    });
    if (index % 4 === 3) {
      const at = text.length + 1;
      text += ' Valletta';
      mentions.push({ entityId: 'valletta', text: 'Valletta', form: 'name' as const, block: 'body' as const, paragraph: 0, start: at, end: at + 8 });
    }
  }
  text += ' "we are done".';
  return {
    slug: 'run-on',
    title: 'Port talks go on',
    dateline: [],
    paragraphs: [text],
    captionText: null,
    extraction: extraction({ entities: [entity('valletta', 'Valletta', 'place')], mentions, quotes }),
  };
}

function contextBytes(graph: SiteGraph): number {
  const contexts = [...graph.unattributed.map((quote) => quote.context), ...graph.entities.flatMap((item) => item.mentions.map((mention) => mention.context))];
  return contexts.reduce((sum, context) => sum + Buffer.byteLength(context.sentence), 0);
}

const quotesJsonBytes = (graph: SiteGraph): number => Buffer.byteLength(JSON.stringify(buildQuotesJson(graph, () => 'x')));

describe('output for a paragraph with thousands of quotes', () => {
  const small = buildSiteGraph([runOnArticle(1000)], []);
  const large = buildSiteGraph([runOnArticle(2000)], []);

  test('keeps every quote and mention', () => {
    expect([large.unattributed.length, large.entities[0]?.mentions.length]).toEqual([2000, 500]);
  });

  test('stores contexts whose total size grows linearly: twice the quotes, at most 2.2 times the bytes', () => {
    expect(contextBytes(large) / contextBytes(small)).toBeLessThanOrEqual(2.2);
  });

  test('bounds each context by its span plus the reach on both sides', () => {
    for (const quote of large.unattributed) expect(quote.context.sentence.length).toBeLessThanOrEqual(quote.end - quote.start + 2 * CONTEXT_REACH);
  });

  test('writes a quotes.json that grows linearly too', () => {
    expect(quotesJsonBytes(large) / quotesJsonBytes(small)).toBeLessThanOrEqual(2.2);
  });
});

/** An article that names each of `names` once, in one paragraph. */
function roster(slug: string, names: readonly string[]): SiteArticle {
  const text = `${names.join(', ')}.`;
  return {
    slug,
    title: slug,
    dateline: [],
    paragraphs: [text],
    captionText: null,
    extraction: extraction({
      entities: names.map((name) => entity(name.toLowerCase(), name, 'person')),
      mentions: names.map((name) => mention(name.toLowerCase(), text, name)),
    }),
  };
}

describe('related entities of an article that names many', () => {
  const names = Array.from({ length: 30 }, (_, index) => `Person${String(index).padStart(2, '0')}`);
  const graph = buildSiteGraph([roster('roster', names), roster('pair', ['Person00', 'Person29'])], []);
  const first = graph.entityBySlug.get('person00');

  test('keeps the most shared first, then by name, up to the limit', () => {
    expect(first?.related.map((related) => related.slug)).toEqual(['person29', ...names.slice(1, RELATED_LIMIT).map((name) => name.toLowerCase())]);
  });

  test('counts every related entity, listed or not', () => {
    expect([first?.related.length, first?.relatedCount]).toEqual([20, 29]);
  });

  test('writes the same bounded list and the full count to entities.json', () => {
    const record = buildEntitiesJson(graph, () => 'x').items.find((item) => item.id === 'person00');
    expect([record?.related.length, record?.relatedCount]).toEqual([20, 29]);
  });
});
