import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/build-site-graph.ts';
import { assertConservation } from '../../src/graph/conservation.ts';
import type { SiteGraph } from '../../src/graph/types.ts';
import { entity, extraction, quote } from '../render/spans.ts';
import { allArticles, entityList, gasDeal, lodzVisit, seoulTalks } from './fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);
const entityBySlug = (slug: string) => graph.entities.find((e) => e.slug === slug);
const speakerBySlug = (slug: string) => graph.speakers.find((s) => s.slug === slug);

describe('articles', () => {
  test('orders articles newest first, undated last', () => {
    expect(graph.articles.map((a) => a.slug)).toEqual(['gas-deal', 'seoul-talks', 'lodz-visit']);
  });

  test('gives the same graph whatever the input order', () => {
    expect(buildSiteGraph([...allArticles].reverse(), entityList)).toEqual(graph);
  });
});

describe('article refs', () => {
  test('every mention, quote, quote group and dateline of an article holds the one ref graph.articles lists', () => {
    const refsOf = (slug: string) =>
      new Set(
        [
          ...graph.articles,
          ...graph.entities.flatMap((e) => [...e.mentions.map((m) => m.article), ...e.datelines]),
          ...graph.speakers.flatMap((s) => [...s.articles.flatMap((group) => [group.article, ...group.quotes.map((q) => q.article)]), ...s.statements.map((st) => st.article)]),
          ...graph.unattributed.map((q) => q.article),
        ].filter((ref) => ref.slug === slug),
      );
    expect([refsOf('seoul-talks').size, refsOf('gas-deal').size, refsOf('lodz-visit').size]).toEqual([1, 1, 1]);
  });
});

describe('entities', () => {
  test('lists every mentioned entity alphabetically with its slug', () => {
    expect(graph.entities.map((e) => [e.name, e.slug, e.kind])).toEqual([
      ['Alexander Novak', 'alexander-novak', 'person'],
      ['Łódź', 'łódź', 'place'],
      ['Moon Jae-in', 'moon-jae-in', 'person'],
      ['Seoul', 'seoul', 'place'],
      ['Thomas Müller', 'thomas-müller', 'person'],
      ['Vladimir Putin', 'vladimir-putin', 'person'],
    ]);
  });

  test('unifies an entity across articles with mention and article counts', () => {
    const putin = entityBySlug('vladimir-putin');
    expect([putin?.mentionCount, putin?.articleCount]).toEqual([4, 2]);
  });

  test('unions the aliases seen in every article', () => {
    expect(entityBySlug('vladimir-putin')?.aliases).toEqual(['Putin', 'Vladimir Putin']);
  });

  test('takes name, description and wikidata id from the entity list', () => {
    const moon = entityBySlug('moon-jae-in');
    expect([moon?.key, moon?.description, moon?.wikidata]).toEqual(['list:moon-jae-in', 'President of South Korea', 'Q21001']);
  });

  test('gives each mention its sentence, offsets in it, article and paragraph anchor', () => {
    expect(entityBySlug('vladimir-putin')?.mentions[3]).toEqual({
      article: { slug: 'seoul-talks', title: 'Moon and Putin meet in Seoul', headline: 'Moon and Putin meet in Seoul', headlineDerived: false, date: '2024-03-02' },
      block: 'body',
      paragraph: 1,
      anchor: 'p-1',
      start: 20,
      end: 25,
      text: 'Putin',
      form: 'name',
      context: { sentence: '"We agreed on gas," Putin said.', start: 20, end: 25 },
    });
  });

  test('lists mentions newest article first, then in reading order', () => {
    expect(entityBySlug('vladimir-putin')?.mentions.map((m) => `${m.article.slug}#${m.anchor}@${m.start}`)).toEqual([
      'gas-deal#p-0@0',
      'gas-deal#p-1@47',
      'seoul-talks#p-0@0',
      'seoul-talks#p-1@20',
    ]);
  });

  test('keeps the sentence around a mention after Mr. whole', () => {
    expect(entityBySlug('moon-jae-in')?.mentions[1]?.context).toEqual({ sentence: 'Mr. Moon nodded.', start: 4, end: 8 });
  });

  test('lists co-mentioned entities by shared articles, then name', () => {
    expect(entityBySlug('vladimir-putin')?.related).toEqual([
      { slug: 'alexander-novak', name: 'Alexander Novak', kind: 'person', articles: 1 },
      { slug: 'moon-jae-in', name: 'Moon Jae-in', kind: 'person', articles: 1 },
      { slug: 'seoul', name: 'Seoul', kind: 'place', articles: 1 },
    ]);
  });

  test('maps each article-local entity id to its site slug', () => {
    expect(graph.slugByArticleEntity['seoul-talks']).toEqual({ putin: 'vladimir-putin', moon: 'moon-jae-in', seoul: 'seoul' });
  });

  test('refuses a mention of an entity id the article does not list', () => {
    const broken = { ...lodzVisit, extraction: { ...lodzVisit.extraction, entities: [] } };
    expect(() => buildSiteGraph([broken], [])).toThrow(
      'article "lodz-visit": a mention of "Thomas Müller" names entity id "muller", which is not among its entities',
    );
  });
});

