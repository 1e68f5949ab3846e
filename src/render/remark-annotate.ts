import type { Properties } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import { textBlocksOf, visibleText, type TextBlockPlace } from '../extract/article-text.ts';
import type { Block, EntityMention } from '../extract/types.ts';
import { isAttributed, SURE_CONFIDENCE } from '../graph/confidence.ts';
import type { SiteQuoteRecord } from '../graph/site-extraction.ts';
import { paragraphAnchor, quoteAnchor } from '../graph/anchors.ts';
import { annotation, type Annotation } from './annotation.ts';
import { attributionNote, notedQuote, type NotedQuote } from './attribution-note.ts';
import { blockLayers, spanSweep, type Marked, type Nested, type SpanSweep } from './layers.ts';
import { unlinkedIn, linkLedger, linksMention, type LinkLedger } from './link-once.ts';
import { countSpanVisits } from './span-visits.ts';

export type { Annotation } from './annotation.ts';

/** Where annotations link to. Hrefs come from the site's path helper; this module never builds a path. */
export interface BodyLinks {
  /** Href of an entity's page, by the article-local entity id; undefined leaves the mention unlinked. */
  entityHref(entityId: string): string | undefined;
  /** Href of a speaker's page, by the article-local speaker id; undefined leaves the quote unlinked. */
  speakerHref(speakerId: string): string | undefined;
  /**
   * Href of the page that explains uncertain attribution (the about page's
   * section), linked from "attribution uncertain" in a note; undefined
   * leaves the word unlinked.
   */
  uncertainHref?: string | undefined;
}

export interface Options {
  /** The article's extraction (after editor overrides). Only spans of `block` are used. */
  extraction: {
    mentions: readonly EntityMention[];
    quotes: readonly SiteQuoteRecord[];
  };
  links: BodyLinks;
  /**
   * Which block the tree holds. Default `'body'`: the n-th text block (see
   * `textBlocksOf`) is body paragraph n and gets the id `p-<n>`. For `'title'`
   * or `'caption'` the tree holds one paragraph (paragraph 0) and gets no id.
   */
  block?: Block;
  /**
   * Entities whose mentions here stay plain text: the page links them in
   * another block, or (in a headline) not at all. Default: `unlinkedIn`
   * over `extraction.mentions`, which is right when the extraction holds the
   * mentions of every block.
   */
  unlinked?: ReadonlySet<string>;
}

interface State {
  /** The block's spans, read left to right as the walk moves through its leaves. */
  spans: SpanSweep<SiteQuoteRecord, EntityMention>;
  links: BodyLinks;
  /** Offset of the next character in the block's plain text (as `visibleText` counts). */
  offset: number;
  /** The attributed quotes whose anchor this block holds, in reading order: its attribution note. */
  attributed: NotedQuote[];
  /** How many quotes (not not-speech) have their anchor in this block, named in the note or not. */
  quoted: number;
  /** What the blocks read so far have linked, so each page is linked once. */
  ledger: LinkLedger;
}

/**
 * Marks entity mentions and quotes inside each text block: every paragraph
 * (at any depth, inside block quotes and list items too), heading and code
 * block, numbered in document order exactly as extraction numbers them,
 * because both find the blocks with `textBlocksOf`. Offsets are those of
 * `visibleText(block)`, counted leaf by leaf while walking, so a span that
 * crosses emphasis or a link is split into one element per piece: text is
 * never dropped and never reordered.
 */
