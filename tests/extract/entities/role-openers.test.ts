import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

function named(paragraphs: string[]): string[] {
  const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
  return findEntities(article).entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('words that open a sentence before a role', () => {
  it('names no organization for an adjective describing the role', () => {
    expect(named(['Political analyst Ferne Oduya said the vote was close.'])).toEqual(['person:Ferne Oduya']);
  });

  it('names the person after a player’s position or a musician’s instrument opening the sentence: `Keeper Tony Bullock`, `Drummer Larry Mullen Jr`', () => {
    expect(named(['Keeper Tony Bullock echoed the view.', 'Drummer Larry Mullen Jr agreed.'])).toEqual(['person:Larry Mullen Jr', 'person:Tony Bullock']);
  });

  it('still names the employer written before a role', () => {
    expect(named(['Tallisker analyst Ferne Oduya said the vote was close.'])).toEqual(['organization:Tallisker', 'person:Ferne Oduya']);
  });
});

describe('firm heads', () => {
  it('reads Research, Securities and Advisors heads as organizations', () => {
    expect(named(['Shares rose, according to Quillon Research.', 'Brakely Securities agreed.', 'Marsh Hollow Advisors did not.'])).toEqual([
      'organization:Brakely Securities',
      'organization:Marsh Hollow Advisors',
      'organization:Quillon Research',
    ]);
  });
});

describe('a nationality before a full name', () => {
  it('makes a person of a given name and surname after a nationality, affiliated with it', () => {
    const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs: ['She beat American Sarah Quellen in the final.'] };
    expect(findEntities(article).entities.map((entity) => [entity.kind, entity.name, entity.affiliations])).toEqual([['person', 'Sarah Quellen', ['American']]]);
  });
});
