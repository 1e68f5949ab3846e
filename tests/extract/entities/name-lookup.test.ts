import { describe, expect, test } from 'vitest';
import { makeNameLookup } from '../../../src/extract/entities/candidates.ts';
import type { EntityListEntry } from '../../../src/extract/types.ts';

const harbourTrust: EntityListEntry = { id: 'harbour-trust', name: 'Harbour Trust', kind: 'organization', aliases: ['HT', 'the Trust'] };

describe('makeNameLookup', () => {
  test('finds a list entry by its name or an alias, in any case and with either apostrophe, before the gazetteer', () => {
    const lookup = makeNameLookup([harbourTrust, { id: 'jo-obrien', name: 'Jo O’Brien', kind: 'person', aliases: [] }]);
    expect(lookup('harbour trust')).toEqual({ name: 'Harbour Trust', kind: 'organization', listEntry: harbourTrust });
    expect(lookup('HT')?.listEntry?.id).toBe('harbour-trust');
    expect(lookup("Jo O'Brien")?.name).toBe('Jo O’Brien');
    expect(lookup('Canada')).toEqual({ name: 'Canada', kind: 'place' });
    expect(lookup('Nowhere Special')).toBeUndefined();
  });

  test('one list gives one lookup, built once; another array gives its own', () => {
    const list = [harbourTrust];
    expect(makeNameLookup(list)).toBe(makeNameLookup(list));
    const other = [{ ...harbourTrust, aliases: ['Trustees'] }];
    expect(makeNameLookup(other)('Trustees')?.name).toBe('Harbour Trust');
    expect(makeNameLookup(list)('Trustees')).toBeUndefined();
  });
});