export default function remarkAnnotate(options: Options) {
  const block = options.block ?? 'body';
  return (tree: Root): undefined => {
    const places = textBlocksOf(tree);
    const annotated = block === 'body' ? places : places.slice(0, 1);
    // Grouped once: filtering every span for each block would be quadratic in an article of many short paragraphs.
    const quotes = byParagraph(options.extraction.quotes, block);
    const mentions = byParagraph(options.extraction.mentions, block);
    const notes: { place: TextBlockPlace; note: Annotation }[] = [];
    const ledger = linkLedger(options.unlinked ?? unlinkedIn(options.extraction.mentions, block));
    annotated.forEach((place, index) => {
      const paragraph = block === 'body' ? index : 0;
      const text = visibleText(place.node);
      const layers = blockLayers(quotes.get(paragraph) ?? [], mentions.get(paragraph) ?? [], text);
      const state: State = { spans: spanSweep(layers.quotes, layers.mentions), links: options.links, offset: 0, attributed: [], quoted: 0, ledger };
      annotateBlock(place, block === 'body' ? { id: paragraphAnchor(block, paragraph) } : {}, state);
      // A title or caption is one inline run with no room after it; its quotes' speakers are on the speaker pages.
      if (block === 'body' && state.attributed.length > 0) {
        notes.push({ place, note: attributionNote(state.attributed, state.quoted, text, options.links, ledger) });
      }
    });
    // Inserted last, from the end, so the indices of places not yet visited stay right.
    for (const { place, note } of notes.reverse()) place.parent.children.splice(place.index + 1, 0, note);
  };
}

/** The spans of `block`, by paragraph, each list in the extraction's order. */
function byParagraph<T extends { block: Block; paragraph: number }>(spans: readonly T[], block: Block): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  countSpanVisits(spans.length);
  for (const span of spans) {
    if (span.block !== block) continue;
    const list = grouped.get(span.paragraph);
    if (list === undefined) grouped.set(span.paragraph, [span]);
    else list.push(span);
  }
  return grouped;
}

/**
 * Annotates one text block and gives it its id. A code block becomes
 * `<pre><code>` with its text as plain leaves, so spans cut it like any
 * other. A paragraph in a list item keeps its id on an inner span: in a
 * tight list the HTML writer unwraps the paragraph and would drop an id put
 * on it.
 */
function annotateBlock({ node, parent, index }: TextBlockPlace, id: Properties, state: State): void {
  if (node.type === 'code') {
    // Not an inlineCode leaf: its HTML writer turns line endings into spaces.
    const language = node.lang?.split(/\s+/)[0];
    const properties = language ? { className: [`language-${language}`] } : {};
    const code = annotation('code', properties, annotateChildren([{ type: 'text', value: node.value }], state, false));
    parent.children[index] = annotation('pre', id, [code]);
    return;
  }
  const children = annotateChildren(node.children, state, false);
  if (node.type === 'paragraph' && parent.type === 'listItem') {
    node.children = id.id === undefined ? children : [annotation('span', id, children)];
    return;
  }
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...id } };
  node.children = children;
}

/**
 * Raw inline HTML becomes the text it is: the extraction counted its
 * characters, and turning it into markup would let untrusted input through.
 * Neighbouring text is merged so a quote around it stays one element.
 */
function htmlAsText(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    const node: PhrasingContent = child.type === 'html' ? { type: 'text', value: child.value } : child;
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else out.push(node);
  }
  return out;
}

function annotateChildren(children: PhrasingContent[], state: State, insideLink: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of htmlAsText(children)) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const makeLeaf = (value: string): PhrasingContent => ({ type: child.type, value });
      out.push(...markLeaf(child.value, makeLeaf, state, insideLink));
    } else if (child.type === 'image' || child.type === 'imageReference') {
      // Alt text is not block text (see visibleText), so it takes no offsets.
      out.push(child);
    } else if (child.type === 'break') {
      // visibleText counts a break as the newline written after the <br>;
      // as a leaf of its own, a span can hold it like any other character.
      out.push(annotation('br', {}, []));
      out.push(...markLeaf('\n', (value) => ({ type: 'text', value }), state, insideLink));
    } else if ('children' in child) {
      const inLink = insideLink || child.type === 'link' || child.type === 'linkReference';
      child.children = annotateChildren(child.children, state, inLink);
      out.push(child);
    } else {
      out.push(child);
    }
  }
  return out;
}

interface Piece {
  start: number;
  end: number;
  /** Quotes covering the piece, outermost first. */
  quotes: Nested<SiteQuoteRecord>[];
  mention: Marked<EntityMention> | undefined;
}

