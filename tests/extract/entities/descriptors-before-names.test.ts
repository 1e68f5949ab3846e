/**
 * A person's name is the last words of a capitalized run after whatever
 * describes the person: an office (`Fire Chief`, `Attorney General`,
 * `Majority Leader`), a portfolio or department after a title's `of` or
 * `for`, an age (`Seventy-eight-year-old`), a role noun opening the sentence
 * (`Resident`), a rank abbreviation (`ACP`) or an honorific (`Alhaji`). What
 * the descriptor says stays on the person as a role or an affiliation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function entitiesOf(paragraph: string) {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).entities.map(
    ({ name, kind, roles, affiliations }) => ({ name, kind, roles, affiliations }),
  );
}

const people = (paragraph: string) => entitiesOf(paragraph).filter((entity) => entity.kind === 'person');

describe('an office inside the run', () => {
  it('reads a county, a fire chief and a name as the chief of the county', () => {
    expect(people('The blaze was out by noon, said Brackenshire County Fire Chief Tomas Welland.')).toEqual([
      { name: 'Tomas Welland', kind: 'person', roles: ['fire chief'], affiliations: ['Brackenshire County'] },
    ]);
  });

  it('ends the title after a modifier written behind it', () => {
    expect(people('The suit was filed by Attorney General Rowan Pike on Friday.')).toEqual([
      { name: 'Rowan Pike', kind: 'person', roles: ['attorney general'], affiliations: [] },
    ]);
  });

  it('reads a majority leader as a title after the chamber', () => {
    expect(people('The bill will pass, Senate Majority Leader Carol Ashby said.')).toEqual([
      { name: 'Carol Ashby', kind: 'person', roles: ['majority leader'], affiliations: ['Senate'] },
    ]);
  });

  it('reads a military rank spelled out as a title', () => {
    expect(people('Brigadier Tandi Mokoena said the roads were closed.')).toEqual([
      { name: 'Tandi Mokoena', kind: 'person', roles: ['brigadier'], affiliations: [] },
    ]);
  });

  it('reads a given name that is also a common word as a name after a title', () => {
    expect(people('Fees will rise, Kettle Falls Mayor Will Brannock said on Monday.')).toEqual([
      { name: 'Will Brannock', kind: 'person', roles: ['mayor'], affiliations: ['Kettle Falls'] },
    ]);
  });

  it('finds nobody in a run made only of title words', () => {
    expect(people('The Chief Medical Officer said cases were falling.')).toEqual([]);
  });

  it('takes a title and one word after `the` as a byname, not a surname', () => {
    expect(people('The Chief Grump appears to have few fans.')).toEqual([]);
  });
});

describe('a portfolio or department after a title', () => {
  it('keeps a portfolio after `for` in the role, out of the name', () => {
    expect(entitiesOf('The Minister for Health Ada Okonkwo said the clinic would open.')).toEqual([
      { name: 'Ada Okonkwo', kind: 'person', roles: ['minister for health'], affiliations: [] },
    ]);
  });

  it('splits a department after `of the` from its director, who is affiliated to it', () => {
    expect(entitiesOf('Talks went well, Director of the Central Steppe Department Omar Haddad said.')).toEqual([
      { name: 'Central Steppe Department', kind: 'organization', roles: [], affiliations: [] },
      { name: 'Omar Haddad', kind: 'person', roles: ['director'], affiliations: ['Central Steppe Department'] },
    ]);
  });

  it('takes no entity from the end of a department named across `and`, only the director', () => {
    expect(entitiesOf('Talks went well, Director of the Near East and Central Steppe Department Omar Haddad said.')).toEqual([
      { name: 'Near East', kind: 'place', roles: [], affiliations: [] },
      { name: 'Omar Haddad', kind: 'person', roles: ['director'], affiliations: [] },
    ]);
  });

  it('splits a body named before a given name and a family name from the person', () => {
    expect(entitiesOf('A statement from the Ministry of Fisheries Grace Lyle said the nets were banned.')).toEqual([
      { name: 'Ministry of Fisheries', kind: 'organization', roles: [], affiliations: [] },
      { name: 'Grace Lyle', kind: 'person', roles: [], affiliations: ['Ministry of Fisheries'] },
    ]);
  });

  it('leaves a body before three words that may name a prize unsplit', () => {
    expect(people('Harbour Rowing Club Grace Brown Award went to a junior.')).toEqual([]);
  });

  it('finds no person in a company named after a title', () => {
    expect(people('Ines Roldan, chief executive of Harbour Point Logistics, said.').map((entity) => entity.name)).toEqual(['Ines Roldan']);
  });
});

describe('a describing word opening the run', () => {
  it('leaves an age out of the name', () => {
    expect(people('Seventy-eight-year-old Marta Ivers has lived there for decades.')).toEqual([
      { name: 'Marta Ivers', kind: 'person', roles: [], affiliations: [] },
    ]);
  });

  it('makes a name written after a lowercase age a person', () => {
    expect(people('The court heard that the 34-year-old Tavin Roake had fled.')).toEqual([
      { name: 'Tavin Roake', kind: 'person', roles: [], affiliations: [] },
    ]);
  });

  it('makes a role noun opening the sentence the role', () => {
    expect(people('Resident Lena Hovde said the water rose fast.')).toEqual([
      { name: 'Lena Hovde', kind: 'person', roles: ['resident'], affiliations: [] },
    ]);
  });

  it('reads two role nouns joined by a hyphen as one role', () => {
    expect(people('Singer-songwriter Freya Dunmore said the tour would go ahead.')).toEqual([
      { name: 'Freya Dunmore', kind: 'person', roles: ['singer-songwriter'], affiliations: [] },
    ]);
  });

  it('keeps a body whose name opens with a role noun whole', () => {
    expect(entitiesOf('Patient Safety Trust said the ward was closed.').map((entity) => entity.name)).toEqual(['Patient Safety Trust']);
  });

  it('reads a police rank abbreviation as the role, in full', () => {
    expect(people('District police chief ACP Bayo Adeyemi said three were held.')).toEqual([
      { name: 'Bayo Adeyemi', kind: 'person', roles: ['assistant commissioner of police', 'police chief'], affiliations: [] },
    ]);
  });

  it('leaves an honorific out of the name and the role', () => {
    expect(people('The chairman, Alhaji Zubairu Garba, said the market would reopen.')).toEqual([
      { name: 'Zubairu Garba', kind: 'person', roles: ['chairman'], affiliations: [] },
    ]);
  });
});

describe('the name after a descriptor', () => {
  const syllable = fc.constantFrom('ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'dor', 'bel', 'sun', 'ia');
  const invented = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((parts) => {
    const word = parts.join('');
    return word[0]!.toUpperCase() + word.slice(1);
  });
  const opener = fc.constantFrom('Resident', 'Volunteer', 'Seventy-year-old', 'Alhaji', 'ACP', 'Provost');

  it('is always the given name and the family name, a suffix of the run', () => {
    fc.assert(
      fc.property(opener, invented, invented, (descriptor, given, family) => {
        const run = `${descriptor} ${given} ${family}`;
        const names = people(`${run} said the road was shut.`).map((entity) => entity.name);
        expect(names).toEqual([`${given} ${family}`]);
        expect(run.endsWith(names[0]!)).toBe(true);
      }),
    );
  });
});

describe('an office a later `the …` names again, before a name', () => {
  it('is a role, not part of the name: `Moderator Tom Varga`', () => {
    expect(people('Moderator Tom Varga said the panel would go on.').map((entity) => entity.name)).toEqual(['Tom Varga']);
  });

  it('leaves `principal` an adjective: `the principal West German ministers` names no one', () => {
    expect(people('He met the principal West German ministers on Monday.')).toEqual([]);
  });
});

describe('a party member’s noun before the name', () => {
  it('reads Democrat before a name as what describes the person, as Republican is', () => {
    expect(people('Democrat Ellen Corlew said the vote would be close.').map(({ name }) => name)).toEqual(['Ellen Corlew']);
    expect(people('Republican Ellen Corlew said the vote would be close.').map(({ name }) => name)).toEqual(['Ellen Corlew']);
  });
});

describe('a place before a party word', () => {
  it('reads `a New Hampshire Republican` as someone described, and the place alone as the entity', () => {
    expect(entitiesOf('The vote will be close, said a New Hampshire Republican who asked not to be named.').map(({ name, kind }) => [name, kind])).toEqual([
      ['New Hampshire', 'place'],
    ]);
  });

  it('keeps a body named by a place and a nationality word (`China Eastern`): only a party word describes', () => {
    expect(entitiesOf('China Eastern said the flights would resume.').map(({ name, kind }) => [name, kind])).toEqual([['China Eastern', 'organization']]);
  });
});

describe('initials in a name after an employer and a title', () => {
  it('splits `Hughes Tool Co Chairman W.A. Kistler` into the employer and the person, as with a given name', () => {
    expect(entitiesOf('Hughes Tool Co Chairman W.A. Kistler said the offer was still open.').map(({ name, kind }) => [name, kind])).toEqual([
      ['Hughes Tool Co', 'organization'],
      ['W.A. Kistler', 'person'],
    ]);
  });
});
