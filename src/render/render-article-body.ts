import type { Paragraph, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { EntityMention } from '../extract/types.ts';
import type { SiteExtraction, SiteQuoteRecord } from '../graph/site-extraction.ts';
import rehypeDropRemoteImages from './drop-remote-images.ts';
import remarkAnnotate, { type BodyLinks } from './remark-annotate.ts';
import { annotatedSchema } from './sanitize-schema.ts';
import { verbatimText } from './verbatim-text.ts';

export type { BodyLinks } from './remark-annotate.ts';

// Built once: a frozen processor is reused for every article (none of its plugins keeps state
// between runs), where building one per call cost about as much as rendering a short title.
const markdownParser = unified().use(remarkParse).freeze();
const htmlWriter = unified()
  .use(remarkRehype, { allowDangerousHtml: false, handlers: verbatimText })
  .use(rehypeSanitize, annotatedSchema)
  .use(rehypeDropRemoteImages)
  .use(rehypeStringify)
  .freeze();

/**
 * The article body as sanitized HTML: every text block (paragraph, heading,
 * code block; see `textBlocksOf`) carries `id="p-n"`, each entity is linked
 * at its first mention (unless the caption names it first), quotes are
 * marked up and a note after a block says who said them. Raw HTML in the markdown is untrusted: block HTML
 * is dropped, inline HTML is shown as literal text. Images from other hosts
 * are dropped, so nothing loads from the network.
 */
export function renderArticleBody(markdownBody: string, extraction: SiteExtraction, links: BodyLinks): string {
  return renderBodyTree(parseBody(markdownBody), extraction, links);
}

/**
 * The markdown body as the tree `renderBodyTree` takes: the same tree
 * `articleTextFromMarkdown` reads the text blocks from (remark-parse runs
 * mdast-util-from-markdown with no extensions), so the articles loader can
 * parse an entry once for both.
 */
export function parseBody(markdownBody: string): Root {
  return markdownParser.parse(markdownBody);
}

/** `renderArticleBody` over an already parsed body. The tree is annotated in place, so it cannot be rendered twice. */
export function renderBodyTree(tree: Root, extraction: SiteExtraction, links: BodyLinks): string {
  remarkAnnotate({ extraction, links, block: 'body' })(tree);
  return toSanitizedHtml(tree);
}

/**
 * A title or caption as sanitized inline HTML (no wrapping element). The text
 * is plain, not markdown. Pass only this block's spans, e.g.
 * `extraction.mentions.filter((m) => m.block === 'title')`; spans are read at
 * paragraph 0 of whatever block they name, so mixing blocks is refused.
 * `unlinked` names the entities whose mentions here stay plain text, as the
 * page links them in another block (by default: a headline links none, a
 * caption each entity at its first mention; see link-once.ts).
 */
export function renderInline(
  text: string,
  mentions: readonly EntityMention[],
  quotes: readonly SiteQuoteRecord[],
  links: BodyLinks,
  unlinked?: ReadonlySet<string>,
): string {
  const block = mentions[0]?.block ?? quotes[0]?.block ?? 'title';
  const mixed = [...mentions, ...quotes].find((span) => span.block !== block);
  if (mixed) throw new Error(`renderInline: spans from blocks "${block}" and "${mixed.block}" were mixed`);
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }] };
  const tree: Root = { type: 'root', children: [paragraph] };
  const extraction = { mentions: [...mentions], quotes: [...quotes] };
  remarkAnnotate({ extraction, links, block, ...(unlinked === undefined ? {} : { unlinked }) })(tree);
  return toSanitizedHtml(tree).replace(/^<p>/, '').replace(/<\/p>$/, '');
}

/** An annotated tree as HTML: untrusted raw HTML stays text, the sanitizer runs, remote images go. */
function toSanitizedHtml(tree: Root): string {
  return htmlWriter.stringify(htmlWriter.runSync(tree));
}
