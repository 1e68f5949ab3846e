import { describe, expect, test } from 'vitest';
import { applyOverrides } from '../../src/content/apply-overrides.ts';
import { buildSiteGraph } from '../../src/graph/build-site-graph.ts';
import { assertConservation } from '../../src/graph/conservation.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { entity, extraction, mention, quote } from '../render/spans.ts';
import { entityList, gasDeal, seoulTalks } from '../graph/fixtures.ts';

const context = { article: 'seoul-talks', entityList };
const energyQuote = (extraction: ReturnType<typeof applyOverrides>) => extraction.quotes.find((q) => q.id === 'q-2-47');

describe('quote overrides', () => {
  test('sets the speaker of every matching quote to an entity of the article, as editor-confirmed', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'Energy ties', speaker: 'Putin' }] }, context);
    const quote = energyQuote(fixed);
    expect([quote?.speaker, quote?.speakerId, quote?.rule, quote?.confidence, quote?.editorConfirmed]).toEqual([
      'Vladimir Putin',
      'putin',
      'editor',
      1,
      true,
    ]);
  });

  test('matches regardless of spacing and curly or straight marks', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'Energy   ties will', speaker: 'Putin' }] }, context);
    expect(energyQuote(fixed)?.speakerId).toBe('putin');
  });

  test('resolves a speaker by an entity-list alias, adding the listed entity', () => {
    const fixed = applyOverrides(gasDeal.extraction, { quotes: [{ match: 'good day', speaker: '문재인' }] }, { ...context, article: 'gas-deal' });
    expect([fixed.quotes[0]?.speakerId, fixed.entities.at(-1)?.listId]).toEqual(['moon-jae-in', 'moon-jae-in']);
  });

  test('creates a new person for a speaker nobody knows', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'Energy ties', speaker: 'Kim Min-ji' }] }, context);
    expect([energyQuote(fixed)?.speaker, fixed.entities.at(-1)?.id, fixed.entities.at(-1)?.kind]).toEqual([
      'Kim Min-ji',
      'editor-person-kim-min-ji',
      'person',
    ]);
  });

  test('makes a quote explicitly unattributed when the speaker is null', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'agreed on gas', speaker: null }] }, context);
    const quote = fixed.quotes[0];
    expect([quote?.speakerId, quote?.editorConfirmed]).toEqual([null, true]);
  });

  test('is an error when a match finds no quote, naming article and match', () => {
    expect(() => applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'never said', speaker: 'Putin' }] }, context)).toThrow(
      'Override in article "seoul-talks": quote match "never said" matches no quote of the article',
    );
  });

  test('is an error when two overrides give one quote different speakers', () => {
    const quotes = [
      { match: 'Energy', speaker: 'Putin' },
      { match: 'ties', speaker: 'Moon' },
    ];
    expect(() => applyOverrides(seoulTalks.extraction, { quotes }, context)).toThrow(
      'Override in article "seoul-talks": quote q-2-47 is matched by "Energy" and "ties" with different speakers',
    );
  });

  test('does not change the extraction it was given', () => {
    applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'Energy ties', speaker: 'Putin' }] }, context);
    expect(energyQuote(seoulTalks.extraction)?.speakerId).toBe(null);
  });

  test('moves an overridden quote from the unattributed list to the speaker page', () => {
    const fixed = { ...seoulTalks, extraction: applyOverrides(seoulTalks.extraction, { quotes: [{ match: 'Energy ties', speaker: 'Putin' }] }, context) };
    const graph = buildSiteGraph([fixed], entityList);
    expect([graph.unattributed.length, graph.speakers[0]?.articles[0]?.quotes.map((q) => [q.id, q.editorConfirmed])]).toEqual([
      0,
      [
        ['q-1-0', false],
        ['q-2-47', true],
      ],
    ]);
    expect(() => assertConservation(graph, [fixed])).not.toThrow();
  });
});

describe('entity overrides', () => {
  test('fixes the kind of an entity found by an alias', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { entities: [{ name: 'putin', kind: 'organization' }] }, context);
    expect(fixed.entities[0]?.kind).toBe('organization');
  });

  test('adds aliases without repeating known ones', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { entities: [{ name: 'Seoul', aliases: ['Seoul', '서울'] }] }, context);
    expect(fixed.entities.find((e) => e.id === 'seoul')?.aliases).toEqual(['Seoul', '서울']);
  });

  test('removes a false entity with its mentions and the speaker of its quotes', () => {
    const fixed = applyOverrides(seoulTalks.extraction, { entities: [{ name: 'Vladimir Putin', remove: true }] }, context);
    expect([
      fixed.entities.map((e) => e.id),
      fixed.mentions.filter((m) => m.entityId === 'putin').length,
      fixed.quotes[0]?.speakerId,
    ]).toEqual([['moon', 'seoul'], 0, null]);
  });

  test('is an error when the named entity is not in the article', () => {
    expect(() => applyOverrides(seoulTalks.extraction, { entities: [{ name: 'Tokyo', remove: true }] }, context)).toThrow(
      'Override in article "seoul-talks": entity "Tokyo" matches no entity of the article',
    );
  });

  test('lets a quote override name a speaker by an alias added in the same frontmatter', () => {
    const fixed = applyOverrides(
      seoulTalks.extraction,
      { entities: [{ name: 'Moon Jae-in', aliases: ['President Moon'] }], quotes: [{ match: 'Energy ties', speaker: 'President Moon' }] },
      context,
    );
    expect(energyQuote(fixed)?.speakerId).toBe('moon');
  });
});

