/**
 * `With reports from Jo Park and Tam Vero` closing a story credits reporters
 * as `Reporting by` does: they are people, not places after `from`.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { isContributorCredit } from '../../../src/extract/entities/furniture.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('a `With reports from` credit', () => {
  it('is a contributor credit, after a dash too', () => {
    expect(isContributorCredit('— With reports from Tomas Reyke and Dalia Fenwright')).toBe(true);
  });

  it('names each reporter as a person', () => {
    expect(kindsAndNames('The typhoon weakened on Tuesday.', '— With reports from Tomas Reyke and Dalia Fenwright')).toEqual([
      'person:Dalia Fenwright',
      'person:Tomas Reyke',
    ]);
  });

  it('leaves `reports from` inside a sentence prose', () => {
    expect(isContributorCredit('Officials said reports from Brindlecot were alarming.')).toBe(false);
  });
});
