import type { ArticleRef, GraphQuote, SiteEntity, SiteGraph, Speaker } from '../../src/graph/types.ts';

/** A small site graph written by hand: two articles, a speaker with two quotes, an unattributed quote. */
export const HARBOUR: ArticleRef = { slug: 'harbour-deal', title: 'Harbour deal signed in Tromsø', headline: 'Harbour deal signed in Tromsø', headlineDerived: false, date: '2026-03-02' };
export const FERRY: ArticleRef = { slug: 'ferry-strike', title: 'Ferry strike ends', headline: 'Ferry strike ends', headlineDerived: false, date: '2026-02-10' };

export function fixtureQuote(article: ArticleRef, paragraph: number, text: string, speaker: { slug: string; name: string } | null): GraphQuote {
  return {
    article,
    block: 'body',
    paragraph,
    anchor: `p-${paragraph}`,
    start: 0,
    end: text.length,
    id: `q-${paragraph}`,
    quoteAnchor: `q-${paragraph}-0`,
    text,
    kind: 'direct',
    cue: 'said',
    rule: null,
    confidence: speaker === null ? 0.3 : 0.9,
    lowConfidence: speaker === null,
    editorConfirmed: false,
    speakerSlug: speaker?.slug ?? null,
    speakerName: speaker?.name ?? null,
    candidateSpeaker: null,
    candidateSlug: null,
    context: { sentence: text, start: 0, end: text.length },
  };
}

const ANNA = { slug: 'anna-lind', name: 'Anna Lind' };

export const ANNA_HARBOUR = fixtureQuote(HARBOUR, 2, 'Ten years of certain work for the northern ports.', ANNA);
export const ANNA_FERRY = fixtureQuote(FERRY, 1, 'The ferries sail again on Monday.', ANNA);
export const NOBODY = fixtureQuote(HARBOUR, 4, 'Certain ports will wait.', null);

function entity(slug: string, name: string, kind: SiteEntity['kind'], extra: Partial<SiteEntity> = {}): SiteEntity {
  return {
    key: `${kind}:${name}`,
    slug,
    name,
    kind,
    aliases: [name],
    roles: [],
    affiliations: [],
    mentionCount: 1,
    articleCount: 1,
    mentions: [],
    related: [],
    relatedCount: 0,
    datelines: [],
    speaks: false,
    ...extra,
  };
}

export function fixtureGraph(): SiteGraph {
  const speaker: Speaker = {
    slug: ANNA.slug,
    name: ANNA.name,
    kind: 'person',
    quoteCount: 2,
    // Newest article first, as the graph orders them.
    articles: [
      { article: HARBOUR, quotes: [ANNA_HARBOUR] },
      { article: FERRY, quotes: [ANNA_FERRY] },
    ],
    statements: [],
  };
  const entities = [
    entity('anna-lind', 'Anna Lind', 'person', { aliases: ['Anna Lind', 'Lind'], description: 'Port minister.', speaks: true }),
    entity('tromsø', 'Tromsø', 'place'),
  ];
  return {
    articles: [HARBOUR, FERRY],
    entities,
    speakers: [speaker],
    entityBySlug: new Map(entities.map((e) => [e.slug, e])),
    speakerBySlug: new Map([[speaker.slug, speaker]]),
    unattributed: [NOBODY],
    unattributedStatements: [],
    slugByArticleEntity: {},
  };
}
