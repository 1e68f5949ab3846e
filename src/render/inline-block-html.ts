import type { Block } from '../extract/types.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { unlinkedIn } from './link-once.ts';
import { renderInline, type BodyLinks } from './render-article-body.ts';

/**
 * A title or caption as annotated inline HTML, with only that block's spans;
 * null when the article has none. A headline links no entity, and a caption
 * every entity at its first mention (see link-once.ts).
 */
export function inlineBlockHtml(
  text: string | null,
  block: Exclude<Block, 'body'>,
  extraction: SiteExtraction,
  links: BodyLinks,
): string | null {
  if (text === null) return null;
  const mentions = extraction.mentions.filter((mention) => mention.block === block);
  const quotes = extraction.quotes.filter((quote) => quote.block === block);
  return renderInline(text, mentions, quotes, links, unlinkedIn(extraction.mentions, block));
}
