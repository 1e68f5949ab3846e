/**
 * An employer, a title and a person's name written as one capitalized run
 * (`Acme Chief Executive Jane Doe`) are two entities: the employer, and the
 * person under their own name, with the title as a role and the employer as
 * an affiliation. Lowercase roles (`Labour leader Jane Doe`) and titles with
 * nothing before them (`Det Insp Jane Doe`) keep the name clean as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function entitiesOf(paragraph: string) {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).entities.map(
    ({ name, kind, aliases, roles, affiliations }) => ({ name, kind, aliases, roles, affiliations }),
  );
}

describe('an employer before a title and a name', () => {
  it('splits an organization with a head word, a two-word title and a person', () => {
    expect(entitiesOf('On Monday, Marine Futures Programme Executive Director Lena Varga said the reefs were failing.')).toEqual([
      { name: 'Marine Futures Programme', kind: 'organization', aliases: ['Marine Futures Programme'], roles: [], affiliations: [] },
      {
        name: 'Lena Varga',
        kind: 'person',
        aliases: ['Executive Director Lena Varga', 'Varga'],
        roles: ['executive director'],
        affiliations: ['Marine Futures Programme'],
      },
    ]);
  });

  it('makes a one-word employer before a title an organization', () => {
    expect(entitiesOf('Sales fell, Pinecrest Chief Executive Omar Haddad said.')).toEqual([
      { name: 'Pinecrest', kind: 'organization', aliases: ['Pinecrest'], roles: [], affiliations: [] },
      { name: 'Omar Haddad', kind: 'person', aliases: ['Chief Executive Omar Haddad', 'Haddad'], roles: ['chief executive'], affiliations: ['Pinecrest'] },
    ]);
  });

  it('keeps a lone unknown word opening the sentence out of the entities, but still names the person', () => {
    expect(entitiesOf('Pinecrest Chief Executive Omar Haddad said sales fell.')).toEqual([
      { name: 'Omar Haddad', kind: 'person', aliases: ['Chief Executive Omar Haddad', 'Haddad'], roles: ['chief executive'], affiliations: [] },
    ]);
  });

  it('ends the employer at an organization head that a title word could also modify', () => {
    expect(entitiesOf('Yesterday Harbourshire Police Chief Constable Rhys Calder said officers attended.').map((e) => [e.kind, e.name, e.roles])).toEqual([
      ['organization', 'Harbourshire Police', []],
      ['person', 'Rhys Calder', ['chief constable']],
    ]);
  });

  it('takes an organization named with a complement as the employer', () => {
    expect(entitiesOf('Rates will rise, Bank of Westmark Governor Ada Pell said.').map((e) => [e.kind, e.name, e.affiliations])).toEqual([
      ['organization', 'Bank of Westmark', []],
      ['person', 'Ada Pell', ['Bank of Westmark']],
    ]);
  });

  it('takes a known place before a title as the place the person serves', () => {
    expect(entitiesOf('The border is shut, Texas Governor Dana Whitfield said.').map((e) => [e.kind, e.name, e.roles, e.affiliations])).toEqual([
      ['place', 'Texas', [], []],
      ['person', 'Dana Whitfield', ['governor'], ['Texas']],
    ]);
  });

  it('reads a country code before a title as the country', () => {
    expect(entitiesOf('Talks went well, US Ambassador Noor Haddad said.').map((e) => [e.kind, e.name, e.affiliations])).toEqual([
      ['place', 'United States', []],
      ['person', 'Noor Haddad', ['United States']],
    ]);
  });
});

describe('titles and roles with nothing to split off', () => {
  it('leaves a lowercase role between a party and a person out of both names, the party as written an affiliation', () => {
    expect(entitiesOf('Labour leader Tessa Crane said the plan was flawed.')).toEqual([
      { name: 'Labour Party', kind: 'organization', aliases: ['Labour'], roles: [], affiliations: [] },
      { name: 'Tessa Crane', kind: 'person', aliases: ['Tessa Crane', 'Crane'], roles: ['leader'], affiliations: ['Labour'] },
    ]);
  });

  it('leaves a lowercase two-word role after an organization out of the person’s name, the organization an affiliation', () => {
    expect(entitiesOf('White House press secretary Nia Brooks told reporters the talks went well.')).toEqual([
      { name: 'White House', kind: 'organization', aliases: ['White House'], roles: [], affiliations: [] },
      { name: 'Nia Brooks', kind: 'person', aliases: ['Nia Brooks', 'Brooks'], roles: ['press secretary'], affiliations: ['White House'] },
    ]);
  });

  it('takes no affiliation from a calendar word or a lone common noun before a lowercase role', () => {
    expect(entitiesOf('On Tuesday manager Tessa Crane said the plan was flawed. District police chief Rhys Calder agreed.').map((entity) => entity.affiliations)).toEqual([[], []]);
  });

  it('drops abbreviated police ranks from the name', () => {
    expect(entitiesOf('Det Insp Rhys Calder said officers were called to the scene.')).toEqual([
      { name: 'Rhys Calder', kind: 'person', aliases: ['Det Insp Rhys Calder', 'Calder'], roles: ['det insp'], affiliations: [] },
    ]);
  });
});

describe('any employer, title and name', () => {
  const employer = fc.constantFrom('Northwind Trading', 'Pinecrest', 'Harbour Energy Authority', 'Westmark Council');
  const title = fc.constantFrom('Chief Executive', 'Executive Director', 'Chief Financial Officer', 'Director', 'Spokesman', 'Managing Director');
  const given = fc.constantFrom('Lena', 'Omar', 'Tessa', 'Rhys', 'Nia', 'Dana');
  const surname = fc.constantFrom('Varga', 'Haddad', 'Crane', 'Calder', 'Brooks', 'Whitfield');

  it('names the person by given name and surname alone, affiliated with the employer', () => {
    fc.assert(fc.property(employer, title, given, surname, (org, role, first, last) => {
      const entities = entitiesOf(`On Monday, ${org} ${role} ${first} ${last} said the work would go on.`);
      const person = entities.find((entity) => entity.kind === 'person');
      expect(person?.name).toBe(`${first} ${last}`);
      expect(person?.roles).toEqual([role.toLowerCase()]);
      expect(person?.affiliations).toEqual([org]);
      expect(entities.map((entity) => entity.name)).toContain(org);
    }));
  });
});

describe('titles held over a place', () => {
  it('makes the unknown name before Mayor a place, not an employer', () => {
    expect(entitiesOf('Later, Dunmarra Mayor Ellis Quayle said the levee had held.').map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'place:Dunmarra',
      'person:Ellis Quayle',
    ]);
  });

  it('reads Rear Admiral as a rank, never as a person named Rear', () => {
    expect(entitiesOf('Coast Guard spokesperson Rear Admiral Tomas Vell said 40 people were rescued.').map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'organization:Coast Guard',
      'person:Tomas Vell',
    ]);
  });
});

describe('portfolios before a minister', () => {
  it('names no organization for the portfolio before Minister or Secretary', () => {
    expect(entitiesOf('Later, Coastal Works Secretary Ivo Marren said crews would work.').map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'person:Ivo Marren',
    ]);
  });

  it('still names a known country before Foreign Secretary', () => {
    expect(entitiesOf('Later, UK Foreign Secretary Ivo Marren said talks would resume.').map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'place:United Kingdom',
      'person:Ivo Marren',
    ]);
  });
});
