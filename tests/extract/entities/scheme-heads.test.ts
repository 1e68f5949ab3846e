/** A name whose head word is a scheme's, a document's or an index's (`Strategy`, `Outlook`, `Index`) names no body. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('scheme heads', () => {
  it('leave out a strategy whose initials are given, and keep the body that made it', () => {
    expect(kindsAndNames('The council unveiled the Harbour Growth Strategy (HGS) on Monday, and Tarrow Council said it would cost more.')).toEqual([
      'organization:Tarrow Council',
    ]);
  });

  it('leave out an index whose initials are given', () => {
    expect(kindsAndNames('The Tarrow Share Index (TSI) fell, the Kestrel Bank said.')).toEqual(['organization:Kestrel Bank']);
  });

  it('leave out a named outlook even with an institutional adjective', () => {
    expect(kindsAndNames('The fund published its Regional Lending Outlook on Tuesday.')).toEqual([]);
  });

  it('need a name before the head: a lone capitalized head word is no scheme of its own', () => {
    expect(kindsAndNames('Strategy matters, Dana Frisco said.')).toEqual(['person:Dana Frisco']);
  });
});
