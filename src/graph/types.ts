import type { Block, EntityKind, MentionForm, QuoteKind } from '../extract/types.ts';
import type { DateSource } from './article-order.ts';
import type { InContext } from './sentences.ts';
import type { SiteExtraction } from './site-extraction.ts';

/** One article as the site graph needs it: its text blocks and its (override-applied) extraction. */
export interface SiteArticle {
  /** The article's URL slug (its content entry id). */
  slug: string;
  /** The entry file relative to the project root (`content/articles/x.md`), when known; errors name it. */
  file?: string;
  title: string | null;
  /** `YYYY-MM-DD`: the publication date or, without one, the day the article was ingested (see `dateSource`). */
  date?: string;
  /** `'ingested'` when `date` is the ingestion day; absent means published. */
  dateSource?: DateSource;
  dateline: string[];
  /** Plain text of each body paragraph, as the extraction saw it. */
  paragraphs: string[];
  captionText: string | null;
  extraction: SiteExtraction;
}

/** Enough of an article to list and link it. */
export interface ArticleRef {
  slug: string;
  /** The frontmatter title; pages show `headline`. */
  title: string | null;
  /** What every page calls the article: its title, or its first sentence when it had none (`articleHeadline`). */
  headline: string;
  /** True when `headline` was made from the first sentence. */
  headlineDerived: boolean;
  date?: string;
  /** `'ingested'` when `date` is the ingestion day; absent means published. */
  dateSource?: DateSource;
}

/** Where in an article a span sits, and the fragment id that lands on it. */
export interface ArticlePlace {
  article: ArticleRef;
  block: Block;
  paragraph: number;
  /** Fragment id of the block in the article page: `p-<n>`, `article-title` or `article-caption`. */
  anchor: string;
  /** The span's offsets in the block's plain text (as the extraction gave them). */
  start: number;
  end: number;
}

export interface MentionInContext extends ArticlePlace {
  /** The mention as written. */
  text: string;
  form: MentionForm;
  /** The sentence holding the mention (cut to a bounded window), with the mention at `context.start`..`context.end`. */
  context: InContext;
}

export interface RelatedEntity {
  slug: string;
  name: string;
  kind: EntityKind;
  /** Number of articles that mention both entities. */
  articles: number;
}

export interface SiteEntity {
  /** Site-wide identity: `list:<entity-list id>` or `<kind>:<canonical name>`. */
  key: string;
  /** Unique URL slug, shared by the entity page and the speaker page. */
  slug: string;
  name: string;
  kind: EntityKind;
  listId?: string;
  description?: string;
  wikidata?: string;
  /** Every surface form seen in any article, sorted. */
  aliases: string[];
  roles: string[];
  affiliations: string[];
  mentionCount: number;
  /** Articles that mention the entity or quote it. */
  articleCount: number;
  /** Newest article first, then in reading order. */
  mentions: MentionInContext[];
  /** Most shared articles first, then by name; at most `RELATED_LIMIT` of them. */
  related: RelatedEntity[];
  /** How many entities share an article with this one, `related` or not. */
  relatedCount: number;
  /** Articles whose dateline names the entity (a dateline is not a text block, so these are not mentions). */
  datelines: ArticleRef[];
  /** True when the entity has a speaker page (quotes or statements). */
  speaks: boolean;
}

export interface GraphQuote extends ArticlePlace {
  /** The quote's id within its article (as the extraction gave it). */
  id: string;
  /** Fragment id of the quote element in the article page. */
  quoteAnchor: string;
  text: string;
  kind: Exclude<QuoteKind, 'not-speech'>;
  cue: string | null;
  rule: string | null;
  confidence: number;
  /** Confidence below 0.8: pages show a marker. */
  lowConfidence: boolean;
  editorConfirmed: boolean;
  /** Null on the unattributed list. */
  speakerSlug: string | null;
  speakerName: string | null;
  /** On the unattributed list: the speaker the extraction guessed with too little confidence, if any. */
  candidateSpeaker: string | null;
  /** The guessed speaker's entity page, when the guess is an entity of the article. */
  candidateSlug: string | null;
  /** The sentence(s) holding the quote (cut to a bounded window), with the quote at `context.start`..`context.end`. */
  context: InContext;
}

export interface GraphStatement extends ArticlePlace {
  speakerSlug: string | null;
  speakerName: string | null;
  cue: string;
  text: string;
  context: InContext;
}

export interface ArticleQuotes {
  article: ArticleRef;
  quotes: GraphQuote[];
}

export interface Speaker {
  slug: string;
  name: string;
  kind: EntityKind;
  quoteCount: number;
  /** Newest article first; quotes in reading order. */
  articles: ArticleQuotes[];
  statements: GraphStatement[];
}

export interface SiteGraph {
  /** Newest first, then by title, then by slug. */
  articles: ArticleRef[];
  /** Alphabetical by name, then slug. */
  entities: SiteEntity[];
  /** Alphabetical by name, then slug. */
  speakers: Speaker[];
  /**
   * An entity and its speaker page share a slug; these lookups link the two
   * pages without each page searching the other list.
   */
  entityBySlug: ReadonlyMap<string, SiteEntity>;
  speakerBySlug: ReadonlyMap<string, Speaker>;
  /** Quotes (not not-speech) with no speaker or confidence below 0.5, newest article first. */
  unattributed: GraphQuote[];
  /** Reported speech the extraction could not attribute. */
  unattributedStatements: GraphStatement[];
  /**
   * Article slug -> article-local entity id -> site slug. Resolves mention
   * entity ids and quote speaker ids alike, for the article page's links.
   */
  slugByArticleEntity: Record<string, Record<string, string>>;
}
