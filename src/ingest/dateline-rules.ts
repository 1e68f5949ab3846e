/**
 * Dateline forms that open the first paragraph of a story, as data. Each
 * pattern captures the place part in a `places` group (several places are
 * joined by `/`); `placeTest` says how sure the form itself is that the
 * captured words are places:
 *
 * - `any`: the form is unmistakable (an agency in brackets before a dash);
 * - `caps-or-known`: each place must be in capitals or a place the gazetteer knows (country, capital, state, city, region);
 * - `several`: `A/B:` — each part must be a capitalized name that is not a label.
 *
 * Forms that could be a sentence (`Update: ...`, `Note: ...`) never pass
 * `caps-or-known` because those words are not places; `LABEL_WORDS` stops
 * the capitalized labels (`UPDATE:`, `WATCH:`) that would pass by case alone.
 */
export type PlaceTest = 'any' | 'caps-or-known' | 'several';

export interface DatelineRule {
  name: string;
  pattern: RegExp;
  placeTest: PlaceTest;
  example: string;
}

const WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
const JOINER = '(?:de|del|la|le|el|al|of|upon|on|am|an|der)';
const PLACE = `${WORD}(?:[ -](?:${WORD}|${JOINER}(?= ${WORD})))*`;
const PLACES = `(?<places>${PLACE}(?:\\s*/\\s*${PLACE})*)`;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** `, Ill.` or `, Puerto Rico` after a city; never a month, which starts the date. */
const QUALIFIER = `(?<qualifier>,\\s*(?!${MONTH}\\s+\\d)${WORD}(?: ${WORD})?)?`;
const DATE = `(?:,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?`;
const AGENCY = '\\((?:\\p{Lu}[\\p{L}.&\\-]*)(?:\\s+\\p{Lu}[\\p{L}.&\\-]*){0,2}\\)';
const DASH = '\\s*(?:--|[-—–])\\s+';
const COLON = '\\s*:\\s+';

function rule(name: string, source: string, placeTest: PlaceTest, example: string): DatelineRule {
  return { name, pattern: new RegExp(`^${source}`, 'u'), placeTest, example };
}

export const DATELINE_RULES: readonly DatelineRule[] = [
  rule('agency-dash', `${PLACES}${QUALIFIER}${DATE}\\s*${AGENCY}${DASH}`, 'any', 'NEW YORK, June 3 (AP) — '),
  rule('place-dash', `${PLACES}${QUALIFIER}${DATE}${DASH}`, 'caps-or-known', 'WASHINGTON — '),
  rule('places-colon', `${PLACES}${DATE}${COLON}`, 'several', 'Moscow/Xiamen: '),
  rule('place-colon', `${PLACES}${DATE}${COLON}`, 'caps-or-known', 'Moscow: '),
];

/** Capitalized words that open a paragraph with a colon but name no place. */
export const LABEL_WORDS: ReadonlySet<string> = new Set(
  [
    'update', 'updated', 'note', "editor's note", 'editor’s note', 'video', 'watch', 'breaking', 'breaking news',
    'exclusive', 'analysis', 'opinion', 'comment', 'correction', 'clarification', 'live', 'photo', 'photos',
    'warning', 'listen', 'read', 'related', 'source', 'sources', 'background', 'context', 'explainer', 'factbox',
    'q', 'a', 'question', 'answer', 'summary', 'highlights', 'key points', 'disclaimer', 'advertisement',
    'sponsored', 'review', 'interview', 'poll', 'timeline', 'fact check', 'verdict', 'bottom line', 'why', 'what',
    'how', 'who', 'when', 'where', 'also', 'plus', 'ps', 'nb', 'tip', 'reminder', 'today', 'tonight', 'yesterday',
    'tomorrow', 'step', 'part', 'chapter', 'episode', 'image', 'picture', 'credit', 'caption', 'by', 'from', 'to',
    'subject', 're', 'and', 'or', 'yes', 'no', 'lol', 'tl;dr', 'faq', 'ap', 'afp', 'cnn', 'bbc',
  ],
);
