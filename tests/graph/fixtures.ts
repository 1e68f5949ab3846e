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
    mentions: [
      mention('putin', seoulText[0] as string, 'Vladimir Putin'),
      mention('moon', seoulText[0] as string, 'Moon Jae-in'),
      mention('seoul', seoulText[0] as string, 'Seoul'),
      mention('putin', seoulText[1] as string, 'Putin', { paragraph: 1 }),
      mention('moon', seoulText[1] as string, 'Moon', { paragraph: 1 }),
    ],
    quotes: [
      quote(seoulText[1] as string, '"We agreed on gas,"', {
        paragraph: 1,
        speaker: 'Vladimir Putin',
        speakerId: 'putin',
        cue: 'said',
        rule: 'quote-name-verb',
        confidence: 0.95,
      }),
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
    mentions: [
      mention('putin', gasText[0] as string, 'Putin'),
      mention('novak', gasText[1] as string, 'Alexander Novak', { paragraph: 1 }),
      mention('putin', gasText[1] as string, 'Putin', { paragraph: 1 }),
    ],
    quotes: [
      quote(gasText[1] as string, '"It is a good day,"', {
        paragraph: 1,
        speaker: 'Alexander Novak',
        speakerId: 'novak',
        cue: 'said',
        rule: 'quote-verb-name',
        confidence: 0.7,
      }),
    ],
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