describe('speakers', () => {
  test('lists every entity with quotes or statements, sharing the entity slug', () => {
    expect(graph.speakers.map((s) => [s.slug, s.quoteCount])).toEqual([
      ['alexander-novak', 1],
      ['vladimir-putin', 1],
    ]);
  });

  test('groups a speaker quotes by article with kind, cue, confidence and anchor', () => {
    expect(speakerBySlug('vladimir-putin')?.articles).toEqual([
      {
        article: { slug: 'seoul-talks', title: 'Moon and Putin meet in Seoul', headline: 'Moon and Putin meet in Seoul', headlineDerived: false, date: '2024-03-02' },
        quotes: [
          {
            article: { slug: 'seoul-talks', title: 'Moon and Putin meet in Seoul', headline: 'Moon and Putin meet in Seoul', headlineDerived: false, date: '2024-03-02' },
            block: 'body',
            paragraph: 1,
            anchor: 'p-1',
            start: 0,
            end: 19,
            id: 'q-1-0',
            quoteAnchor: 'q-1-0',
            text: 'We agreed on gas',
            kind: 'direct',
            cue: 'said',
            rule: 'quote-name-verb',
            confidence: 0.95,
            lowConfidence: false,
            editorConfirmed: false,
            speakerSlug: 'vladimir-putin',
            speakerName: 'Vladimir Putin',
            candidateSpeaker: null,
            candidateSlug: null,
            context: { sentence: '"We agreed on gas," Putin said.', start: 0, end: 19 },
          },
        ],
      },
    ]);
  });

  test('flags a quote below 0.8 confidence', () => {
    expect(speakerBySlug('alexander-novak')?.articles[0]?.quotes[0]?.lowConfidence).toBe(true);
  });

  test('keeps reported statements in their own list', () => {
    expect(speakerBySlug('vladimir-putin')?.statements.map((s) => [s.article.slug, s.cue, s.text, s.context.sentence])).toEqual([
      ['gas-deal', 'said', 'the deal was fair', 'Putin said the deal was fair.'],
    ]);
  });

  test('orders a speaker articles newest first', () => {
    const later = {
      ...gasDeal,
      extraction: {
        ...gasDeal.extraction,
        quotes: [{ ...(gasDeal.extraction.quotes[0] as (typeof gasDeal.extraction.quotes)[0]), speaker: 'Vladimir Putin', speakerId: 'putin' }],
      },
    };
    const speaker = buildSiteGraph([seoulTalks, later], entityList).speakers.find((s) => s.slug === 'vladimir-putin');
    expect(speaker?.articles.map((group) => group.article.slug)).toEqual(['gas-deal', 'seoul-talks']);
  });

  test('gives a speaker the extraction did not list as an entity a page of its own', () => {
    const text = '"Fine," said Ana.';
    const article = {
      ...lodzVisit,
      paragraphs: [text],
      extraction: extraction({ quotes: [quote(text, '"Fine,"', { speaker: 'Ana', speakerId: 'ana', confidence: 0.9 })] }),
    };
    const built = buildSiteGraph([article], []);
    expect([built.speakers[0]?.slug, built.entities[0]?.slug, built.entities[0]?.mentionCount]).toEqual(['ana', 'ana', 0]);
  });
});

