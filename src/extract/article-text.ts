import type { Code, Heading, Nodes, Paragraph, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
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
 * A block a reader sees as one run of text. The body "paragraphs" of
 * extraction results (`paragraph: n`, the page's `#p-n`) are these blocks, in
 * document order, wherever they sit: inside block quotes and list items too.
 * The parser has no GFM, so there are no tables: a pipe table is a paragraph.
 */
export type TextBlock = Paragraph | Heading | Code;

/** A text block and where it sits, so the renderer can replace it in its parent. */
export interface TextBlockPlace {
  node: TextBlock;
  parent: Parent;
  index: number;
}

function isTextBlock(node: Nodes): node is TextBlock {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'code';
}

/**
 * Every text block of the tree in document order. Anything else a reader
 * sees no text in (block HTML, which the renderer drops; thematic breaks;
 * link definitions) is skipped; containers are entered. Iterative, so deeply
 * nested block quotes cannot exhaust the stack.
 */
export function textBlocksOf(tree: Root): TextBlockPlace[] {
  const places: TextBlockPlace[] = [];
  const pending: { parent: Parent; index: number }[] = [{ parent: tree, index: 0 }];
  while (pending.length > 0) {
    const top = pending[pending.length - 1] as { parent: Parent; index: number };
    const node = top.parent.children[top.index] as Nodes | undefined;
    if (node === undefined) {
      pending.pop();
      continue;
    }
    const place = { parent: top.parent, index: top.index };
    top.index += 1;
    if (isTextBlock(node)) places.push({ node, ...place });
    else if ('children' in node) pending.push({ parent: node, index: 0 });
  }
  return places;
}

/**
 * The text a reader sees in a node, character for character as the rendered
 * HTML's text: image alt text is left out (a reader sees the image, and the
 * renderer has no text to anchor a quote in), inline HTML counts as the
 * literal text the renderer shows, and a hard line break counts as the
 * newline the HTML writes after its `<br>`.
 */
export function visibleText(node: Nodes): string {
  switch (node.type) {
    case 'image':
    case 'imageReference':
      return '';
    case 'break':
      return '\n';
    default:
      if ('value' in node) return node.value;
      if ('children' in node) return node.children.map((child) => visibleText(child)).join('');
      return '';
  }
}

/**
 * Body text blocks as plain text, one per text block (see `TextBlock`).
 * Offsets in extraction results index into these strings, so the page
 * renderer finds them again through `textBlocksOf` and `visibleText`.
 */
export function paragraphsOf(tree: Root): string[] {
  return textBlocksOf(tree).map(({ node }) => visibleText(node));
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
