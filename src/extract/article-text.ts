import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { ArticleText } from './types.ts';

/** The article fields that come from frontmatter rather than the markdown body. */
export interface ArticleHead {
  title: string | null;
  caption: string | null;
  dateline: string[];
  /** The noise lines ingest removed (frontmatter `removed`). */
  removed?: readonly string[];
}

/**
 * Body paragraphs as plain text, one per top-level mdast paragraph. Offsets in
 * extraction results index into these strings, so the page renderer must use
 * the same function to find them again.
 */
export function paragraphsOf(tree: Root): string[] {
  const paragraphs: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph') paragraphs.push(toString(node));
  }
  return paragraphs;
}

export function articleTextFromMarkdown(head: ArticleHead, body: string): ArticleText {
  return {
    title: head.title,
    caption: head.caption,
    dateline: head.dateline,
    paragraphs: paragraphsOf(fromMarkdown(body)),
    furniture: head.removed ?? [],
  };
}
