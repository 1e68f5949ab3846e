import type { Block, EntityKind, EntityListEntry } from '../extract/types.ts';
import { paragraphAnchor, quoteAnchor } from '../render/anchors.ts';
import { byCodeUnits, byName, compareArticles, compareLocations } from './article-order.ts';
import { isAttributed, SURE_CONFIDENCE } from './confidence.ts';
import { sentenceAround, splitSentences, type InContext, type SentenceSpan } from './sentences.ts';
import type { SiteQuoteRecord } from './site-extraction.ts';
import { assignSlugs, type SlugCandidate } from './slugs.ts';
import type {
  ArticlePlace,
  ArticleQuotes,
  ArticleRef,
  GraphQuote,
  GraphStatement,
  MentionInContext,
  RelatedEntity,
  SiteArticle,
  SiteEntity,
  SiteGraph,
  Speaker,
} from './types.ts';

/** An entity as known across all articles, before pages are built from it. */
interface Identity {
  key: string;
  name: string;
  kind: EntityKind;
  listId?: string;
  listed?: EntityListEntry;
  aliases: Set<string>;
  roles: Set<string>;
  affiliations: Set<string>;
}

/**
 * Site-wide identity of an entity: its entity-list id when it has one, else
 * its kind and canonical name, so the same unlisted name of two kinds stays
 * two entities and every article naming "Vladimir Putin" the person meets
 * on one page.
 */
export function entityKey(entity: { listId?: string | undefined; kind: EntityKind; name: string }): string {
  return entity.listId ? `list:${entity.listId}` : `${entity.kind}:${entity.name.normalize('NFC')}`;
}

function refOf(article: SiteArticle): ArticleRef {
  return article.date === undefined
    ? { slug: article.slug, title: article.title }
    : { slug: article.slug, title: article.title, date: article.date };
}

function blockText(article: SiteArticle, block: Block, paragraph: number): string {
  if (block === 'title') return article.title ?? '';
  if (block === 'caption') return article.captionText ?? '';
  return article.paragraphs[paragraph] ?? '';
}

type ContextOf = (article: SiteArticle, span: { block: Block; paragraph: number; start: number; end: number }) => InContext;

/** The sentence around a span; each block is split once per build, which keeps big sites fast. */
function sentenceContexts(): ContextOf {
  const cache = new Map<SiteArticle, Map<string, SentenceSpan[]>>();
  return (article, span) => {
    const text = blockText(article, span.block, span.paragraph);
    const byBlock = cache.get(article) ?? new Map<string, SentenceSpan[]>();
    cache.set(article, byBlock);
    const key = `${span.block}:${span.paragraph}`;
    const sentences = byBlock.get(key) ?? splitSentences(text);
    byBlock.set(key, sentences);
    return sentenceAround(text, span.start, span.end, sentences);
  };
}

function placeOf(article: SiteArticle, span: { block: Block; paragraph: number; start: number; end: number }): ArticlePlace {
  return {
    article: refOf(article),
    block: span.block,
    paragraph: span.paragraph,
    anchor: paragraphAnchor(span.block, span.paragraph),
    start: span.start,
    end: span.end,
  };
}

function sortedSet(values: Set<string>): string[] {
  return [...values].sort((a, b) => byName.compare(a, b) || byCodeUnits(a, b));
}

/**
 * Aggregates every article's extraction into the site's entities, speakers
 * and unattributed quotes. Pure: the same articles and list give the same
 * graph in any input order.
 */
