import type { EntityKind, QuoteKind } from '../extract/types.ts';

/** One quotation-marked span of the gold file. */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: QuoteKind;
  /** Marked by the annotator as unclear: skipped by every quote score. */
  ambiguous: boolean;
}

export interface GoldEntity {
  name: string;
  aliases: string[];
}

export interface GoldArticle {
  title: string | null;
  quotes: GoldQuote[];
  /** Only the kinds the file lists are scored; a listed kind may be empty. */
  entities: Partial<Record<EntityKind, GoldEntity[]>>;
}

const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'not-speech'];
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'event'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseQuote(value: unknown, where: string): GoldQuote {
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  const { text, speaker, kind, ambiguous } = value;
  if (typeof text !== 'string') throw new Error(`${where}.text: expected a string`);
  if (speaker !== null && speaker !== undefined && typeof speaker !== 'string') {
    throw new Error(`${where}.speaker: expected a string or null`);
  }
  if (!QUOTE_KINDS.includes(kind as QuoteKind)) {
    throw new Error(`${where}.kind: expected one of ${QUOTE_KINDS.join(', ')}`);
  }
  return { text, speaker: speaker ?? null, kind: kind as QuoteKind, ambiguous: ambiguous === true };
}

/** The corpus lists entities as plain names; the seed as `{name, aliases}`. */
function parseEntity(value: unknown, where: string): GoldEntity {
  if (typeof value === 'string') return { name: value, aliases: [] };
  if (!isRecord(value) || typeof value.name !== 'string') throw new Error(`${where}: expected a name or {name, aliases}`);
  const aliases = Array.isArray(value.aliases) ? value.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { name: value.name, aliases };
}

/** Reads a gold JSON document (already parsed); throws naming the bad field. */
export function parseGold(value: unknown): GoldArticle {
  if (!isRecord(value)) throw new Error('gold: expected a JSON object');
  if (!Array.isArray(value.quotes)) throw new Error('gold.quotes: expected an array');
  if (!isRecord(value.entities)) throw new Error('gold.entities: expected an object');
  const quotes = value.quotes.map((quote, i) => parseQuote(quote, `gold.quotes[${i}]`));
  const entities: Partial<Record<EntityKind, GoldEntity[]>> = {};
  for (const kind of ENTITY_KINDS) {
    const list = value.entities[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`gold.entities.${kind}: expected an array`);
    entities[kind] = list.map((entity, i) => parseEntity(entity, `gold.entities.${kind}[${i}]`));
  }
  const title = typeof value.title === 'string' ? value.title : null;
  return { title, quotes, entities };
}
