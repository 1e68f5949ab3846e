import type { EntityListEntry, Statement } from '../../src/extract/types.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { entity, extraction, find, mention, quote } from '../render/spans.ts';

/** Hand-written articles sharing speakers and entities, one listed entity, non-ASCII names. */

export const entityList: EntityListEntry[] = [
  {
    id: 'moon-jae-in',
    name: 'Moon Jae-in',
    kind: 'person',
    aliases: ['Moon', '문재인'],
    description: 'President of South Korea',
    wikidata: 'Q21001',
  },
];

const putin = entity('putin', 'Vladimir Putin', 'person');
const moon = { ...entity('moon', 'Moon Jae-in', 'person'), listId: 'moon-jae-in', aliases: ['Moon Jae-in', 'Moon'] };
const seoul = entity('seoul', 'Seoul', 'place');
const novak = entity('novak', 'Alexander Novak', 'person');

/** Body mentions as [entity id, paragraph, surface text]; offsets are found in that paragraph. */
function bodyMentions(paragraphs: string[], rows: [string, number, string][]) {
  return rows.map(([entityId, paragraph, surface]) => mention(entityId, paragraphs[paragraph] as string, surface, { paragraph }));
}

/** A quote with a 'said' cue attributed to a named speaker by the given rule. */
function saidBy(paragraphs: string[], paragraph: number, marked: string, speaker: string, speakerId: string, rule: string, confidence: number) {
  return quote(paragraphs[paragraph] as string, marked, { paragraph, speaker, speakerId, cue: 'said', rule, confidence });
}

const seoulText = [
  'Vladimir Putin met Moon Jae-in in Seoul on Monday.',
  '"We agreed on gas," Putin said. Mr. Moon nodded.',
  'The "Power of Siberia" pipeline was discussed. "Energy ties will grow," an official said.',
];

export const seoulTalks: SiteArticle = {
  slug: 'seoul-talks',
  title: 'Moon and Putin meet in Seoul',
  date: '2024-03-02',
  dateline: ['Seoul'],
  paragraphs: seoulText,
  captionText: null,
  extraction: extraction({
    entities: [{ ...putin, aliases: ['Vladimir Putin', 'Putin'] }, moon, seoul],
    mentions: bodyMentions(seoulText, [
      ['putin', 0, 'Vladimir Putin'],
      ['moon', 0, 'Moon Jae-in'],
      ['seoul', 0, 'Seoul'],
      ['putin', 1, 'Putin'],
      ['moon', 1, 'Moon'],
    ]),
    quotes: [
      saidBy(seoulText, 1, '"We agreed on gas,"', 'Vladimir Putin', 'putin', 'quote-name-verb', 0.95),
      quote(seoulText[2] as string, '"Power of Siberia"', { paragraph: 2, kind: 'not-speech' }),
      quote(seoulText[2] as string, '"Energy ties will grow,"', { paragraph: 2, cue: 'said', confidence: 0.3, speaker: 'an official' }),
    ],
  }),
};

const gasText = ['Putin said the deal was fair.', '"It is a good day," said Alexander Novak, with Putin nearby.'];

const putinStatement: Statement = {
  speaker: 'Vladimir Putin',
  speakerId: 'putin',
  cue: 'said',
  text: 'the deal was fair',
  block: 'body',
  paragraph: 0,
  ...find(gasText[0] as string, 'the deal was fair'),
};

export const gasDeal: SiteArticle = {
  slug: 'gas-deal',
  title: 'Gas deal signed',
  date: '2024-03-05',
  dateline: [],
  paragraphs: gasText,
  captionText: null,
  extraction: extraction({
    entities: [putin, novak],
    mentions: bodyMentions(gasText, [
      ['putin', 0, 'Putin'],
      ['novak', 1, 'Alexander Novak'],
      ['putin', 1, 'Putin'],
    ]),
    quotes: [saidBy(gasText, 1, '"It is a good day,"', 'Alexander Novak', 'novak', 'quote-verb-name', 0.7)],
    statements: [putinStatement],
  }),
};

const lodzText = ['Thomas Müller visited Łódź.'];

export const lodzVisit: SiteArticle = {
  slug: 'lodz-visit',
  title: 'Müller in Łódź',
  dateline: [],
  paragraphs: lodzText,
  captionText: null,
  extraction: extraction({
    entities: [entity('muller', 'Thomas Müller', 'person'), entity('lodz', 'Łódź', 'place')],
    mentions: [mention('muller', lodzText[0] as string, 'Thomas Müller'), mention('lodz', lodzText[0] as string, 'Łódź')],
  }),
};

export const allArticles: SiteArticle[] = [seoulTalks, gasDeal, lodzVisit];
