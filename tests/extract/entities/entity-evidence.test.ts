import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText, EntityListEntry } from '../../../src/extract/types.ts';

function article(paragraphs: string[]): ArticleText {
  return { title: null, caption: null, dateline: [], paragraphs };
}

/** The evidence ids of the entity with this name. */
function evidenceOf(paragraphs: string[], name: string, list: EntityListEntry[] = []): string[] | undefined {
  return findEntities(article(paragraphs), list).entities.find((entity) => entity.name === name)?.evidence;
}

describe('why an entity has its kind', () => {
  it('names the clues of its mentions, strongest first', () => {
    expect(evidenceOf(['Maria Ashdale said the pier was safe.'], 'Maria Ashdale')).toEqual(['given-name', 'reporting-subject']);
  });

  it('adds up one clue over every mention', () => {
    expect(evidenceOf(['The ferry stops in Tarrowby.', 'Crews reached Tarrowby by noon.'], 'Tarrowby')).toEqual(['place-preposition']);
  });

  it('puts a head word or title in the name first', () => {
    expect(evidenceOf(['The Tarrow Harbour Authority said the pier was safe.'], 'Tarrow Harbour Authority')?.[0]).toBe('head-word');
  });

  it('says the gazetteer when the name is a known place', () => {
    expect(evidenceOf(['Crews flew to Norway on Monday.'], 'Norway')).toEqual(['gazetteer']);
  });

  it('says the entity list when an editor listed the name', () => {
    const list: EntityListEntry[] = [{ id: 'hana-moonbeam', name: 'Hana Moonbeam', kind: 'person', aliases: ['Moonbeam'] }];
    expect(evidenceOf(['Moonbeam spoke to reporters.'], 'Hana Moonbeam', list)).toEqual(['entity-list']);
  });

  it('lists at most three ids', () => {
    const evidence = evidenceOf(['Corwin Ashdale, who chairs the board, said the pier was safe, Corwin Ashdale added.'], 'Corwin Ashdale') ?? [];
    expect(evidence.length).toBeLessThanOrEqual(3);
    expect(evidence.length).toBeGreaterThan(0);
  });
});
