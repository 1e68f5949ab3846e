/** Lists of people with the bodies they work for: `Eve Tallin of Morning Ledger, Dana Korr of Pell Radio`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleInAffiliationList } from '../../../src/extract/entities/affiliation-lists.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { tokenize } from '../../../src/extract/entities/tokenize.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

const LIST = 'Among those held were Eve Tallin of Morning Ledger, Dana Korr of Pell Radio and Ossa Venn of Harbour Wire.';

describe('roleInAffiliationList', () => {
  it('reads the name before `of` as the person', () => {
    expect(roleInAffiliationList(tokenize(LIST), 4, 6)).toBe('person');
  });

  it('reads the name after `of` as the body', () => {
    expect(roleInAffiliationList(tokenize(LIST), 7, 9)).toBe('organization');
  });

  it('reads the last item of the list', () => {
    expect(roleInAffiliationList(tokenize(LIST), 19, 21)).toBe('organization');
  });

  it('reads nothing into a single item', () => {
    const tokens = tokenize('Among those held was Eve Tallin of Morning Ledger.');
    expect(roleInAffiliationList(tokens, 4, 6)).toBeUndefined();
  });

  it('takes no head word for a person', () => {
    const tokens = tokenize('Rates were set by the Bank of Elsland, the Bank of Tarrow and others.');
    expect(roleInAffiliationList(tokens, 5, 6)).toBeUndefined();
  });

  it('answers within the tokens for any text and span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(30), fc.nat(4), (text, first, length) => {
        const tokens = tokenize(text);
        const role = roleInAffiliationList(tokens, first, first + length + 1);
        expect([undefined, 'person', 'organization']).toContain(role);
      }),
    );
  });
});

describe('people listed with their bodies', () => {
  it('finds every person and every body of the list', () => {
    expect(kindsAndNames(LIST)).toEqual([
      'person:Eve Tallin', 'organization:Morning Ledger', 'person:Dana Korr', 'organization:Pell Radio',
      'person:Ossa Venn', 'organization:Harbour Wire',
    ]);
  });
});
