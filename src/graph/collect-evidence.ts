import type { Block } from '../extract/types.ts';
import { paragraphAnchor, quoteAnchor } from './anchors.ts';
import { inArticle } from './article-error.ts';
import { compareLocations } from './article-order.ts';
import { isAttributed, SURE_CONFIDENCE } from './confidence.ts';
import { articleHeadline } from './headline.ts';
import type { Identity, LocalKeys } from './identify-entities.ts';
import { splitSentences, type SentenceSpan } from '../extract/analysis/sentences.ts';
import { sentenceAround, type InContext } from './sentences.ts';
import type { SiteQuoteRecord } from './site-extraction.ts';
import type { ArticleQuotes, ArticleRef, GraphQuote, GraphStatement, MentionInContext, SiteArticle } from './types.ts';

export type SlugOf = (key: string) => string;

// Every mention, quote and statement carries its article's ref: one ref per
// article, shared by all of them (a ref each was 130,000 objects at 2,000
// articles), and an untitled article's first paragraph split into sentences
// once, not once per span.
const refs = new WeakMap<SiteArticle, ArticleRef>();

/** The article's light reference, carrying its headline so no page that holds only a ref falls back to a placeholder. The same object for every call with the same article. */
export function refOf(article: SiteArticle): ArticleRef {
  const known = refs.get(article);
  if (known !== undefined) return known;
  const headline = articleHeadline(article);
  const ref: ArticleRef = {
    slug: article.slug,
    title: article.title,
    headline: headline.text,
    headlineDerived: headline.derived,
    ...(article.date === undefined ? {} : { date: article.date }),
    ...(article.dateSource === undefined ? {} : { dateSource: article.dateSource }),
  };
  refs.set(article, ref);
  return ref;
}

function blockText(article: SiteArticle, block: Block, paragraph: number): string {
  if (block === 'title') return article.title ?? '';
  if (block === 'caption') return article.captionText ?? '';
  return article.paragraphs[paragraph] ?? '';
}

type ContextOf = (article: SiteArticle, span: { block: Block; paragraph: number; start: number; end: number }) => InContext;

/**
 * The bounded context around a span. Every span of a block looks its
 * sentence up in the block's one list of sentences, so a paragraph with
 * thousands of quotes costs linear work, not quadratic. A body paragraph's
 * list is the extraction's; the title and caption (and a paragraph of an
 * extraction stored without sentences) are split here, once. Only the
 * current article's lists are kept: articles are gathered one after the
 * other, and keeping every article's until the end held all their sentence
 * lists at once while the graph was built.
 */
function sentenceContexts(): ContextOf {
  let current: SiteArticle | undefined;
  let byBlock = new Map<string, SentenceSpan[]>();
  return (article, span) => {
    if (article !== current) {
      current = article;
      byBlock = new Map();
    }
    const text = blockText(article, span.block, span.paragraph);
    const key = `${span.block}:${span.paragraph}`;
    let sentences = span.block === 'body' ? article.extraction.sentences?.[span.paragraph] : undefined;
    sentences ??= byBlock.get(key);
    if (sentences === undefined) {
      sentences = splitSentences(text);
      byBlock.set(key, sentences);
    }
    return sentenceAround(text, span.start, span.end, sentences);
  };
}

/** What the articles say about each entity key, gathered in article order. */
export interface Evidence {
  mentionsByKey: Map<string, MentionInContext[]>;
  articlesByKey: Map<string, Set<string>>;
  /** Per article, the keys it mentions and how often, in order of first mention: the input to co-mention counts. */
  mentionedIn: Map<string, number>[];
  quotesByKey: Map<string, ArticleQuotes[]>;
  statementsByKey: Map<string, GraphStatement[]>;
  unattributed: GraphQuote[];
  unattributedStatements: GraphStatement[];
  datelinesByKey: Map<string, ArticleRef[]>;
}

/** Mentions, quotes, statements and datelines, article by article, filed under site-wide entity keys. */
export function collectEvidence(ordered: readonly SiteArticle[], localKeys: LocalKeys, identities: Map<string, Identity>, slugOf: SlugOf): Evidence {
  const evidence: Evidence = {
    mentionsByKey: new Map(),
    articlesByKey: new Map(),
    mentionedIn: [],
    quotesByKey: new Map(),
    statementsByKey: new Map(),
    unattributed: [],
    unattributedStatements: [],
    datelinesByKey: new Map(),
  };
  const contextOf = sentenceContexts();
  const nameOf = (key: string): string => (identities.get(key) as Identity).name;
  for (const article of ordered) {
    const local = localKeys.get(article.slug) ?? new Map<string, string>();
    // A dangling id is an extraction bug; failing the build beats a page that silently drops it.
    const keyOf = (id: string, what: string): string => {
      const key = local.get(id);
      if (key === undefined) throw new Error(`article "${article.slug}": ${what} names entity id "${id}", which is not among its entities`);
      return key;
    };
    const seen: Seen = { article, evidence, keyOf, slugOf, nameOf, contextOf };
    inArticle(article, 'collecting its datelines, mentions, quotes and statements', () => {
      collectDatelines(seen);
      collectMentions(seen);
      collectQuotes(seen);
      collectStatements(seen);
    });
  }
  return evidence;
}

/** One article's view of the evidence being gathered. */
interface Seen {
  article: SiteArticle;
  evidence: Evidence;
  keyOf: (id: string, what: string) => string;
  slugOf: SlugOf;
  nameOf: (key: string) => string;
  contextOf: ContextOf;
}

/** Appends in place: copying the list per item would make a speaker with many statements quadratic. */
function pushTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}

function seenIn(evidence: Evidence, key: string, article: string): void {
  evidence.articlesByKey.set(key, (evidence.articlesByKey.get(key) ?? new Set()).add(article));
}

