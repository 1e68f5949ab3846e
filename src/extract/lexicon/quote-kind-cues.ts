/**
 * Words that tell a quote that reports speech from quote marks that name
 * something (a film, a nickname, a cover name). Read by the kind classifier.
 */

/** Phrases right before a quote that make it a name, not words spoken: `known as 'Gaz'`. */
export const NAMING_CUES: readonly (readonly string[])[] = [
  ['known', 'as'],
  ['also', 'known', 'as'],
  ['dubbed'],
  ['nicknamed'],
  ['codenamed'],
  ['code-named'],
  ['so-called'],
  ['titled'],
  ['entitled'],
  ['named'],
  ['heralded', 'as'],
  ['hailed', 'as'],
  ['billed', 'as'],
  ['regarded', 'as'],
  ['referred', 'to', 'as'],
  ['remembered', 'as'],
  ['went', 'by'],
  ['goes', 'by'],
  ['the', 'name'],
];

/** Determiners skipped between a naming cue and the quote: `hailed as the "…"`. */
export const NAMING_CUE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Nouns for works and shows; a Title Case quote next to one is a title: `the "Barbie" premiere`. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'series', 'show', 'shows', 'book', 'books', 'novel', 'novels', 'album',
  'albums', 'song', 'songs', 'single', 'play', 'plays', 'musical', 'documentary', 'episode', 'season', 'sitcom',
  'premiere', 'premieres', 'trailer', 'sequel', 'franchise', 'actor', 'actress', 'actors', 'star', 'stars',
  'cast', 'director', 'author', 'podcast', 'programme', 'program', 'game', 'video', 'poem', 'painting', 'exhibition',
  'report', 'campaign', 'operation', 'act', 'bill', 'law', 'plan', 'project', 'initiative', 'brand', 'app',
]);

/** Short words that stay lower case in a Title Case name: `Father of the Bride`. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'de', 'la', 'le', 'von', 'van', 'du', 'del', 'da',
]);

/** A Title Case quote longer than this many words is taken as speech, not a name. */
export const MAX_TITLE_WORDS = 6;

/** A quote that makes up a whole paragraph with at most this many words and no end punctuation is a heading. */
export const MAX_HEADING_WORDS = 5;

/** Words joining a quote to a previous name quote, so it is a name too: `'Gaz', 'Matt' and 'Kelly'`. */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', '/']);
