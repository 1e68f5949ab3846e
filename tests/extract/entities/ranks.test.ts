import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

function article(paragraphs: string[]): ArticleText {
  return { title: null, caption: null, dateline: [], paragraphs };
}

function people(paragraphs: string[]): [string, string, string[]][] {
  return findEntities(article(paragraphs)).entities.map((entity) => [entity.kind, entity.name, entity.aliases]);
}

describe('ranks and titles before a name', () => {
  it('leaves an Australian councillor\'s Cr out of the canonical name and keeps the titled form as an alias', () => {
    expect(people(['Cr Wenna Tallis said the council would vote on the rezoning next week.'])).toEqual([
      ['person', 'Wenna Tallis', ['Cr Wenna Tallis', 'Tallis']],
    ]);
  });

  it('reads an Irish Garda rank as a title, not as part of a place name', () => {
    expect(people(['Garda Orla Breffni told the court the van had been stolen.'])).toEqual([
      ['person', 'Orla Breffni', ['Garda Orla Breffni', 'Breffni']],
    ]);
  });

  it('strips clergy, courtesy and military ranks', () => {
    const names = people([
      'Fr Cathal Moylan, Sr Brigid Tuohy and Hon Neville Ashdown attended, as did Pte Rory Quill and Const Ida Penhale.',
    ]).map(([, name]) => name);
    expect(names).toEqual(['Cathal Moylan', 'Brigid Tuohy', 'Neville Ashdown', 'Rory Quill', 'Ida Penhale']);
  });

  it('keeps Sir in the alias while the canonical name goes without it', () => {
    expect(people(['Sir Edmund Threlfall opened the library.'])).toEqual([
      ['person', 'Edmund Threlfall', ['Sir Edmund Threlfall', 'Threlfall']],
    ]);
  });

  it('types a ranked name ending in a place-like surname as a person', () => {
    expect(people(['Det Const Wes Park gave evidence on the second day.'])).toEqual([
      ['person', 'Wes Park', ['Det Const Wes Park', 'Park']],
    ]);
  });

  it('still reads a street named after a king as a place', () => {
    expect(people(['The parade went down King Edward Street at noon.'])).toEqual([
      ['place', 'King Edward Street', ['King Edward Street']],
    ]);
  });
});

describe('a rank before a surname alone', () => {
  it('joins the full name given earlier, keeping the ranked surname as an alias', () => {
    expect(people(['Garda Orla Breffni gave evidence first.', 'Garda Breffni said the van was found burnt out.'])).toEqual([
      ['person', 'Orla Breffni', ['Garda Orla Breffni', 'Garda Breffni', 'Breffni']],
    ]);
  });
});

describe('an honorific before a surname that is also a place word', () => {
  it('types Mr. Ridge as a person, not a place', () => {
    expect(people(['Mr. Ridge said the plan would not work.'])).toEqual([['person', 'Ridge', ['Mr. Ridge']]]);
  });

  it('types Ms Hill as a person when no full name came before', () => {
    expect(people(['The report was written by Ms Hill and sent to the board.'])).toEqual([['person', 'Hill', ['Ms Hill']]]);
  });
});

describe('a courtesy title inside a run of capitalized words', () => {
  it('opens a person of its own after a place: `Speaking in Harrogate Mr Kennedy said`', () => {
    expect(people(['Speaking in Harrogate Mr Kennedy said the party was ready.'])).toEqual([
      ['place', 'Harrogate', ['Harrogate']],
      ['person', 'Kennedy', ['Mr Kennedy']],
    ]);
  });

  it('leaves a title before it as the role: `Health Secretary Dr Reid`', () => {
    expect(people(['Health Secretary Dr Reid said the plan would work.'])).toEqual([['person', 'Reid', ['Health Secretary Dr Reid']]]);
  });
});

describe('a verb of speech opening the sentence before a name', () => {
  it('leaves `Said` out of the name when a comma follows the run: `Said Comey, "…"`', () => {
    expect(people(['Said Comey, "We are looking at it."'])).toEqual([['person', 'Comey', ['Comey']]]);
  });

  it('keeps `Said` as a given name when no comma or colon follows: `Said Hassan said`', () => {
    expect(people(['Said Hassan said the shop would close.']).map(([, name]) => name)).toEqual(['Said Hassan']);
  });
});
