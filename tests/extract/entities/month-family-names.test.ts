/**
 * A month written in full right after a given name is that person's family
 * name (`Theresa May`, `Brian May`), not a date: no number follows it, and a
 * date has no given name before it.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function people(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name);
}

describe('a month as a family name', () => {
  it('keeps `May` in the name after a title and a given name: `Prime Minister Theresa May`', () => {
    expect(people('Prime Minister Theresa May said on Tuesday that her plan would protect jobs.')).toEqual(['Theresa May']);
  });

  it('keeps it after a role word that opens the sentence: `Guitarist Brian May has said`', () => {
    expect(people('Guitarist Brian May has said he expects to tour next year.')).toEqual(['Brian May']);
  });

  it('makes no person of a date: `in May`, `on June 5`, `Tuesday, August 4`', () => {
    expect(people('In May the council met. It met again on June 5 and on Tuesday, August 4.')).toEqual([]);
  });

  it('leaves a month followed by a number a date even after a given name: `Voters in Jackson May 5`', () => {
    expect(people('Voters in Jackson May 5 chose a new mayor.')).toEqual([]);
  });

  it('reads a modal after a name that is no given name as a verb: `Apple May raise prices`', () => {
    const found = findEntities({ title: null, caption: null, dateline: [], paragraphs: ['Experts said Apple May raise prices.'] });
    expect(found.entities.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(['organization:Apple']);
  });

  it('reads no family name into a headline’s capitals, where the word after may be the verb: `Will Theresa May Survive?`', () => {
    const found = findEntities({ title: 'Will Theresa May Survive?', caption: null, dateline: [], paragraphs: ['The vote is on Tuesday.'] });
    expect(found.entities.map((entity) => entity.name)).not.toContain('Theresa May Survive');
  });
});
