import { describe, expect, test } from 'vitest';
import { applyOverrides } from '../../src/graph/apply-overrides.ts';
import { buildSiteGraph } from '../../src/graph/build-site-graph.ts';
import { assertConservation } from '../../src/graph/conservation.ts';
import { entityList, gasDeal, seoulTalks } from './fixtures.ts';

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