/** An invented match report where the club is also written by its nickname, which extraction took for a second entity. */
const derbyText = ['Harbour City beat Eastfield 2-0 on Saturday.', '"We were ready," the Gulls said in a statement after the Gulls won again.'];
const derbyDay: SiteArticle = {
  slug: 'derby-day',
  title: 'Harbour City win the derby',
  date: '2024-04-06',
  dateline: [],
  paragraphs: derbyText,
  captionText: null,
  extraction: extraction({
    entities: [
      entity('harbour-city', 'Harbour City', 'organization'),
      entity('eastfield', 'Eastfield', 'organization'),
      { ...entity('gulls', 'Gulls', 'organization'), aliases: ['Gulls', 'the Gulls'], mentions: 2, roles: ['club'] },
    ],
    mentions: [
      mention('harbour-city', derbyText[0] as string, 'Harbour City', { paragraph: 0 }),
      mention('eastfield', derbyText[0] as string, 'Eastfield', { paragraph: 0 }),
      mention('gulls', derbyText[1] as string, 'the Gulls', { paragraph: 1 }),
      mention('gulls', derbyText[1] as string, 'the Gulls', { paragraph: 1, occurrence: 1 }),
    ],
    quotes: [quote(derbyText[1] as string, '"We were ready,"', { paragraph: 1, cue: 'said', speaker: 'Gulls', speakerId: 'gulls', rule: 'quote-name-verb', confidence: 0.9 })],
  }),
};
const derbyContext = { article: 'derby-day', entityList };
const nicknameOverride = { entities: [{ name: 'Harbour City', aliases: ['Gulls'] }] };

describe('an entity override whose alias names another entity of the article', () => {
  test('merges that entity into the named one: one entity, with both sets of written forms and roles', () => {
    const fixed = applyOverrides(derbyDay.extraction, nicknameOverride, derbyContext);
    expect(fixed.entities.map(({ id, aliases, mentions, roles }) => ({ id, aliases, mentions, roles }))).toEqual([
      { id: 'harbour-city', aliases: ['Harbour City', 'Gulls', 'the Gulls'], mentions: 3, roles: ['club'] },
      { id: 'eastfield', aliases: ['Eastfield'], mentions: 1, roles: [] },
    ]);
  });

  test("moves the aliased entity's mentions to the named entity", () => {
    const fixed = applyOverrides(derbyDay.extraction, nicknameOverride, derbyContext);
    expect(fixed.mentions.map((m) => [m.entityId, m.text])).toEqual([
      ['harbour-city', 'Harbour City'],
      ['eastfield', 'Eastfield'],
      ['harbour-city', 'the Gulls'],
      ['harbour-city', 'the Gulls'],
    ]);
  });

  test("gives the aliased entity's quotes to the named entity", () => {
    const fixed = applyOverrides(derbyDay.extraction, nicknameOverride, derbyContext);
    expect(fixed.quotes.map((q) => [q.speaker, q.speakerId])).toEqual([['Harbour City', 'harbour-city']]);
  });

  test('matches the other entity by any of its written forms, regardless of case', () => {
    const fixed = applyOverrides(derbyDay.extraction, { entities: [{ name: 'Harbour City', aliases: ['THE GULLS'] }] }, derbyContext);
    expect(fixed.entities.map((e) => e.id)).toEqual(['harbour-city', 'eastfield']);
  });

  test('does not change the extraction it was given', () => {
    applyOverrides(derbyDay.extraction, nicknameOverride, derbyContext);
    const [club] = derbyDay.extraction.entities;
    expect([
      derbyDay.extraction.entities.length,
      club?.aliases,
      club?.roles,
      club?.mentions,
      derbyDay.extraction.mentions[2]?.entityId,
      derbyDay.extraction.quotes[0]?.speakerId,
    ]).toEqual([3, ['Harbour City'], [], 1, 'gulls', 'gulls']);
  });

  test('is an error when the alias names an entity-list entry, which only the entity list may merge', () => {
    expect(() => applyOverrides(seoulTalks.extraction, { entities: [{ name: 'Seoul', aliases: ['Moon'] }] }, context)).toThrow(
      'Override in article "seoul-talks": an alias of "Seoul" names "Moon Jae-in", which is entity-list entry "moon-jae-in"; merge the two in content/entities/ instead',
    );
  });

  test('leaves the site graph one entity page for the two, with every mention on it', () => {
    const fixed = { ...derbyDay, extraction: applyOverrides(derbyDay.extraction, nicknameOverride, derbyContext) };
    const graph = buildSiteGraph([fixed], entityList);
    expect(graph.entities.map((e) => e.slug).sort()).toEqual(['eastfield', 'harbour-city']);
    expect(() => assertConservation(graph, [fixed])).not.toThrow();
  });
});
