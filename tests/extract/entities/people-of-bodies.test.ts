/**
 * A full name followed by `of` and the body it works for (`Ravka Soto of
 * Kestrel Radio`) is a person's; a broadcaster written `X TV` keeps `TV` as
 * its head word.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('a full name before `of` and a body', () => {
  it('makes the name a person when the body ends in a head word', () => {
    expect(kindsAndNames('Among those held was Ravka Soto of Ombara Radio.')).toEqual(['organization:Ombara Radio', 'person:Ravka Soto']);
  });

  it('leaves a name before `of` and a place alone', () => {
    expect(kindsAndNames('Among those held was Ravka Soto of Brindlecot.')).not.toContain('person:Ravka Soto');
  });
});

describe('a broadcaster written with TV', () => {
  it('keeps `TV` after a name as the head of an organization', () => {
    expect(kindsAndNames('In an interview on Kestrel TV on Monday, the minister said prices would fall.')).toEqual(['organization:Kestrel TV']);
  });

  it('still drops `TV` alone', () => {
    expect(kindsAndNames('TV ratings fell in the spring.')).toEqual([]);
  });
});