/** One leaf's text, cut at every span boundary inside it and wrapped layer by layer. */
function markLeaf(
  value: string,
  makeLeaf: (value: string) => PhrasingContent,
  state: State,
  insideLink: boolean,
): PhrasingContent[] {
  const start = state.offset;
  const end = start + value.length;
  state.offset = end;
  // An empty leaf has no piece, so it renders as nothing.
  const points = start === end ? [] : [start, ...state.spans.cutsWithin(start, end), end];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i] as number, points[i + 1] as number];
    pieces.push({
      start: from,
      end: to,
      quotes: state.spans.quotesAt(from),
      mention: insideLink ? undefined : state.spans.mentionAt(from),
    });
  }
  const text = (run: readonly Piece[]): PhrasingContent =>
    makeLeaf(value.slice((run[0] as Piece).start - start, (run[run.length - 1] as Piece).end - start));
  return wrapQuotes(pieces, 0, text, state, insideLink);
}

/** Wraps runs of pieces in the quotes at `depth`, then deeper quotes, then mentions. */
function wrapQuotes(
  pieces: readonly Piece[],
  depth: number,
  text: (run: readonly Piece[]) => PhrasingContent,
  state: State,
  insideLink: boolean,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const run of runs(pieces, (piece) => piece.quotes[depth])) {
    const quote = (run[0] as Piece).quotes[depth];
    if (!quote) {
      for (const mentionRun of runs(run, (piece) => piece.mention)) {
        const mention = (mentionRun[0] as Piece).mention;
        out.push(...(mention ? mentionElement(mention.item, [text(mentionRun)], state) : [text(mentionRun)]));
      }
      continue;
    }
    const first = quote.first && (run[0] as Piece).start === quote.start;
    // Noted before the inner quotes are wrapped, so an enclosing quote comes before the quotes inside it.
    const speech = first && quote.item.kind !== 'not-speech';
    if (speech) state.quoted += 1;
    const noted = speech ? notedQuote(quote.item) : null;
    if (noted !== null) state.attributed.push(noted);
    const inner = wrapQuotes(run, depth + 1, text, state, insideLink);
    out.push(quoteElement(quote.item, inner, first));
  }
  return out;
}

/** Consecutive pieces that share the same span of a layer (or share having none). */
function runs<T>(pieces: readonly Piece[], key: (piece: Piece) => T): Piece[][] {
  const out: Piece[][] = [];
  let previous: T | undefined;
  for (const piece of pieces) {
    const current = out[out.length - 1];
    if (current && key(piece) === previous) current.push(piece);
    else out.push([piece]);
    previous = key(piece);
  }
  return out;
}

/**
 * The first mention of an entity is a plain link to its page: the href says
 * all a reader and the stylesheet need, so it carries no class or id. Later
 * mentions are the text alone (see link-once.ts), and so is a mention of an
 * entity without a page.
 */
function mentionElement(mention: EntityMention, children: PhrasingContent[], state: State): PhrasingContent[] {
  const href = linksMention(state.ledger, mention) ? state.links.entityHref(mention.entityId) : undefined;
  return href === undefined ? children : [annotation('a', { href }, children)];
}

/**
 * A quote is a `q` (only the annotator writes one into an article), with
 * classes only for what sets it apart: unattributed, below the sure line,
 * confirmed by an editor, or a later piece of a quote split by markup. It
 * names no speaker: the note after its block does, so a `cite` would be a
 * second copy that no browser shows (and `cite` is meant for the document a
 * quote comes from, not for a person). Its kind (direct or partial) shows in
 * the text itself: a partial quote is a few words inside the writer's
 * sentence.
 */
function quoteElement(quote: SiteQuoteRecord, children: PhrasingContent[], first: boolean): Annotation {
  const id = first ? { id: quoteAnchor(quote) } : {};
  const continued = first ? [] : ['quote--continued'];
  if (quote.kind === 'not-speech') return annotation('span', { ...id, className: ['not-speech', ...continued] }, children);

  const className: string[] = [];
  if (!isAttributed(quote)) className.push('quote--unattributed');
  else if (quote.confidence < SURE_CONFIDENCE) className.push('quote--low-confidence');
  if (quote.editorConfirmed) className.push('quote--editor');
  className.push(...continued);
  return annotation('q', className.length > 0 ? { ...id, className } : id, children);
}
