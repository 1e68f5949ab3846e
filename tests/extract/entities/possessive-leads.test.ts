/**
 * A place or nationality written with a possessive before a title and a name
 * (`Russian's Energy Minister Ivan Dorokhov`, `Norway's Prime Minister ...`)
 * is not part of the person's name: the possessive `'s` ends the name before
 * it, so no alias of the person starts with the possessive. A nationality
 * there still tells the person's affiliation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function entitiesOf(paragraph: string) {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).entities.map(
    ({ name, kind, aliases, roles, affiliations }) => ({ name, kind, aliases, roles, affiliations }),
  );
}

function mentionTexts(paragraph: string): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).mentions.map((mention) =>
    paragraph.slice(mention.start, mention.end),
  );
}

describe("a nationality's possessive before a title and a name", () => {
  it('leaves the nationality and its possessive out of the alias, keeping it as an affiliation', () => {
    expect(entitiesOf("The talks stalled, Russian's Energy Minister Ivan Dorokhov said on Monday.")).toEqual([
      {
        name: 'Ivan Dorokhov',
        kind: 'person',
        aliases: ['Energy Minister Ivan Dorokhov', 'Dorokhov'],
        roles: ['energy minister'],
        affiliations: ['Russian'],
      },
    ]);
  });

  it('starts the mention at the title when the sentence opens with the nationality', () => {
    expect(mentionTexts("Russian's Energy Minister Ivan Dorokhov said on Monday that the talks stalled.")).toEqual([
      'Energy Minister Ivan Dorokhov',
    ]);
  });

  it('treats a curly apostrophe like a straight one', () => {
    expect(mentionTexts('The talks stalled, Russian’s Energy Minister Ivan Dorokhov said.')).toEqual(['Energy Minister Ivan Dorokhov']);
  });
});

describe("a place's possessive before a title and a name", () => {
  it('makes the place an entity of its own and the person another', () => {
    expect(entitiesOf("The talks stalled, Norway's Prime Minister Ola Brekke said.")).toEqual([
      { name: 'Norway', kind: 'place', aliases: ['Norway'], roles: [], affiliations: [] },
      { name: 'Ola Brekke', kind: 'person', aliases: ['Prime Minister Ola Brekke', 'Brekke'], roles: ['prime minister'], affiliations: [] },
    ]);
  });
});

describe('property: no alias ever holds a possessive lead', () => {
  const leads = ['Russian', 'Russia', 'Norway', 'Norwegian', 'Chinese', 'China', 'Britain', 'French', 'France'];
  const titles = ['Energy Minister', 'Foreign Minister', 'Prime Minister', 'Foreign Secretary', 'President'];
  const given = ['Ivan', 'Ola', 'Jane', 'Marta', 'Tomas'];
  const family = ['Dorokhov', 'Brekke', 'Roe', 'Quillan', 'Varga'];

  it('holds for any lead, apostrophe, title and invented name, wherever the sentence puts them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leads),
        fc.constantFrom("'s", '’s'),
        fc.constantFrom(...titles),
        fc.constantFrom(...given),
        fc.constantFrom(...family),
        fc.boolean(),
        (lead, possessive, title, first, last, opens) => {
          const named = `${lead}${possessive} ${title} ${first} ${last}`;
          const paragraph = opens ? `${named} said the talks had stalled.` : `The talks stalled, ${named} said.`;
          const entities = entitiesOf(paragraph);
          expect(entities.flatMap((entity) => entity.aliases).filter((alias) => /['’]s\s/u.test(alias))).toEqual([]);
          expect(entities.map((entity) => entity.name)).toContain(`${first} ${last}`);
        },
      ),
    );
  });
});
