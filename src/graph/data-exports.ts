import type { EntityKind, QuoteKind } from '../extract/types.ts';
import { articleHeadline } from './headline.ts';
import { compareLocations, dateSourceOf, type DateSource, type DateSourced } from './article-order.ts';
import type { HrefFor } from './routes.ts';
import type { InContext } from './sentences.ts';
import type { GraphQuote, SiteArticle, SiteGraph } from './types.ts';

/**
 * The machine-readable copies of the site in dist/data/. Every record has a
 * stable id (a slug, or `<article slug>#<quote anchor>`), and every `url` is
 * what `hrefFor` returns: relative to the site root, so the files work from
 * disk. Fields are never omitted: an unknown value is `null`.
 */

/**
 * Bumped when a field changes meaning. 2: a quote's `context` may be an
 * excerpt of its sentence (`clippedStart`/`clippedEnd`), and an entity's
 * `related` holds at most `RELATED_LIMIT` entries, `relatedCount` saying how
 * many there are. 3: an article's `title` is never null (a headline made from
 * the first sentence has `titleDerived: true`), and `date` may be the
 * ingestion day (`dateSource: "ingested"`).
 */
export const DATA_FORMAT_VERSION = 3;

/** One row of articles.json. */
export interface ArticleRecord {
  /** Stable id: the article slug. */
  id: string;
  /** The headline the pages show. */
  title: string;
  /** True when the page had no headline and `title` was made from the first sentence. */
  titleDerived: boolean;
  /** `YYYY-MM-DD`: the publication date, else the day the article was ingested; null when neither is known. */
  date: string | null;
  /** Which of the two `date` is. */
  dateSource: DateSource | null;
  /** The dateline's places as written (`Moscow`, `NEW YORK`); empty when the article has none. */
  dateline: string[];
  url: string;
  /** Entities mentioned in the article, most mentioned first. */
  entities: { id: string; name: string; kind: EntityKind; mentions: number; url: string }[];
  /** Ids of the article's quotes in quotes.json, in reading order. */
  quotes: string[];
}

/** One row of entities.json. */
export interface EntityRecord {
  /** Stable id: the entity's slug (also its page's URL segment). */
  id: string;
  name: string;
  kind: EntityKind;
  /** The entity-list id when the editor listed the entity. */
  listId: string | null;
  description: string | null;
  wikidata: string | null;
  /** Every surface form seen in the articles. */
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  url: string;
  /** The speaker page, when the entity is quoted or reported. */
  speakerUrl: string | null;
  /** Co-mentioned entities: id and number of shared articles, most shared first; at most 20 of them. */
  related: { id: string; articles: number }[];
  /**
   * How many entities share an article with this one, including those `related` leaves out. In an
   * article naming more than `CO_MENTION_TOP` entities, two entities both outside its most mentioned
   * are not counted as sharing it.
   */
  relatedCount: number;
}

/** One row of quotes.json: every quote that is not `not-speech`. */
export interface QuoteRecord {
  /** Stable id: `<article slug>#<quote anchor>`. */
  id: string;
  article: string;
  text: string;
  kind: Exclude<QuoteKind, 'not-speech'>;
  /** Null when the quote is unattributed. */
  speaker: { id: string; name: string; url: string } | null;
  /** For an unattributed quote, the speaker the extraction guessed with too little confidence. */
  candidateSpeaker: string | null;
  cue: string | null;
  /** The attribution rule that fired (`editor` for an editor override). */
  rule: string | null;
  confidence: number;
  editorConfirmed: boolean;
  /**
   * The sentence(s) around the quote, cut to at most `CONTEXT_REACH`
   * characters each side of it, and the quote's offsets in it;
   * `clippedStart`/`clippedEnd` say whether words were cut off there.
   */
  context: ContextRecord;
  /** The quote in its article page. */
  url: string;
}

