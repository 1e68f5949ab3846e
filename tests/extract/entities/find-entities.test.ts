import { describe, expect, it } from 'vitest';
import * as api from '../../../src/extract/entities/index.ts';
import { entityAt, entityIdFor, findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText, Entity, EntityListEntry } from '../../../src/extract/types.ts';

function article(paragraphs: string[], title: string | null = null, caption: string | null = null): ArticleText {
  return { title, caption, dateline: [], paragraphs };
}

/** `kind:name` of every entity, sorted: the shape most expectations compare. */
function named(paragraphs: string[], list: EntityListEntry[] = [], title: string | null = null): string[] {
  return findEntities(article(paragraphs, title), list)
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

function entityNamed(entities: readonly Entity[], name: string): Entity {
  const entity = entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity ${name} in ${entities.map((e) => e.name).join(', ')}`);
  return entity;
}

describe('the public API', () => {
  it('exports findEntities, entityAt and entityIdFor only', () => {
    expect(Object.keys(api).sort()).toEqual(['entityAt', 'entityIdFor', 'findEntities']);
  });
});

describe('people', () => {
  it('takes a title before a name as evidence and leaves it out of the canonical name', () => {
    const { entities } = findEntities(article(['Chief Inspector Walter Pinkney opened the new station on a rainy morning.']));
    expect(entities).toEqual([
      expect.objectContaining({ name: 'Walter Pinkney', kind: 'person', aliases: ['Chief Inspector Walter Pinkney', 'Pinkney'] }),
    ]);
  });

  it('learns role and nationality from a title with a demonym', () => {
    const { entities } = findEntities(article(['French Foreign Minister Odile Marchetti arrived late.']));
    expect(entityNamed(entities, 'Odile Marchetti')).toMatchObject({ roles: ['foreign minister'], affiliations: ['French'] });
  });

  it('drops honorifics: Dr. and Mr are neither name nor role', () => {
    const { entities } = findEntities(article(['Dr. Halvard Quist and Mr Tobias Wren met on Friday.']));
    expect(entities.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Halvard Quist', []],
      ['Tobias Wren', []],
    ]);
  });

  it('types an unknown name as a person from a reporting verb before or after it', () => {
    expect(named(['"We will rebuild," said Ilsabet Vornholt.'])).toEqual(['person:Ilsabet Vornholt']);
    expect(named(['Ilsabet Vornholt said the bridge would reopen.'])).toEqual(['person:Ilsabet Vornholt']);
  });

  it('types a name as a person from an appositive role noun or an age', () => {
    expect(named(['Garrick Olumide, a teacher at the school, spoke first.'])).toEqual(['person:Garrick Olumide']);
    expect(named(['Brannagh Leese, 34, was arrested.'])).toEqual(['person:Brannagh Leese']);
  });

  it('resolves a surname alone to the full name met earlier', () => {
    const { entities, mentions } = findEntities(article(['Tavish Okonkwo won the vote.', 'Okonkwo said he was pleased.']));
    expect(entities.map((entity) => entity.name)).toEqual(['Tavish Okonkwo']);
    expect(mentions.map((mention) => mention.text)).toEqual(['Tavish Okonkwo', 'Okonkwo']);
  });

  it('resolves a surname to the one person of the names ending in it, not to a firm named after her', () => {
    const { entities, mentions } = findEntities(
      article(['Ilse Varga, a former governor, spoke in May.', 'Ms. Varga, who runs P.J. Varga, a research firm, said it was over.']),
    );
    expect(entities.map((entity) => `${entity.kind}:${entity.name}`).sort()).toEqual(['organization:P.J. Varga', 'person:Ilse Varga']);
    expect(mentions.filter((mention) => mention.entityId === 'person/ilse-varga').map((mention) => mention.text)).toEqual(['Ilse Varga', 'Ms. Varga']);
  });

  it('joins a describing word and a surname opening a sentence to the one person of that surname: `Matchwinner Okonkwo`', () => {
    const { entities, mentions } = findEntities(article(['Tom Okonkwo scored twice.', 'Matchwinner Okonkwo was full of praise.']));
    expect(entities.map((entity) => entity.name)).toEqual(['Tom Okonkwo']);
    expect(mentions.map((mention) => mention.text)).toEqual(['Tom Okonkwo', 'Matchwinner Okonkwo']);
  });

  it('joins a describing word and a surname in the headline to the person the story names in full: `Prodigy Okonkwo`', () => {
    const { entities } = findEntities(article(['French prodigy Tom Okonkwo won in straight sets.', 'Okonkwo said he was delighted.'], 'Prodigy Okonkwo blows away the champion'));
    expect(entities.filter((entity) => entity.kind === 'person').map((entity) => [entity.name, entity.mentions])).toEqual([['Tom Okonkwo', 3]]);
  });

  it('keeps a given name and that surname as another person: `Robert Okonkwo`', () => {
    const { entities } = findEntities(article(['Tom Okonkwo scored twice.', 'Robert Okonkwo was full of praise.']));
    expect(entities.map((entity) => entity.name).sort()).toEqual(['Robert Okonkwo', 'Tom Okonkwo']);
  });

  it('keeps a nationality and a surname opening a sentence apart from the person named before', () => {
    const { entities } = findEntities(article(['Tom Okonkwo scored twice.', 'Nigerian Okonkwo was full of praise.']));
    expect(entities.map((entity) => [entity.name, entity.mentions])).toEqual([['Tom Okonkwo', 1]]);
  });

  it('leaves a surname unresolved when two people have it', () => {
    const { entities } = findEntities(article(['Ilse Varga and Tomas Varga, her brother, spoke in May.', 'Ms. Varga said it was over.']));
    expect(entities.map((entity) => entity.name).sort()).toEqual(['Ilse Varga', 'Tomas Varga', 'Varga']);
  });
});

describe('organizations, places and events', () => {
  it('types runs by organization suffixes and prefixes', () => {
    expect(
      named(['Staff at Brindlewood Airlines and the Department of Coastal Affairs wrote to the Harrow Valley Council.']),
    ).toEqual(['organization:Brindlewood Airlines', 'organization:Department of Coastal Affairs', 'organization:Harrow Valley Council']);
  });

  it('joins `and` inside an organization name but not between listed names', () => {
    expect(named(['The Office of Fisheries and Wildlife said BBC, ITV and Sky News all called.'])).toEqual([
      'organization:BBC',
      'organization:ITV',
      'organization:Office of Fisheries and Wildlife',
      'organization:Sky News',
    ]);
  });

  it('merges the written forms of one country through the gazetteer', () => {
    const { entities } = findEntities(article(['The US and the United States of America are one; USA and U.S. too, and so are the UK and Britain.']));
    expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['United States', ['US', 'United States of America', 'USA', 'U.S.']],
      ['United Kingdom', ['UK', 'Britain']],
    ]);
  });

  it('keeps places in a list apart and splits places joined by a slash', () => {
    expect(named(['Lisbon/Oslo: Ministers from Japan, South Korea and Chile met.'])).toEqual([
      'place:Chile',
      'place:Japan',
      'place:Lisbon',
      'place:Oslo',
      'place:South Korea',
    ]);
  });

  it('strips a possessive from the name', () => {
    const { mentions } = findEntities(article(["North Korea's army and Kenya’s coast were in the news."]));
    expect(mentions.map((mention) => mention.text)).toEqual(['North Korea', 'Kenya']);
  });

  it('takes a preposition as weak evidence of a place', () => {
    expect(named(['Residents in Quillmoor were told to stay home; buses from Quillmoor were cancelled.'])).toEqual([
      'place:Quillmoor',
    ]);
  });

  it('finds events: a summit, a Name-Name summit, the World Cup', () => {
    expect(named(['Before the Lagrange Summit and the Obi-Tanaka summit, fans talked only of the World Cup.'])).toEqual([
      'event:Lagrange Summit',
      'event:Obi-Tanaka summit',
      'event:World Cup',
    ]);
  });

  it('names an embassy with the city that follows it', () => {
    const { entities } = findEntities(article(['The Danish Embassy in Nairobi stayed open.']));
    expect(entityNamed(entities, 'Danish Embassy in Nairobi')).toMatchObject({ kind: 'organization', aliases: ['Danish Embassy'] });
  });

  it('leaves out a place used only inside another name', () => {
    expect(named(['Delegates praised the Geneva peace talks.'])).toEqual([]);
  });
});

describe('what is not an entity', () => {
  it('ignores sentence openers, months, days, nationalities and shouting', () => {
    expect(named(['DOZENS of Canadian fans arrived. But on Monday in March the Dutch team left. Such is life.'])).toEqual([]);
  });

  it('reads a title-case headline only for names known from the rest of the article', () => {
    const found = named(['Corvina Mendes said the fleet was ready.'], [], 'Corvina Mendes Orders Fleet Ready For Storm Season');
    expect(found).toEqual(['person:Corvina Mendes']);
  });
});

describe('role phrases', () => {
  it('resolves `the Russian president` and `the Russian leader` to the person given that role', () => {
    const { entities, mentions } = findEntities(
      article(['Russian President Oleg Samarin met Jorge Alves.', 'Later the Russian president spoke. The Russian leader added more.']),
    );
    const samarin = entityNamed(entities, 'Oleg Samarin');
    expect(samarin.aliases).toEqual(['Russian President Oleg Samarin', 'Samarin', 'the Russian president', 'the Russian leader']);
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['the Russian president', samarin.id],
      ['The Russian leader', samarin.id],
    ]);
  });

  it('resolves `the New Jersey governor` to the person given that office for New Jersey, past another person', () => {
    const { entities, mentions } = findEntities(article(['New Jersey Gov. Oleg Samarin met Jorge Alves.', 'Later the New Jersey governor spoke.']));
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['the New Jersey governor', entityNamed(entities, 'Oleg Samarin').id],
    ]);
  });

  it('leaves a bare `the senator` to whoever was given that word, not the last `Sen.`', () => {
    const { mentions } = findEntities(article(['Sen. Oleg Samarin met Jorge Alves and Tom Reed.', 'Later the senator spoke.']));
    expect(mentions.filter((mention) => mention.form === 'role')).toEqual([]);
  });

  it('resolves `the Ohio governor` to the governor of Ohio, not the governor named last', () => {
    const { entities, mentions } = findEntities(
      article(['Ohio Gov. Tom Reed met Jorge Alves.', 'New Jersey Gov. Oleg Samarin spoke next.', 'Later the Ohio governor spoke.']),
    );
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['the Ohio governor', entityNamed(entities, 'Tom Reed').id],
    ]);
  });

  it('resolves `the Celtic manager` to the person written `Celtic manager` before their name, past other people', () => {
    const { entities, mentions } = findEntities(
      article(['Celtic manager Oleg Samarin and Jorge Alves argued after the match, as Tomas Berg looked on.', 'The Celtic manager left early.']),
    );
    expect(entityNamed(entities, 'Oleg Samarin').affiliations).toEqual(['Celtic']);
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['The Celtic manager', entityNamed(entities, 'Oleg Samarin').id],
    ]);
  });

  it('resolves `the Russian president` to the person written `Russian president` (lowercase) before their name', () => {
    const { entities, mentions } = findEntities(article(['Russian president Oleg Samarin met Jorge Alves and Tomas Berg.', 'Later the Russian president spoke.']));
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['the Russian president', entityNamed(entities, 'Oleg Samarin').id],
    ]);
  });

  it('resolves `the company` to the one organization named before it', () => {
    const { mentions } = findEntities(article(['Velmora Holdings cut jobs.', 'The company said sales fell.']));
    expect(mentions.map((mention) => [mention.text, mention.form])).toEqual([
      ['Velmora Holdings', 'name'],
      ['The company', 'role'],
    ]);
  });

  it('resolves `the mayor` to the only person named before when nothing else is known of them', () => {
    const { entities, mentions } = findEntities(article(['Oleg Samarin opened the bridge.', 'The mayor said it was safe.']));
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['The mayor', entityNamed(entities, 'Oleg Samarin').id],
    ]);
  });

  it('does not resolve `the mayor` to the only person named before when they were given another role: `a spokesman`', () => {
    const { mentions } = findEntities(article(['Oleg Samarin, a spokesman, opened the bridge.', 'The mayor said it was safe.']));
    expect(mentions.filter((mention) => mention.form === 'role')).toEqual([]);
  });

  it('resolves `the senator` to the only person named before when the office was written short: `Sen.`', () => {
    const { entities, mentions } = findEntities(article(['Sen. Oleg Samarin opened the bridge.', 'The senator said it was safe.']));
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['The senator', entityNamed(entities, 'Oleg Samarin').id],
    ]);
  });

  it('resolves `the minister` to the only person named before as a secretary of government: `Education Secretary`', () => {
    const { entities, mentions } = findEntities(article(['Education Secretary Ruth Kelly opened the school.', 'The minister said it was safe.']));
    expect(mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['The minister', entityNamed(entities, 'Ruth Kelly').id],
    ]);
  });

  it('resolves `the North` to the place whose name starts with North', () => {
    const { entities } = findEntities(article(['North Macedonia and Greece talked; the North wants a deal.']));
    expect(entityNamed(entities, 'North Macedonia').aliases).toEqual(['North Macedonia', 'the North']);
  });

  it('resolves `the prime minister` only to the one given that role, not to another minister or a deputy', () => {
    const { entities, mentions } = findEntities(
      article(['Prime Minister Ola Brekke spoke first.', 'Deputy Prime Minister Jon Tveit and welfare minister Siv Lund followed.', 'The prime minister left early.']),
    );
    const roleMentions = mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId]);
    expect(roleMentions).toEqual([['The prime minister', entityNamed(entities, 'Ola Brekke').id]]);
  });

  it('resolves `the minister` to the last minister named, whatever the ministry', () => {
    const { entities, mentions } = findEntities(article(['Welfare minister Siv Lund spoke first.', 'The minister left early.']));
    const roleMentions = mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId]);
    expect(roleMentions).toEqual([['The minister', entityNamed(entities, 'Siv Lund').id]]);
  });

  it('emits nothing for `the prime minister` when only other ministers were named', () => {
    const { mentions } = findEntities(article(['Welfare minister Siv Lund spoke first.', 'Deputy Prime Minister Jon Tveit spoke next.', 'The prime minister left early.']));
    expect(mentions.filter((mention) => mention.form === 'role')).toEqual([]);
  });

  it('emits nothing when two people could be meant and no role was learned', () => {
    const { mentions } = findEntities(article(['Ada Brisk, 52, met Lena Quorn, 40.', 'The minister left early.']));
    expect(mentions.filter((mention) => mention.form === 'role')).toEqual([]);
  });
});

describe('the entity list', () => {
  const moonbeam: EntityListEntry = { id: 'hana-moonbeam', name: 'Hana Moonbeam', kind: 'person', aliases: ['Moonbeam'] };

  it('resolves a list alias to the entry, with its id and name', () => {
    const { entities } = findEntities(article(['Moonbeam spoke to reporters.']), [moonbeam]);
    expect(entities).toEqual([
      { id: 'hana-moonbeam', listId: 'hana-moonbeam', name: 'Hana Moonbeam', kind: 'person', aliases: ['Moonbeam'], mentions: 1, roles: [], affiliations: [], evidence: ['entity-list'] },
    ]);
  });

  it('still finds entities the list does not know', () => {
    expect(named(['Moonbeam met Coralie Vance, a lawyer.'], [moonbeam])).toEqual(['person:Coralie Vance', 'person:Hana Moonbeam']);
  });
});

describe('ids and lookups', () => {
  it('makes a slug of kind and canonical name', () => {
    expect(entityIdFor('person', 'Valérie Masson-Delmotte')).toBe('person/valerie-masson-delmotte');
    expect(entityIdFor('organization', "People's Front")).toBe('organization/peoples-front');
  });

  it('finds the mention that overlaps a span with entityAt', () => {
    const { mentions } = findEntities(article(['Quote by Ilsabet Vornholt, who said it.']));
    expect(entityAt(mentions, 'body', 0, 12, 15)?.text).toBe('Ilsabet Vornholt');
    expect(entityAt(mentions, 'body', 0, 0, 5)).toBeUndefined();
    expect(entityAt(mentions, 'title', 0, 12, 15)).toBeUndefined();
  });

  it('counts mentions in the title and caption too', () => {
    const { entities, mentions } = findEntities(article(['Kenya won.'], 'Kenya celebrates', 'Fans in Kenya'));
    expect(entities[0]!.mentions).toBe(3);
    expect(mentions.map((mention) => mention.block)).toEqual(['title', 'caption', 'body']);
  });
});
