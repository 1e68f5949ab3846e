/**
 * The seed article's gold annotation, row by row: every quote (text, kind,
 * speaker), every statement (speaker, cue, text) and every entity (kind and
 * aliases as sets), from the raw text through ingest and extractArticle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { EntityKind, Extraction } from '../../src/extract/types.ts';
import { loadEntityList } from '../../src/entity-list/load-entity-list.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

const SEED = resolve(__dirname, '../../../shared/seed/000_f426b72678450e3a');
const ENTITY_DIR = resolve(__dirname, '../../content/entities');

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: string;
}
interface GoldStatement {
  speaker: string;
  cue: string;
  text: string;
}
interface GoldEntity {
  name: string;
  aliases: string[];
}
interface Gold {
  title: string;
  caption: string;
  quotes: GoldQuote[];
  statements: GoldStatement[];
  entities: Record<EntityKind, GoldEntity[]>;
}

const gold: Gold = JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8'));
let extraction: Extraction;

beforeAll(() => {
  const entry = ingestText(readFileSync(`${SEED}.txt`, 'utf8'), '000_f426b72678450e3a.txt');
  const head = { title: entry.frontmatter.title ?? null, caption: entry.frontmatter.caption ?? null, dateline: entry.frontmatter.dateline ?? [] };
  const list = existsSync(ENTITY_DIR) ? loadEntityList(ENTITY_DIR) : [];
  extraction = extractArticle(articleTextFromMarkdown(head, entry.body), { entityList: list });
});

describe('seed article: quotes', () => {
  it('finds exactly the gold quote spans, in order', () => {
    expect(extraction.quotes.map((quote) => quote.text)).toEqual(gold.quotes.map((quote) => quote.text));
  });

  for (const [index, row] of gold.quotes.entries()) {
    it(`quote ${index + 1} "${row.text.slice(0, 40)}" is ${row.kind} by ${row.speaker ?? 'nobody (or below 0.5)'}`, () => {
      const quote = extraction.quotes.find((candidate) => candidate.text === row.text);
      expect(quote?.kind).toBe(row.kind);
      const named = quote !== undefined && quote.confidence >= 0.5 ? quote.speaker : null;
      expect(named).toBe(row.speaker);
    });
  }
});

describe('seed article: statements', () => {
  for (const row of gold.statements) {
    it(`${row.speaker} "${row.cue}": ${row.text.slice(0, 50)}`, () => {
      expect(extraction.statements.map(({ speaker, cue, text }) => ({ speaker, cue, text }))).toContainEqual(row);
    });
  }
});

describe('seed article: entities', () => {
  for (const kind of ['person', 'place', 'organization', 'event'] as const) {
    for (const row of gold.entities[kind] ?? []) {
      it(`${kind} ${row.name} with aliases ${row.aliases.join(', ')}`, () => {
        const entity = extraction.entities.find((candidate) => candidate.name === row.name);
        expect(entity?.kind).toBe(kind);
        expect(new Set(entity?.aliases)).toEqual(new Set(row.aliases));
      });
    }
  }
});
