/**
 * Picture credits closing a caption without a label: `Kim Lorne / The Valley
 * Courier` (a spaced slash) and `[File, Kestrel Ledger]`.
 */
import { describe, expect, it } from 'vitest';
import { namesInCreditTail } from '../../../src/extract/entities/furniture.ts';
import { makeNameLookup } from '../../../src/extract/entities/candidates.ts';

const lookup = makeNameLookup([]);

describe('credits closing a caption', () => {
  it('reads a photographer and an outlet either side of a spaced slash', () => {
    expect(namesInCreditTail('Parents leave their children at the school. Kim Lorne / The Valley Courier', lookup)).toEqual([
      { name: 'Kim Lorne', written: 'Kim Lorne', kind: 'person' },
      { name: 'The Valley Courier', written: 'The Valley Courier', kind: 'organization' },
    ]);
  });

  it('reads a file picture’s outlet in brackets', () => {
    expect(namesInCreditTail('A patient was admitted at the clinic. [File, Kestrel Ledger]', lookup)).toEqual([
      { name: 'Kestrel Ledger', written: 'Kestrel Ledger', kind: 'organization' },
    ]);
  });

  it('reads no credit from a sentence with a slash in it', () => {
    expect(namesInCreditTail('The vote was split between Tarrow / Dunmore and the rest of the county.', lookup)).toEqual([]);
  });
});
