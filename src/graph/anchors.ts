import type { Block, Quote } from '../extract/types.ts';

/**
 * The fragment ids an article page gives its blocks and quotes. The renderer
 * writes them and the site graph links to them, so both import them from
 * here: the graph's side, because the renderer already reads the graph's
 * types and the graph must never import the renderer (tests/architecture).
 */

/** Title and caption are single blocks; the page author puts these ids on their elements. */
export const TITLE_ANCHOR = 'article-title';
export const CAPTION_ANCHOR = 'article-caption';

// One string per paragraph number: the site graph keeps an anchor for every
// mention, quote and statement of every article.
const paragraphAnchors: string[] = [];

/** `p-3` for the fourth body paragraph. */
export function paragraphAnchor(block: Block, paragraph: number): string {
  if (block === 'title') return TITLE_ANCHOR;
  if (block === 'caption') return CAPTION_ANCHOR;
  if (!Number.isSafeInteger(paragraph) || paragraph < 0 || paragraph > MEMO_PARAGRAPHS) return `p-${paragraph}`;
  return (paragraphAnchors[paragraph] ??= `p-${paragraph}`);
}

/** Paragraph numbers past this get a fresh string each time, so a corrupt number cannot grow the memo without bound. */
const MEMO_PARAGRAPHS = 10_000;

// The engine promises `q-...` ids; anything else (or anything a browser or the
// sanitizer could choke on) is replaced by an id built from the location.
const SAFE_QUOTE_ID = /^q-[A-Za-z0-9_-]+$/;

/** The element id of a quote in its article page. */
export function quoteAnchor(quote: Pick<Quote, 'id' | 'block' | 'paragraph' | 'start'>): string {
  if (SAFE_QUOTE_ID.test(quote.id)) return quote.id;
  return `q-${quote.block}-${quote.paragraph}-${quote.start}`;
}
