import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

function entities(paragraphs: string[]) {
  const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
  return findEntities(article).entities.map((entity) => [entity.kind, entity.name, entity.roles]);
}

describe('names set off by commas after a role phrase', () => {
  it('makes a person of the name after a determined role phrase with its complement', () => {
    expect(entities(['The manager of the depot, Ilse Marwood, said the trucks were gone.'])).toEqual([['person', 'Ilse Marwood', ['manager']]]);
  });

  it('makes a person of a lone given name after a kin noun', () => {
    expect(entities(['My brother, Tadeusz, drove us home.'])).toEqual([['person', 'Tadeusz', ['brother']]]);
  });

  it('makes an organization of a lone name after a business noun', () => {
    expect(entities(['She sold her old cafe, Saffron, in June.'])).toEqual([['organization', 'Saffron', []]]);
  });

  it('keeps the longer role written right before the comma', () => {
    expect(entities(['The party chairman, Osric Penhale, said he would stay.'])).toEqual([['person', 'Osric Penhale', ['party chairman']]]);
  });

  it('does not read a clause between the role and the comma as its complement', () => {
    expect(entities(['The owner said nothing to Marlow, Quenby said.'])).not.toContainEqual(['person', 'Quenby', ['owner']]);
  });
});

describe('possessive role phrases', () => {
  it('reads a possessive as the determiner of the role phrase', () => {
    expect(entities(["Halvard's new bakery, Rye, opened in May."])).toContainEqual(['organization', 'Rye', []]);
  });
});
