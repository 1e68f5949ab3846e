import type { EntityListEntry } from '../extract/types.ts';
import { byCodeUnits, byName, compareArticles, compareByName } from './article-order.ts';
import { countCoMentions } from './co-mentions.ts';
import { collectEvidence, refOf, type Evidence, type SlugOf } from './collect-evidence.ts';
import { identifyEntities, type Identity, type LocalKeys } from './identify-entities.ts';
import { assignSlugs, type SlugCandidate } from './slugs.ts';
import type { RelatedEntity, SiteArticle, SiteEntity, SiteGraph, Speaker } from './types.ts';

/**
 * Aggregates every article's extraction into the site's entities, speakers
 * and unattributed quotes. Pure: the same articles and list give the same
 * graph in any input order.
 */
export function buildSiteGraph(articles: readonly SiteArticle[], entityList: readonly EntityListEntry[]): SiteGraph {
  // Sorting first makes every later "first seen" and every list order independent of input order.
  const ordered = [...articles].sort((a, b) => compareArticles(refOf(a), refOf(b)));
  const { identities, localKeys } = identifyEntities(ordered, entityList);
  const slugOf = entitySlugs(entityList, identities);
  const evidence = collectEvidence(ordered, localKeys, identities, slugOf);
  const coMentions = countCoMentions(evidence.mentionedIn);
  const entities = siteEntities(identities, evidence, coMentions, slugOf);
  const speakers = siteSpeakers(identities, evidence, slugOf);
  return {
    articles: ordered.map(refOf),
    entities,
    speakers,
    entityBySlug: new Map(entities.map((entity) => [entity.slug, entity])),
    speakerBySlug: new Map(speakers.map((speaker) => [speaker.slug, speaker])),
    unattributed: evidence.unattributed,
    unattributedStatements: evidence.unattributedStatements,
    slugByArticleEntity: slugsByArticleEntity(localKeys, slugOf),
  };
}

/** Every list entry is a slug candidate, seen or not, so listed entities keep their URLs as articles come and go. */
function entitySlugs(entityList: readonly EntityListEntry[], identities: Map<string, Identity>): SlugOf {
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
  return (key) => slugs.get(key) as string;
}

/**
 * How many co-mentioned entities an entity keeps, most shared first. An
 * article naming k entities makes each of them related to the k - 1 others;
 * listing them all would make the entity pages and entities.json grow with
 * the square of one article. (Counting them is bounded too: see
 * `CO_MENTION_TOP`.)
 */
export const RELATED_LIMIT = 20;

/** An identity with no mention, speech or dateline (say, the speaker of a not-speech quote) has nothing to show, so it gets no page. */
function siteEntities(
  identities: Map<string, Identity>,
  evidence: Evidence,
  coMentions: Map<string, Map<string, number>>,
  slugOf: SlugOf,
): SiteEntity[] {
  const entities: SiteEntity[] = [];
  for (const identity of identities.values()) {
    const mentions = evidence.mentionsByKey.get(identity.key) ?? [];
    const speaks = evidence.quotesByKey.has(identity.key) || evidence.statementsByKey.has(identity.key);
    const datelines = evidence.datelinesByKey.get(identity.key) ?? [];
    if (mentions.length === 0 && !speaks && datelines.length === 0) continue;
    const allRelated: RelatedEntity[] = [...(coMentions.get(identity.key) ?? new Map<string, number>())]
      .map(([key, count]) => {
        const other = identities.get(key) as Identity;
        return { slug: slugOf(key), name: other.name, kind: other.kind, articles: count };
      })
      .sort((a, b) => b.articles - a.articles || compareByName(a, b));
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
      articleCount: evidence.articlesByKey.get(identity.key)?.size ?? 0,
      mentions,
      related: allRelated.slice(0, RELATED_LIMIT),
      relatedCount: allRelated.length,
      datelines,
      speaks,
    });
  }
  return entities.sort(compareByName);
}

function siteSpeakers(identities: Map<string, Identity>, evidence: Evidence, slugOf: SlugOf): Speaker[] {
  const keys = new Set([...evidence.quotesByKey.keys(), ...evidence.statementsByKey.keys()]);
  const speakers = [...keys].map((key): Speaker => {
    const identity = identities.get(key) as Identity;
    const groups = evidence.quotesByKey.get(key) ?? [];
    return {
      slug: slugOf(key),
      name: identity.name,
      kind: identity.kind,
      quoteCount: groups.reduce((sum, group) => sum + group.quotes.length, 0),
      articles: groups,
      statements: evidence.statementsByKey.get(key) ?? [],
    };
  });
  return speakers.sort(compareByName);
}

function slugsByArticleEntity(localKeys: LocalKeys, slugOf: SlugOf): Record<string, Record<string, string>> {
  const slugs: Record<string, Record<string, string>> = {};
  for (const [article, local] of localKeys) {
    slugs[article] = Object.fromEntries([...local].map(([id, key]) => [id, slugOf(key)]));
  }
  return slugs;
}

function sortedSet(values: Set<string>): string[] {
  return [...values].sort((a, b) => byName.compare(a, b) || byCodeUnits(a, b));
}
