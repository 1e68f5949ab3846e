import type { GraphQuote } from '../graph/types.ts';
import { clipAtWord } from '../graph/clip-at-word.ts';
import { countOf } from './plural.ts';

/**
 * Whether a quote's speaker is shown with an "uncertain" badge: only a named
 * speaker can be uncertain, and an editor's confirmation settles it.
 */
export function isShownAsUncertain(quote: Pick<GraphQuote, 'lowConfidence' | 'editorConfirmed' | 'speakerSlug'>): boolean {
  return quote.lowConfidence && !quote.editorConfirmed && quote.speakerSlug !== null;
}

/**
 * A quote's words for display inside marks the page adds, so a comma the
 * writer put inside the marks before "he said" is left out.
 */
export function quoteWords(text: string): string {
  return text.replace(/[,\s]+$/, '');
}

// One character that opens or closes a quotation in some house style: straight, curly, low-9, guillemets, corner brackets.
const QUOTE_MARK = /^["“”„‟‘’‚‛'«»‹›「」『』]$/u;

function markAt(text: string, index: number): string | undefined {
  const char = text[index];
  return char !== undefined && QUOTE_MARK.test(char) ? char : undefined;
}

/**
 * The marks the article itself put around a quote, so a page that shows the
 * quote outside the article shows the writer's marks, straight or curly or
 * guillemets, and not marks of its own. The extraction's span stands just
 * inside the marks; a span that holds its marks is read too. A quote that
 * runs on into the next paragraph has no closing mark in its own, and gets
 * none (an empty string).
 */
export function quoteMarks(quote: Pick<GraphQuote, 'context'>): { open: string; close: string } {
  const { sentence, start, end } = quote.context;
  const hasWords = end > start;
  const open = markAt(sentence, start - 1) ?? (hasWords ? markAt(sentence, start) : undefined) ?? '';
  const close = markAt(sentence, end) ?? (end - 1 > start ? markAt(sentence, end - 1) : undefined) ?? '';
  return { open, close };
}

/**
 * A quote as a page shows it outside the article: its words inside the
 * article's own marks. Given a `limit`, a longer quote is cut at a word
 * (never inside one) and ends in an ellipsis before the closing mark.
 */
export function displayedQuote(quote: Pick<GraphQuote, 'text' | 'context'>, limit?: number): string {
  const { open, close } = quoteMarks(quote);
  const { sentence, start, end } = quote.context;
  // Marks the span itself holds are in the text too; they are shown once, as `open` and `close`.
  let text = quote.text;
  if (open !== '' && sentence[start] === open && text.startsWith(open)) text = text.slice(open.length);
  if (close !== '' && sentence[end - 1] === close && end - 1 > start && text.endsWith(close)) text = text.slice(0, -close.length);
  const words = quoteWords(text);
  return `${open}${limit === undefined ? words : clipAtWord(words, limit - 1)}${close}`;
}

/** How much a speaker said, in counts. */
export interface SpeakerCounts {
  quotes: number;
  /** Articles the quotes are in. */
  articles: number;
  statements: number;
}

/**
 * A speaker page's one-line summary for readers: `3 quotes in 2 articles,
 * and 1 reported statement.` A count of zero is left out rather than
 * spelled out; with nothing to count there is no summary (null).
 */
export function speakerSummary({ quotes, articles, statements }: SpeakerCounts): string | null {
  const parts = [
    ...(quotes > 0 ? [`${countOf(quotes, 'quote')} in ${countOf(articles, 'article')}`] : []),
    ...(statements > 0 ? [countOf(statements, 'reported statement')] : []),
  ];
  return parts.length === 0 ? null : `${parts.join(', and ')}.`;
}
