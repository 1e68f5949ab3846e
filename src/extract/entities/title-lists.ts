/**
 * Lists of titles laid out one per line after a lead such as `The setlist:`.
 * Each line is a song or a track, not a person, so only names known from the
 * gazetteer or list count on those lines.
 */
import type { BlockText } from './blocks.ts';
import { wordTokensUpTo } from './page-labels.ts';

/** A body line ending in a colon that announces a list of works. */
const TITLE_LIST_LEAD = /\b(?:set ?list|track ?list|tracklisting|running order|songs|tracks)\b[^.!?]*:\s*$/i;
/** List lines are short and hold no sentence: `Paper Crowns (reprise)`. */
const LONGEST_TITLE_WORDS = 8;

function isTitleLine(block: BlockText): boolean {
  if (block.block !== 'body') return false;
  const words = wordTokensUpTo(block.tokens, LONGEST_TITLE_WORDS);
  return words > 0 && words <= LONGEST_TITLE_WORDS && !/[.!?;:,]/.test(block.text);
}

/** The blocks that are items of a title list, in one pass over the article. */
export function titleListLines(blocks: readonly BlockText[]): Set<BlockText> {
  const lines = new Set<BlockText>();
  let open = false;
  for (const block of blocks) {
    if (open && isTitleLine(block)) {
      lines.add(block);
      continue;
    }
    // A lead ends in a colon: the expression runs only on such a line.
    open = block.block === 'body' && block.text.trimEnd().endsWith(':') && TITLE_LIST_LEAD.test(block.text);
  }
  return lines;
}
