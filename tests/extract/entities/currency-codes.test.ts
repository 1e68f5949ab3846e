/** A country code written as part of a currency (`HK$15`, `28 HK cents`) names money, not the land. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('currency codes', () => {
  it('drops a code written against a dollar sign', () => {
    expect(kindsAndNames('Traders in Tandor saw shares rise to HK$15.50 yesterday.')).toEqual(['place:Tandor']);
  });

  it('drops a code before a money word', () => {
    expect(kindsAndNames('Traders in Tandor saw shares fall 28 HK cents, or 1.8 per cent, yesterday.')).toEqual(['place:Tandor']);
  });

  it('keeps the same code where it names the land', () => {
    expect(kindsAndNames('It cost US$40 in the US.')).toEqual(['place:United States']);
  });
});
