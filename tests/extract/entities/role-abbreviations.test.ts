import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

function entities(paragraphs: string[]) {
  const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
  return findEntities(article).entities;
}

describe('role abbreviations', () => {
  it('never makes a person of a role abbreviation standing as the subject', () => {
    const found = entities(['Harlow Motors to shut two plants; MD says orders have dried up', 'CFO says costs will fall.']);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(['organization:Harlow Motors']);
  });

  it('learns the abbreviation before a name as the role in full', () => {
    const found = entities(['MD Tobias Wren said the plant would close.']);
    expect(found.map((entity) => [entity.kind, entity.name, entity.roles])).toEqual([['person', 'Tobias Wren', ['managing director']]]);
  });

  it('keeps a given name that looks like an abbreviation a name', () => {
    const found = entities(['Ed Corrigan said the plant would close.']);
    expect(found.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(['person:Ed Corrigan']);
  });
});
