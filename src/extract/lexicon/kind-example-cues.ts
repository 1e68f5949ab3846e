/**
 * Words that introduce quoted examples of a kind of thing, read by the kind
 * classifier: `headlines such as "…"`, `slogans like "…"`. The examples of a
 * thing printed or named are that thing's names, not anyone's words.
 */

/** Phrases that introduce examples: `such as`, `like`, `including`. */
export const EXAMPLE_INTRODUCERS: readonly (readonly string[])[] = [['such', 'as'], ['like'], ['including']];

/**
 * Nouns for words printed or given as a name, not said: `headlines such as
 * "…"`, `hashtags like "…"`. Utterance nouns (comments, remarks, statements,
 * posts, chants) are left out: their examples are someone's words.
 */
export const PRINTED_WORD_NOUNS: ReadonlySet<string> = new Set([
  'headline', 'headlines', 'slogan', 'slogans', 'banner', 'banners', 'sign', 'signs', 'placard', 'placards',
  'poster', 'posters', 'motto', 'mottos', 'mottoes', 'hashtag', 'hashtags', 'caption', 'captions', 'title', 'titles',
  'label', 'labels', 'tagline', 'taglines', 'nickname', 'nicknames', 'name', 'names', 'brand', 'brands',
]);

/** A quoted example after an introducer is this many words at most: a headline, not a paragraph. */
export const MAX_EXAMPLE_WORDS = 12;
