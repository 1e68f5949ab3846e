/**
 * The seed article's expected extraction, row by row: every quote (text, kind,
 * speaker), every statement (speaker, cue, text) and every entity (kind and
 * aliases as sets), from the committed entry through extractArticle with the
 * shipped entity list. The rows are tests/fixtures/seed-expected.ts, which
 * tests/fixtures/seed-expected.test.ts keeps in step with the seed's gold.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { loadEntityList } from '../../src/entity-list/load-entity-list.ts';
import { SEED_EXPECTED as gold } from '../fixtures/seed-expected.ts';
import { seedArticle } from '../support/seed.ts';

const ENTITY_DIR = resolve(import.meta.dirname, '../../content/entities');

let extraction: Extraction;

beforeAll(() => {
  extraction = extractArticle(seedArticle().text, { entityList: loadEntityList(ENTITY_DIR) });
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