describe('entity and speaker lookups', () => {
  test('finds each entity by its slug', () => {
    expect([...graph.entityBySlug].map(([slug, found]) => [slug, found.name])).toEqual(graph.entities.map((e) => [e.slug, e.name]));
  });

  test('finds each speaker by its slug', () => {
    expect([...graph.speakerBySlug].map(([slug, found]) => [slug, found.name])).toEqual(graph.speakers.map((s) => [s.slug, s.name]));
  });

  test('an entity that speaks finds its speaker page under its own slug', () => {
    expect(graph.speakerBySlug.get('vladimir-putin')).toBe(speakerBySlug('vladimir-putin'));
    expect(graph.entityBySlug.get('vladimir-putin')?.speaks).toBe(true);
  });

  test('an entity that never speaks has no speaker page', () => {
    expect(graph.speakerBySlug.has('seoul')).toBe(false);
  });
});

describe('unattributed quotes', () => {
  test('lists quotes with no speaker or confidence below 0.5, with context and the guessed speaker', () => {
    expect(graph.unattributed.map((q) => [q.article.slug, q.id, q.speakerSlug, q.candidateSpeaker, q.context.sentence])).toEqual([
      ['seoul-talks', 'q-2-47', null, 'an official', '"Energy ties will grow," an official said.'],
    ]);
  });

  test('names the speaker model\'s possible speaker, with the entity page it links to', () => {
    const text = seoulTalks.paragraphs[2] as string;
    const possible = quote(text, '"Energy ties will grow,"', { paragraph: 2, cue: null, confidence: 0.8, possibleSpeaker: 'Moon Jae-in', possibleSpeakerId: 'moon' });
    const article = { ...seoulTalks, extraction: { ...seoulTalks.extraction, quotes: [possible] } };
    const found = buildSiteGraph([article], entityList).unattributed;
    expect(found.map((q) => [q.speakerSlug, q.candidateSpeaker, q.candidateSlug])).toEqual([[null, 'Moon Jae-in', 'moon-jae-in']]);
  });

  test('puts not-speech quotes nowhere', () => {
    const everywhere = [...graph.unattributed, ...graph.speakers.flatMap((s) => s.articles.flatMap((a) => a.quotes))];
    expect(everywhere.map((q) => q.id)).not.toContain('q-2-4');
  });
});

describe('assertConservation', () => {
  test('passes for a graph built from the articles', () => {
    expect(() => assertConservation(graph, allArticles)).not.toThrow();
  });

  test('names the article and quote id of a quote that went missing', () => {
    const tampered: SiteGraph = { ...graph, unattributed: [] };
    expect(() => assertConservation(tampered, allArticles)).toThrow(
      'Conservation: quote q-2-47 of article "seoul-talks" appears 0 times; it must appear exactly once, on one speaker page or the unattributed list',
    );
  });

  test('names the article of a quote that appears twice', () => {
    const [first] = graph.unattributed;
    const tampered: SiteGraph = { ...graph, unattributed: first ? [first, first] : [] };
    expect(() => assertConservation(tampered, allArticles)).toThrow('Conservation: quote q-2-47 of article "seoul-talks" appears 2 times');
  });

  test('names the article and mention missing from its entity page', () => {
    const tampered: SiteGraph = { ...graph, entities: graph.entities.filter((e) => e.slug !== 'łódź') };
    expect(() => assertConservation(tampered, allArticles)).toThrow(
      'Conservation: mention "Łódź" (body 0, 22-26) of article "lodz-visit" appears 0 times on the page of entity "łódź"; it must appear exactly once',
    );
  });
});

test('keeps two unlisted entities of one name and different kinds apart, with distinct slugs', () => {
  const text = 'Georgia met Georgia.';
  const article = {
    ...lodzVisit,
    paragraphs: [text],
    extraction: extraction({ entities: [entity('g1', 'Georgia', 'place'), entity('g2', 'Georgia', 'person')] }),
  };
  expect(buildSiteGraph([article], []).slugByArticleEntity['lodz-visit']).toEqual({ g1: 'georgia-place', g2: 'georgia' });
});