/** A quote's context as the data files write it: both clip flags always present. */
export interface ContextRecord {
  sentence: string;
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

function contextRecord(context: InContext): ContextRecord {
  return {
    sentence: context.sentence,
    start: context.start,
    end: context.end,
    clippedStart: context.clippedStart === true,
    clippedEnd: context.clippedEnd === true,
  };
}

export interface DataFile<T> {
  version: typeof DATA_FORMAT_VERSION;
  items: T[];
}

function quoteId(quote: GraphQuote): string {
  return `${quote.article.slug}#${quote.quoteAnchor}`;
}

/** Every quote of the graph, newest article first, then in reading order. */
function allQuotes(graph: SiteGraph): GraphQuote[] {
  const articleIndex = new Map(graph.articles.map((article, index) => [article.slug, index]));
  const quotes = [...graph.speakers.flatMap((speaker) => speaker.articles.flatMap((group) => group.quotes)), ...graph.unattributed];
  return quotes.sort(
    (a, b) => (articleIndex.get(a.article.slug) ?? 0) - (articleIndex.get(b.article.slug) ?? 0) || compareLocations(a, b),
  );
}

export function buildArticlesJson(articles: readonly (SiteArticle & DateSourced)[], graph: SiteGraph, hrefFor: HrefFor): DataFile<ArticleRecord> {
  return { version: DATA_FORMAT_VERSION, items: [...articleRecords(articles, graph, hrefFor)] };
}

/** The records of articles.json one at a time, newest article first (`buildArticlesJson` holds them all). */
export function* articleRecords(articles: readonly (SiteArticle & DateSourced)[], graph: SiteGraph, hrefFor: HrefFor): Generator<ArticleRecord> {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const quotesByArticle = new Map<string, GraphQuote[]>();
  for (const quote of allQuotes(graph)) {
    const list = quotesByArticle.get(quote.article.slug);
    if (list === undefined) quotesByArticle.set(quote.article.slug, [quote]);
    else list.push(quote);
  }
  for (const ref of graph.articles) {
    const article = bySlug.get(ref.slug) as SiteArticle & DateSourced;
    const slugs = graph.slugByArticleEntity[ref.slug] ?? {};
    const headline = articleHeadline(article);
    const counts = new Map<string, number>();
    for (const mention of article.extraction.mentions) {
      const slug = slugs[mention.entityId];
      if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    const entities = [...counts]
      .map(([slug, mentions]) => {
        const entity = graph.entityBySlug.get(slug);
        return { id: slug, name: entity?.name ?? slug, kind: entity?.kind ?? 'person', mentions, url: hrefFor({ page: 'entity', slug }) };
      })
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    yield {
      id: ref.slug,
      title: headline.text,
      titleDerived: headline.derived,
      date: article.date ?? null,
      dateSource: dateSourceOf(article),
      dateline: [...article.dateline],
      url: hrefFor({ page: 'article', slug: ref.slug }),
      entities,
      quotes: (quotesByArticle.get(ref.slug) ?? []).map(quoteId),
    };
  }
}

export function buildEntitiesJson(graph: SiteGraph, hrefFor: HrefFor): DataFile<EntityRecord> {
  return { version: DATA_FORMAT_VERSION, items: [...entityRecords(graph, hrefFor)] };
}

/** The records of entities.json one at a time, in the graph's order. */
export function* entityRecords(graph: SiteGraph, hrefFor: HrefFor): Generator<EntityRecord> {
  for (const entity of graph.entities) {
    yield {
      id: entity.slug,
      name: entity.name,
      kind: entity.kind,
      listId: entity.listId ?? null,
      description: entity.description ?? null,
      wikidata: entity.wikidata ?? null,
      aliases: [...entity.aliases],
      mentionCount: entity.mentionCount,
      articleCount: entity.articleCount,
      url: hrefFor({ page: 'entity', slug: entity.slug }),
      speakerUrl: entity.speaks ? hrefFor({ page: 'speaker', slug: entity.slug }) : null,
      related: entity.related.map((related) => ({ id: related.slug, articles: related.articles })),
      relatedCount: entity.relatedCount,
    };
  }
}

export function buildQuotesJson(graph: SiteGraph, hrefFor: HrefFor): DataFile<QuoteRecord> {
  return { version: DATA_FORMAT_VERSION, items: [...quoteRecords(graph, hrefFor)] };
}

/** The records of quotes.json one at a time, newest article first, then in reading order. */
export function* quoteRecords(graph: SiteGraph, hrefFor: HrefFor): Generator<QuoteRecord> {
  for (const quote of allQuotes(graph)) {
    yield {
      id: quoteId(quote),
      article: quote.article.slug,
      text: quote.text,
      kind: quote.kind,
      speaker:
        quote.speakerSlug === null
          ? null
          : { id: quote.speakerSlug, name: quote.speakerName ?? '', url: hrefFor({ page: 'speaker', slug: quote.speakerSlug }) },
      candidateSpeaker: quote.candidateSpeaker,
      cue: quote.cue,
      rule: quote.rule,
      confidence: quote.confidence,
      editorConfirmed: quote.editorConfirmed,
      context: contextRecord(quote.context),
      url: hrefFor({ page: 'article', slug: quote.article.slug, fragment: quote.quoteAnchor }),
    };
  }
}

/** Records per piece of `dataFileJson`: pieces of tens of kilobytes, small enough to be garbage young. */
export const RECORDS_PER_PIECE = 200;

/**
 * The JSON text of a data file, in pieces whose concatenation is exactly
 * `JSON.stringify({ version, items })` of the same records. A whole file
 * (quotes.json is 27 MB at 4,000 synthetic articles) is then never one
 * string, nor are all its records held at once: the build's memory peaks
 * while it writes the data files (docs/bench-build.md, "Peak memory").
 */
export function* dataFileJson<T>(records: Iterable<T>, recordsPerPiece: number = RECORDS_PER_PIECE): Generator<string> {
  let piece = `{"version":${JSON.stringify(DATA_FORMAT_VERSION)},"items":[`;
  let inPiece = 0;
  let first = true;
  for (const record of records) {
    piece += (first ? '' : ',') + JSON.stringify(record);
    first = false;
    inPiece += 1;
    if (inPiece >= recordsPerPiece) {
      yield piece;
      piece = '';
      inPiece = 0;
    }
  }
  yield `${piece}]}`;
}
