/**
 * A title-like line right above a line that describes an image is either the
 * picture's own title ("CDC outbreak map July 30" over "An updated map of the
 * outbreak as of July 30 …") or the story's headline over its photo caption
 * ("Harbour strike ends" over "A photo of striking crews at the quay"). A
 * picture's title names what its caption describes, so most of its words are
 * in the caption; a headline says what happened and mostly is not.
 */

/** Short words that say nothing about the subject. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'its', 'his', 'her', 'their', 'after', 'over', 'into', 'new',
]);
/** Share of the title's subject words the caption must contain. */
const SHARED_SHARE = 0.6;
/** `update` matches `updated`: a word matches a caption word it is a prefix of, when this long. */
const MIN_PREFIX = 4;

function subjectWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));
}

/** Whether `title` reads as the title of the picture `caption` describes, rather than a headline. */
export function titlesThePicture(title: string, caption: string): boolean {
  const words = subjectWords(title);
  if (words.length === 0) return false;
  const captionWords = new Set(subjectWords(caption));
  const inCaption = (word: string): boolean =>
    captionWords.has(word) || (word.length >= MIN_PREFIX && [...captionWords].some((other) => other.startsWith(word)));
  return words.filter(inCaption).length >= SHARED_SHARE * words.length;
}