/** The extraction knows dateline places as entities, but they have no span in a text block, so they are not mentions. */
function collectDatelines({ article, evidence, keyOf }: Seen): void {
  const datelineNames = new Set(article.dateline.map((place) => place.normalize('NFC')));
  for (const entity of article.extraction.entities) {
    if (![entity.name, ...entity.aliases].some((name) => datelineNames.has(name.normalize('NFC')))) continue;
    const key = keyOf(entity.id, `the dateline place "${entity.name}"`);
    seenIn(evidence, key, article.slug);
    pushTo(evidence.datelinesByKey, key, refOf(article));
  }
}

function collectMentions({ article, evidence, keyOf, contextOf }: Seen): void {
  const mentioned = new Map<string, number>();
  for (const mention of [...article.extraction.mentions].sort(compareLocations)) {
    const key = keyOf(mention.entityId, `a mention of "${mention.text}"`);
    mentioned.set(key, (mentioned.get(key) ?? 0) + 1);
    seenIn(evidence, key, article.slug);
    // Written out field by field rather than spread from a shared place: a
    // literal keeps every field inside the object, where a spread adds a
    // second array of fields to each of 80,000 mentions at 2,000 articles.
    const mentionInContext: MentionInContext = {
      article: refOf(article),
      block: mention.block,
      paragraph: mention.paragraph,
      anchor: paragraphAnchor(mention.block, mention.paragraph),
      start: mention.start,
      end: mention.end,
      text: mention.text,
      form: mention.form,
      context: contextOf(article, mention),
    };
    pushTo(evidence.mentionsByKey, key, mentionInContext);
  }
  evidence.mentionedIn.push(mentioned);
}

function collectQuotes({ article, evidence, keyOf, slugOf, nameOf, contextOf }: Seen): void {
  for (const quote of [...article.extraction.quotes].sort(compareLocations)) {
    if (quote.kind === 'not-speech') continue;
    const key = isAttributed(quote) ? keyOf(quote.speakerId, `quote ${quote.id}`) : undefined;
    const speaker = key === undefined ? null : { slug: slugOf(key), name: nameOf(key) };
    const candidate = key === undefined ? candidateOf(quote, keyOf, slugOf, nameOf) : null;
    const graphQuote = toGraphQuote(article, { ...quote, kind: quote.kind }, speaker, candidate, contextOf(article, quote));
    if (key === undefined) {
      evidence.unattributed.push(graphQuote);
      continue;
    }
    seenIn(evidence, key, article.slug);
    const groups = evidence.quotesByKey.get(key) ?? [];
    const last = groups[groups.length - 1];
    if (last?.article.slug === article.slug) last.quotes.push(graphQuote);
    else groups.push({ article: refOf(article), quotes: [graphQuote] });
    evidence.quotesByKey.set(key, groups);
  }
}

function collectStatements({ article, evidence, keyOf, slugOf, nameOf, contextOf }: Seen): void {
  for (const statement of [...article.extraction.statements].sort(compareLocations)) {
    const key = statement.speakerId === null ? undefined : keyOf(statement.speakerId, `a statement cued by "${statement.cue}"`);
    const graphStatement: GraphStatement = {
      article: refOf(article),
      block: statement.block,
      paragraph: statement.paragraph,
      anchor: paragraphAnchor(statement.block, statement.paragraph),
      start: statement.start,
      end: statement.end,
      speakerSlug: key === undefined ? null : slugOf(key),
      speakerName: key === undefined ? statement.speaker : nameOf(key),
      cue: statement.cue,
      text: statement.text,
      context: contextOf(article, statement),
    };
    if (key === undefined) {
      evidence.unattributedStatements.push(graphStatement);
      continue;
    }
    seenIn(evidence, key, article.slug);
    pushTo(evidence.statementsByKey, key, graphStatement);
  }
}

/**
 * The speaker an unattributed quote was guessed to have: the speaker model's
 * first candidate below its line (`possibleSpeaker`), or a speaker the rules
 * named with a confidence under 0.5; with its entity page when it has one.
 */
function candidateOf(quote: SiteQuoteRecord, keyOf: Seen['keyOf'], slugOf: SlugOf, nameOf: (key: string) => string): { slug: string | null; name: string } | null {
  if (quote.possibleSpeakerId !== undefined) {
    const key = keyOf(quote.possibleSpeakerId, `the possible speaker of quote ${quote.id}`);
    return { slug: slugOf(key), name: nameOf(key) };
  }
  if (quote.possibleSpeaker !== undefined) return { slug: null, name: quote.possibleSpeaker };
  return quote.speaker === null ? null : { slug: null, name: quote.speaker };
}

function toGraphQuote(
  article: SiteArticle,
  quote: SiteQuoteRecord & { kind: 'direct' | 'partial' },
  speaker: { slug: string; name: string } | null,
  candidate: { slug: string | null; name: string } | null,
  context: InContext,
): GraphQuote {
  return {
    article: refOf(article),
    block: quote.block,
    paragraph: quote.paragraph,
    anchor: paragraphAnchor(quote.block, quote.paragraph),
    start: quote.start,
    end: quote.end,
    id: quote.id,
    quoteAnchor: quoteAnchor(quote),
    text: quote.text,
    kind: quote.kind,
    cue: quote.cue,
    rule: quote.rule,
    confidence: quote.confidence,
    lowConfidence: quote.confidence < SURE_CONFIDENCE,
    editorConfirmed: quote.editorConfirmed === true,
    speakerSlug: speaker?.slug ?? null,
    speakerName: speaker?.name ?? null,
    candidateSpeaker: candidate?.name ?? null,
    candidateSlug: candidate?.slug ?? null,
    context,
  };
}
