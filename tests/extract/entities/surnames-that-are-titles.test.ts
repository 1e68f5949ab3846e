/**
 * A surname the tables read as a title, a nationality or a function word
 * (`King`, `Bishop`, `Cuban`, `Early`) is the person's when a courtesy title
 * stands before it or a verb of speech beside it, and the article names one
 * person in full with it. Alone, or after a determiner, it is the title or
 * the nationality again.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

/** Each mention as its text, its paragraph and the name of the entity it refers to. */
function mentionsOf(...paragraphs: string[]): [string, number, string][] {
  const { entities, mentions } = findEntities({ title: null, caption: null, dateline: [], paragraphs });
  const nameOf = new Map(entities.map((entity) => [entity.id, entity.name]));
  return mentions.map((mention) => [mention.text, mention.paragraph, nameOf.get(mention.entityId)!]);
}

describe('a surname that is a title or a nationality', () => {
  it('is the person named in full after a courtesy title: `Mr. King`', () => {
    expect(mentionsOf('Charlie King, a former party director, spoke on Monday.', 'Mr. King said the vote would be close.')).toEqual([
      ['Charlie King', 0, 'Charlie King'],
      ['Mr. King', 1, 'Charlie King'],
    ]);
  });

  it('is the person named in full before a verb of speech: `Bishop said`', () => {
    expect(mentionsOf('Walter Bishop, a chemist, spoke on Monday.', 'The test failed, Bishop said.')).toEqual([
      ['Walter Bishop', 0, 'Walter Bishop'],
      ['Bishop', 1, 'Walter Bishop'],
    ]);
  });

  it('is the person named in full after a verb of speech: `said King`', () => {
    expect(mentionsOf('Steve King, a congressman, spoke on Monday.', '"We will win," said King.')).toEqual([
      ['Steve King', 0, 'Steve King'],
      ['King', 1, 'Steve King'],
    ]);
  });

  it('is a person whose given name the tables do not hold, when the article’s evidence reads person: `Mark Cuban, a billionaire`', () => {
    expect(mentionsOf('Mark Cuban, a billionaire, spoke on Monday.', '"We will lose," Cuban said.')).toEqual([
      ['Mark Cuban', 0, 'Mark Cuban'],
      ['Cuban', 1, 'Mark Cuban'],
    ]);
  });

  it('stays the title after a determiner: `the King said`', () => {
    expect(mentionsOf('Steve King, a congressman, spoke on Monday.', '"We are delighted," the King said.')).toEqual([['Steve King', 0, 'Steve King']]);
  });

  it('stays the nationality before a noun: `Cuban officials said`', () => {
    expect(mentionsOf('Mark Cuban, a billionaire, spoke on Monday.', 'Cuban officials said the talks went well.')).toEqual([['Mark Cuban', 0, 'Mark Cuban']]);
  });

  it('stays the nationality before a plural noun that is also a verb of speech: `many Asian states`', () => {
    expect(mentionsOf('Mark Asian, a billionaire, spoke on Monday.', 'Many Asian states agree.')).toEqual([['Mark Asian', 0, 'Mark Asian']]);
  });

  it('stays the nationality after a verb of speech when a noun follows it: `advise Cuban business owners`', () => {
    expect(mentionsOf('Mark Cuban, a billionaire, spoke on Monday.', 'He flew in to advise Cuban business owners.')).toEqual([['Mark Cuban', 0, 'Mark Cuban']]);
  });

  it('names nobody when no person is named in full with it: `King said`', () => {
    expect(mentionsOf('The palace was quiet on Monday.', '"We are delighted," King said.')).toEqual([]);
  });

  it('keeps a function word after a given name inside a sentence as the surname: `says Chris Early`', () => {
    expect(mentionsOf('"It works," says Chris Early, a vice president.', '"It scales," says Early.')).toEqual([
      ['Chris Early', 0, 'Chris Early'],
      ['Early', 1, 'Chris Early'],
    ]);
  });

  it('keeps a function word that is also a month after a given name as the surname: `said Theresa May`', () => {
    expect(mentionsOf('Theresa May, the prime minister, spoke.', '"We will leave," said Theresa May on Monday.').map(([text, , name]) => [text, name])).toEqual([
      ['Theresa May', 'Theresa May'],
      ['the prime minister', 'Theresa May'],
      ['Theresa May', 'Theresa May'],
    ]);
  });

  it('does not read `I` after a given name as a surname: `added Keith I think`', () => {
    expect(new Set(mentionsOf('Sir Keith Joseph, the education secretary, spoke.', '"We will see," said Sir Keith. "It is late," added Keith I think.').map(([, , name]) => name))).toEqual(
      new Set(['Keith Joseph']),
    );
  });
});
