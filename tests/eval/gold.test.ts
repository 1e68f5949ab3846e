import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.ts';

describe('parseGold', () => {
  it('reads plain entity names as entities without aliases and keeps only listed kinds', () => {
    const gold = parseGold({
      title: null,
      quotes: [{ text: 'We are ready', speaker: 'Ada Pell', kind: 'direct', pattern: 'quote-X-said' }],
      entities: { person: ['Ada Pell'], place: [] },
    });
    expect(gold).toEqual({
      title: null,
      quotes: [{ text: 'We are ready', speaker: 'Ada Pell', kind: 'direct', ambiguous: false }],
      entities: { person: [{ name: 'Ada Pell', aliases: [] }], place: [] },
    });
  });

  it('reads entities given as name and aliases, and the ambiguous flag', () => {
    const gold = parseGold({
      quotes: [{ text: 'maybe', speaker: null, kind: 'partial', ambiguous: true }],
      entities: { event: [{ name: 'Harbour Festival', aliases: ['the festival'], note: 'x' }] },
    });
    expect(gold.quotes[0]!.ambiguous).toBe(true);
    expect(gold.entities).toEqual({ event: [{ name: 'Harbour Festival', aliases: ['the festival'] }] });
  });

  it('rejects a quote with an unknown kind, naming the field', () => {
    expect(() => parseGold({ quotes: [{ text: 'x', speaker: null, kind: 'quoted' }], entities: {} })).toThrow(
      'gold.quotes[0].kind: expected one of direct, partial, not-speech',
    );
  });

  it('rejects a document without quotes', () => {
    expect(() => parseGold({ entities: {} })).toThrow('gold.quotes: expected an array');
  });
});
