import type { EntityKind } from '../extract/types.ts';
import { compareByName, compareLocations } from '../graph/article-order.ts';
import type { GraphQuote, SiteArticle, SiteGraph } from '../graph/types.ts';
import { ENTITY_KINDS } from './entity-kinds.ts';
import { isShownAsUncertain } from './quote-display.ts';

export interface PanelEntity {
  slug: string;
  name: string;
  /** Mentions in this article. */
  mentions: number;
}

export interface PanelGroup {
  kind: EntityKind;
  heading: string;
  entities: PanelEntity[];
}

/** Counts over some of an article's quotes, and where the first of them is on the page. */
export interface QuoteTally {
  quotes: number;
  /** The fragment id of the first of them in reading order. */
  firstAnchor: string;
  /** Partial quotes: a few words inside the writer's own sentence. */
  partial: number;
  /** Shown as uncertain: below the sure line and not confirmed by an editor (`isShownAsUncertain`). */
  uncertain: number;
  confirmed: number;
}

/** Whom the speaker model guessed, below its line, for some unattributed quotes: "possibly X", never "X said". */
export interface PanelPossibleSpeaker {
  name: string;
  /** Their entity page, when the guess is an entity of the article. */
  slug: string | null;
  quotes: number;
}

/**
 * A line of "Who said what", which sums up instead of listing the quotes
 * again: each quote is in the text, and its words again in the note after its
 * paragraph, so a line names who spoke, how often, and where they start.
 */
export interface WhoLine {
  /** Null on the line for the quotes with no speaker. */
  speaker: { slug: string; name: string } | null;
  tally: QuoteTally;
  /** On the line with no speaker, whom the model guessed for some of them, most quotes first; empty on a speaker's line. */
  possible: PanelPossibleSpeaker[];
}

/** What the article page's side panel lists: who and what is in the article, and who said what. */
export interface ArticlePanel {
  groups: PanelGroup[];
  /** Every quote of the article (not not-speech), in reading order: what `who` sums up, and what the page's cache key reads. */
  quotes: GraphQuote[];
  /** "Who said what": a line per speaker, most quotes first (a tie in the order they first speak), then one for the quotes with no speaker. */
  who: WhoLine[];
}

/** The side panel of one article, from the site graph: entities most mentioned first, quotes in reading order. */
export function articlePanel(article: SiteArticle, graph: SiteGraph): ArticlePanel {
  const slugs = graph.slugByArticleEntity[article.slug] ?? {};
  const counts = new Map<string, number>();
  for (const mention of article.extraction.mentions) {
    const slug = slugs[mention.entityId];
    if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const inArticle = [...counts.keys()]
    .flatMap((slug) => {
      const entity = graph.entityBySlug.get(slug);
      return entity === undefined ? [] : [entity];
    })
    .sort(compareByName);
  const groups = ENTITY_KINDS.map(({ kind, plural }) => ({
    kind,
    heading: plural,
    entities: inArticle
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({ slug: entity.slug, name: entity.name, mentions: counts.get(entity.slug) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions),
  })).filter((group) => group.entities.length > 0);

  const quotes = [...(quotesByArticle(graph).get(article.slug) ?? [])].sort(compareLocations);
  return { groups, quotes, who: whoSaidWhat(quotes) };
}

/** The lines of "Who said what" for an article's quotes, given in reading order. */
export function whoSaidWhat(quotes: readonly GraphQuote[]): WhoLine[] {
  const speakers = new Map<string, WhoLine>();
  let unattributed: WhoLine | null = null;
  const possible = new Map<string, PanelPossibleSpeaker>();
  for (const quote of quotes) {
    if (quote.speakerSlug !== null) {
      const line = speakers.get(quote.speakerSlug);
      if (line === undefined) {
        speakers.set(quote.speakerSlug, { speaker: { slug: quote.speakerSlug, name: quote.speakerName ?? quote.speakerSlug }, tally: tallyOf(quote), possible: [] });
      } else count(line.tally, quote);
      continue;
    }
    if (unattributed === null) unattributed = { speaker: null, tally: tallyOf(quote), possible: [] };
    else count(unattributed.tally, quote);
    if (quote.candidateSpeaker !== null) {
      // Two guesses are the same speaker when they name the same entity page, or (with none) the same name.
      const key = quote.candidateSlug === null ? `name:${quote.candidateSpeaker}` : `slug:${quote.candidateSlug}`;
      const guess = possible.get(key);
      if (guess === undefined) possible.set(key, { name: quote.candidateSpeaker, slug: quote.candidateSlug, quotes: 1 });
      else guess.quotes += 1;
    }
  }
  // Array.prototype.sort is stable, so a tie keeps the order of first appearance.
  const lines = [...speakers.values()].sort((a, b) => b.tally.quotes - a.tally.quotes);
  if (unattributed === null) return lines;
  unattributed.possible = [...possible.values()].sort((a, b) => b.quotes - a.quotes);
  return [...lines, unattributed];
}

function tallyOf(quote: GraphQuote): QuoteTally {
  const tally = { quotes: 0, firstAnchor: quote.quoteAnchor, partial: 0, uncertain: 0, confirmed: 0 };
  count(tally, quote);
  return tally;
}

function count(tally: QuoteTally, quote: GraphQuote): void {
  tally.quotes += 1;
  if (quote.kind === 'partial') tally.partial += 1;
  if (isShownAsUncertain(quote)) tally.uncertain += 1;
  if (quote.editorConfirmed) tally.confirmed += 1;
}

const quoteIndex = new WeakMap<SiteGraph, Map<string, GraphQuote[]>>();

/**
 * Every quote of the graph (attributed or not) filed by article, built once
 * per graph: looking each article's quotes up by scanning every speaker and
 * the whole unattributed list would cost every article page the whole site.
 */
function quotesByArticle(graph: SiteGraph): Map<string, GraphQuote[]> {
  let index = quoteIndex.get(graph);
  if (index !== undefined) return index;
  index = new Map();
  const file = (quote: GraphQuote): void => {
    const list = index?.get(quote.article.slug);
    if (list === undefined) index?.set(quote.article.slug, [quote]);
    else list.push(quote);
  };
  for (const speaker of graph.speakers) for (const group of speaker.articles) group.quotes.forEach(file);
  graph.unattributed.forEach(file);
  quoteIndex.set(graph, index);
  return index;
}
