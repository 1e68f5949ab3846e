/**
 * How long a front-page standfirst or a feed summary may run, in UTF-16 code
 * units. They copy an article's opening, and a run-on opening can be tens of
 * kilobytes long; cut at this length they still read as a sentence or two.
 */
export const SUMMARY_LIMIT = 300;

const ELLIPSIS = '…';
// Punctuation that would dangle before the ellipsis ("said,…").
const DANGLING = /[\s,;:\u2013\u2014-]+$/u;

/**
 * `text` unchanged when it fits in `limit` code units; otherwise cut at the
 * last whitespace within the limit, with trailing separators dropped and `…`
 * added, so the result has at most `limit + 1` code units. A first word
 * longer than the limit is cut inside, never between the two halves of a
 * surrogate pair.
 */
export function clipAtWord(text: string, limit = SUMMARY_LIMIT): string {
  if (text.length <= limit) return text;
  let space = limit;
  while (space > 0 && !/\s/u.test(text[space] as string)) space -= 1;
  const atWord = text.slice(0, space).replace(DANGLING, '');
  if (atWord !== '') return atWord + ELLIPSIS;
  const inWord = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, inWord) + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
