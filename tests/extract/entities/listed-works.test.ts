import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

describe('works listed as examples', () => {
  it('names no entity for the titles after `films such as`, the last one after and included', () => {
    expect(named('Ann Lyle stole scenes in films such as Ghost Harbour and Knocked Over before her big break.')).toEqual(['person:Ann Lyle']);
  });

  it('names no entity for a list after `hits including` or `series like`', () => {
    expect(named('He sang on hits including Come Tomorrow, Silver Tide and Ferry Song.')).toEqual([]);
    expect(named('She directed series like The Wardens and Bergen Street.')).toEqual([]);
  });

  it('keeps the maker named in the possessive before a listed work', () => {
    expect(named('He admired novels such as Margaret Orrin’s Tides of Brass.')).toEqual(['person:Margaret Orrin']);
  });

  it('keeps a person who opens a clause after `, and` when no other comma made a list', () => {
    expect(named('Actors in films such as Ghost Harbour, and Ann Lyle said so.')).toEqual(['person:Ann Lyle']);
  });

  it('reads `A, B, and C` as one list of titles', () => {
    expect(named('She starred in films such as Ghost Harbour, Knocked Over, and Silver Tide.')).toEqual([]);
  });

  it('keeps what follows titles and works: those nouns name other things in the news too', () => {
    expect(named('He won titles including Harwick Premier League and Dunmore Cup.')).toEqual(['event:Dunmore Cup', 'event:Harwick Premier League']);
  });

  it('keeps places listed after a plural noun that is no work', () => {
    expect(named('Cities such as London and Paris were hit.')).toEqual(['place:London', 'place:Paris']);
  });
});

describe('a noun of works before a comma', () => {
  it('reads the name after `new single,` as a title', () => {
    expect(named('The band released its new single, Paper Harbour, on Friday.')).toEqual([]);
  });

  it('reads the name after a noun of works that names a time as a person: `next season, Parry said`', () => {
    expect(named('Asked if he would stay next season, Tarquin Parry said he hoped so.')).toEqual(['person:Tarquin Parry']);
  });

  it('reads the name a verb of speech follows as its subject, the noun of works closing a fronted phrase: `After the show, Walliams said`', () => {
    expect(named('Ada Walliams won.', 'After the show, Walliams said she was shocked.')).toEqual(['person:Ada Walliams']);
  });

  it('still reads a title set off by commas before its verb as a title', () => {
    expect(named('The band released its new single, Paper Harbour, said to be its best.')).toEqual([]);
  });
});
