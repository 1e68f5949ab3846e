import type { Block, Entity, EntityKind, EntityMention, Quote } from '../../src/extract/types.ts';
import type { SiteExtraction, SiteQuoteRecord } from '../../src/graph/site-extraction.ts';

/** Offsets of the `occurrence`-th (0-based) `needle` in `text`; fails loudly when absent. */
export function find(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: "${needle}" not found in "${text}"`);
  }
  return { start: at, end: at + needle.length };
}

export function entity(id: string, name: string, kind: EntityKind): Entity {
  return { id, name, kind, aliases: [name], mentions: 1, roles: [], affiliations: [] };
}

export function mention(
  entityId: string,
  text: string,
  needle: string,
  where: { paragraph?: number; block?: Block; occurrence?: number } = {},
): EntityMention {
  return {
    entityId,
    text: needle,
    form: 'name',
    block: where.block ?? 'body',
    paragraph: where.paragraph ?? 0,
    ...find(text, needle, where.occurrence ?? 0),
  };
}

export function quote(
  text: string,
  needle: string,
  fields: Partial<Quote> & { editorConfirmed?: boolean } = {},
): SiteQuoteRecord {
  const span = find(text, needle);
  const block = fields.block ?? 'body';
  const paragraph = fields.paragraph ?? 0;
  return {
    id: `q-${paragraph}-${span.start}`,
    text: needle.replace(/^["“]|["”,.]+$/g, ''),
    kind: 'direct',
    speaker: null,
    speakerId: null,
    cue: null,
    rule: null,
    confidence: 0,
    block,
    paragraph,
    ...span,
    ...fields,
  };
}

export function extraction(parts: Partial<SiteExtraction>): SiteExtraction {
  return { entities: [], mentions: [], quotes: [], statements: [], ...parts };
}
