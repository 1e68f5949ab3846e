/** A head word and the number after it name one thing: a part of a place (`Ward 3`) or a broadcaster (`Channel 9`). */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('numbered names', () => {
  it('make a place of a district and its number', () => {
    expect(kindsAndNames('Pumps ran dry across District 7 on Friday.')).toEqual(['place:District 7']);
  });

  it('make a place of a ward and its number', () => {
    expect(kindsAndNames('Voters in Ward 3 went to the polls.')).toEqual(['place:Ward 3']);
  });

  it('make a broadcaster of a channel and its number', () => {
    expect(kindsAndNames('The mayor spoke to Channel 9 after the vote.')).toEqual(['organization:Channel 9']);
  });

  it('leave a lone head word without its number alone', () => {
    expect(kindsAndNames('The District said nothing.')).toEqual([]);
  });
});
