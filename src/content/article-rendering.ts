import type { Root } from 'mdast';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { inlineBlockHtml } from '../render/inline-block-html.ts';
import { hasHoleMark, renderWithHoles, type LinkedHtml } from '../render/linked-html.ts';
import { renderBodyTree } from '../render/render-article-body.ts';
import type { RenderedArticle } from './rendered-articles.ts';

/**
 * An article's title, caption and body rendered once by the articles loader,
 * with link holes the article page fills (src/render/linked-html.ts). Null
 * where there is nothing to render ahead: no title or caption, or a text
 * that holds a hole mark itself, which the page renders from the entry as
 * before.
 */
export type ArticleRendering = Omit<RenderedArticle, 'extraction' | 'paragraphs' | 'markdown'>;

/**
 * Renders the article ahead of its page. `tree` is the parsed body the
 * loader read the text blocks from; it is annotated in place, so this is the
 * last use of it.
 */
export function renderArticleAhead(head: { title: string | null; caption: string | null }, tree: Root, extraction: SiteExtraction): ArticleRendering {
  const inline = (text: string | null, block: 'title' | 'caption'): LinkedHtml | null =>
    text === null || hasHoleMark(text) ? null : renderWithHoles((links) => inlineBlockHtml(text, block, extraction, links) as string);
  return {
    title: inline(head.title, 'title'),
    caption: inline(head.caption, 'caption'),
    body: treeHasHoleMark(tree) ? null : renderWithHoles((links) => renderBodyTree(tree, extraction, links)),
  };
}

/**
 * Whether any text, URL, title or other string of the tree holds a hole
 * mark (an entry can write one as a character reference, so the source
 * alone does not tell). A walk with its own stack: block quotes nest deep.
 */
function treeHasHoleMark(tree: Root): boolean {
  const pending: unknown[] = [tree];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (hasHoleMark(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) if (key !== 'position') pending.push(item);
    }
  }
  return false;
}