export function buildSiteGraph(articles: readonly SiteArticle[], entityList: readonly EntityListEntry[]): SiteGraph {
  const ordered = [...articles].sort((a, b) => compareArticles(refOf(a), refOf(b)));
  const contextOf = sentenceContexts();
  const listById = new Map(entityList.map((entry) => [entry.id, entry]));
  const identities = new Map<string, Identity>();
  const localKeys = new Map<string, Map<string, string>>();

  const identify = (fields: { listId?: string | undefined; name: string; kind: EntityKind }): Identity => {
    const listed = fields.listId === undefined ? undefined : listById.get(fields.listId);
    const key = entityKey(fields);
    let identity = identities.get(key);
    if (!identity) {
      identity = {
        key,
        name: listed?.name ?? fields.name,
        kind: listed?.kind ?? fields.kind,
        aliases: new Set(),
        roles: new Set(),
        affiliations: new Set(),
        ...(fields.listId === undefined ? {} : { listId: fields.listId }),
        ...(listed === undefined ? {} : { listed }),
      };
      identities.set(key, identity);
    }
    return identity;
  };

  // 1. Who is who: map each article's local entity ids to site-wide keys.
  for (const article of ordered) {
    const local = new Map<string, string>();
    for (const entity of article.extraction.entities) {
      const listId = entity.listId ?? (listById.has(entity.id) ? entity.id : undefined);
      const identity = identify({ listId, name: entity.name, kind: entity.kind });
      for (const alias of entity.aliases) identity.aliases.add(alias);
      for (const role of entity.roles) identity.roles.add(role);
      for (const affiliation of entity.affiliations) identity.affiliations.add(affiliation);
      local.set(entity.id, identity.key);
    }
    // A speaker the extraction named without listing it as an entity still gets a page.
    for (const speech of [...article.extraction.quotes, ...article.extraction.statements]) {
      if (speech.speakerId === null || speech.speaker === null || local.has(speech.speakerId)) continue;
      const listed = listById.get(speech.speakerId);
      const identity = identify(listed ? { listId: listed.id, name: listed.name, kind: listed.kind } : { name: speech.speaker, kind: 'person' });
      local.set(speech.speakerId, identity.key);
    }
    localKeys.set(article.slug, local);
  }

  // 2. Slugs, with every list entry as a candidate so listed entities keep their URLs.
  const candidates: SlugCandidate[] = [
    ...entityList.map((entry) => ({ key: `list:${entry.id}`, source: entry.id, kind: entry.kind, listed: true })),
    ...[...identities.values()].map((identity) => ({
      key: identity.key,
      source: identity.listId ?? identity.name,
      kind: identity.kind,
      listed: identity.listId !== undefined,
    })),
  ];
  const slugs = assignSlugs(candidates);
  const slugOf = (key: string): string => slugs.get(key) as string;

  // 3. Mentions, quotes and statements, article by article.
  const mentionsByKey = new Map<string, MentionInContext[]>();
  const articlesByKey = new Map<string, Set<string>>();
  const mentionedIn: Set<string>[] = [];
  const quotesByKey = new Map<string, ArticleQuotes[]>();
  const statementsByKey = new Map<string, GraphStatement[]>();
  const unattributed: GraphQuote[] = [];
  const unattributedStatements: GraphStatement[] = [];
  const datelinesByKey = new Map<string, ArticleRef[]>();
  const seenIn = (key: string, article: string): void => {
    articlesByKey.set(key, (articlesByKey.get(key) ?? new Set()).add(article));
  };

  for (const article of ordered) {
    const local = localKeys.get(article.slug) ?? new Map<string, string>();
    const keyOf = (id: string, what: string): string => {
      const key = local.get(id);
      if (key === undefined) throw new Error(`article "${article.slug}": ${what} names entity id "${id}", which is not among its entities`);
      return key;
    };

    // Dateline places: the extraction knows them as entities, but they have no span in a text block.
    const datelineNames = new Set(article.dateline.map((place) => place.normalize('NFC')));
    for (const entity of article.extraction.entities) {
      if (![entity.name, ...entity.aliases].some((name) => datelineNames.has(name.normalize('NFC')))) continue;
      const key = keyOf(entity.id, `the dateline place "${entity.name}"`);
      seenIn(key, article.slug);
      datelinesByKey.set(key, [...(datelinesByKey.get(key) ?? []), refOf(article)]);
    }

    const mentioned = new Set<string>();
    for (const mention of [...article.extraction.mentions].sort(compareLocations)) {
      const key = keyOf(mention.entityId, `a mention of "${mention.text}"`);
      mentioned.add(key);
      seenIn(key, article.slug);
      const list = mentionsByKey.get(key) ?? [];
      list.push({
        ...placeOf(article, mention),
        text: mention.text,
        form: mention.form,
        context: contextOf(article, mention),
      });
      mentionsByKey.set(key, list);
    }
    mentionedIn.push(mentioned);

    for (const quote of [...article.extraction.quotes].sort(compareLocations)) {
      if (quote.kind === 'not-speech') continue;
      const attributed = isAttributed(quote);
      const key = attributed ? keyOf(quote.speakerId, `quote ${quote.id}`) : undefined;
      const speaker = key === undefined ? null : { slug: slugOf(key), name: (identities.get(key) as Identity).name };
      const graphQuote = toGraphQuote(article, { ...quote, kind: quote.kind }, speaker, contextOf(article, quote));
      if (key === undefined) {
        unattributed.push(graphQuote);
        continue;
      }
      seenIn(key, article.slug);
      const groups = quotesByKey.get(key) ?? [];
      const last = groups[groups.length - 1];
      if (last?.article.slug === article.slug) last.quotes.push(graphQuote);
      else groups.push({ article: refOf(article), quotes: [graphQuote] });
      quotesByKey.set(key, groups);
    }

    for (const statement of [...article.extraction.statements].sort(compareLocations)) {
      const key = statement.speakerId === null ? undefined : keyOf(statement.speakerId, `a statement cued by "${statement.cue}"`);
      const graphStatement: GraphStatement = {
        ...placeOf(article, statement),
        speakerSlug: key === undefined ? null : slugOf(key),
        speakerName: key === undefined ? statement.speaker : (identities.get(key) as Identity).name,
        cue: statement.cue,
        text: statement.text,
        context: contextOf(article, statement),
      };
      if (key === undefined) {
        unattributedStatements.push(graphStatement);
        continue;
      }
      seenIn(key, article.slug);
      statementsByKey.set(key, [...(statementsByKey.get(key) ?? []), graphStatement]);
    }
  }

  // 4. Co-mentions: how many articles mention both entities.
  const coMentions = new Map<string, Map<string, number>>();
  for (const keys of mentionedIn) {
    for (const a of keys) {
      const counts = coMentions.get(a) ?? new Map<string, number>();
      for (const b of keys) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
      coMentions.set(a, counts);
    }
  }

  const byDisplay = (a: { name: string; slug: string }, b: { name: string; slug: string }): number =>
    byName.compare(a.name, b.name) || byCodeUnits(a.slug, b.slug);

  const entities: SiteEntity[] = [];
  for (const identity of identities.values()) {
    const mentions = mentionsByKey.get(identity.key) ?? [];
    const speaks = quotesByKey.has(identity.key) || statementsByKey.has(identity.key);
    const datelines = datelinesByKey.get(identity.key) ?? [];
    if (mentions.length === 0 && !speaks && datelines.length === 0) continue;
    const related: RelatedEntity[] = [...(coMentions.get(identity.key) ?? new Map<string, number>())]
      .map(([key, count]) => {
        const other = identities.get(key) as Identity;
        return { slug: slugOf(key), name: other.name, kind: other.kind, articles: count };
      })
      .sort((a, b) => b.articles - a.articles || byDisplay(a, b));
    entities.push({
      key: identity.key,
      slug: slugOf(identity.key),
      name: identity.name,
      kind: identity.kind,
      ...(identity.listId === undefined ? {} : { listId: identity.listId }),
      ...(identity.listed?.description === undefined ? {} : { description: identity.listed.description }),
      ...(identity.listed?.wikidata === undefined ? {} : { wikidata: identity.listed.wikidata }),
      aliases: sortedSet(identity.aliases),
      roles: sortedSet(identity.roles),
      affiliations: sortedSet(identity.affiliations),
      mentionCount: mentions.length,
      articleCount: articlesByKey.get(identity.key)?.size ?? 0,
      mentions,
      related,
      datelines,
      speaks,
    });
  }

  const speakers: Speaker[] = [...new Set([...quotesByKey.keys(), ...statementsByKey.keys()])].map((key) => {
    const identity = identities.get(key) as Identity;
    const groups = quotesByKey.get(key) ?? [];
    return {
      slug: slugOf(key),
      name: identity.name,
      kind: identity.kind,
      quoteCount: groups.reduce((sum, group) => sum + group.quotes.length, 0),
      articles: groups,
      statements: statementsByKey.get(key) ?? [],
    };
  });

  const slugByArticleEntity: Record<string, Record<string, string>> = {};
  for (const [article, local] of localKeys) {
    slugByArticleEntity[article] = Object.fromEntries([...local].map(([id, key]) => [id, slugOf(key)]));
  }

  return {
    articles: ordered.map(refOf),
    entities: entities.sort(byDisplay),
    speakers: speakers.sort(byDisplay),
    unattributed,
    unattributedStatements,
    slugByArticleEntity,
  };
}

function toGraphQuote(
  article: SiteArticle,
  quote: SiteQuoteRecord & { kind: 'direct' | 'partial' },
  speaker: { slug: string; name: string } | null,
  context: InContext,
): GraphQuote {
  return {
    ...placeOf(article, quote),
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
    candidateSpeaker: speaker === null ? quote.speaker : null,
    context,
  };
}
