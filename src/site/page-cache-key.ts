import { createHash } from 'node:crypto';
import type { SiteEntity, SiteGraph, Speaker } from '../graph/types.ts';
import type { SiteData } from './site-graph.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose `cacheKey` and imported code are both unchanged since the last build
 * is copied from Astro's cache instead of rendered. Astro hashes the code but
 * not content data, so a key must cover every piece of data the page reads:
 * a key that misses one serves a stale page. docs/incremental-build.md lists
 * what each page reads.
 */

/**
 * A value JSON writes whole. JSON.stringify writes a Map or Set as `{}` and
 * leaves functions out, so a key over one would not change with its data;
 * such values do not type-check here (a Date neither: give its ISO string).
 */
export type KeyData<T> = T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | ((...args: never[]) => unknown)
  ? never
  : T extends object
    ? { [K in keyof T]: KeyData<T[K]> }
    : T;

/**
 * A digest of a JSON value. Plain JSON.stringify, without a replacer: one
 * that looked at every value for Maps and Sets doubled the time of the keys,
 * about 1.5 s of every build at 4,000 articles (29,684 keys over 363 MB of
 * JSON), and no key held one; KeyData keeps them out instead.
 */
export function cacheKeyOf<T>(value: T & KeyData<T>): string {
  const json = JSON.stringify(value) as string | undefined;
  return createHash('sha256').update(json ?? 'undefined').digest('base64url');
}

/** The fields of an `articles` entry the key reads: its digest covers the source bytes, the entity list and the loader. */
export interface DigestedEntry {
  id: string;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/**
 * An article page reads its own entry (its text, and the extraction whose
 * mentions, quotes and speaker names it renders: all in the loader's digest)
 * and the slugs its entities and speakers link to. Nothing from other
 * articles, so editing one article leaves the other article pages' keys
 * alone unless one of their slugs changes.
 */
export function articleCacheKey(entry: DigestedEntry, { graph, articles }: SiteData): string {
  if (entry.digest === undefined) throw new Error(`${entry.filePath ?? entry.id}: the articles loader gave the entry no digest, so its page cannot be cached`);
  const article = articles.get(entry.id);
  // articlePageData fails on this page with the article's name; the key need not.
  if (article === undefined) return cacheKeyOf({ digest: entry.digest, missing: true });
  return cacheKeyOf({ digest: entry.digest, links: graph.slugByArticleEntity[entry.id] ?? {} });
}

/** An entity page reads the entity (with every mention, in context) and, when the entity is quoted, its speaker record. */
export function entityCacheKey(entity: SiteEntity, graph: SiteGraph): string {
  return cacheKeyOf({ entity, speaker: graph.speakerBySlug.get(entity.slug) ?? null });
}

/** A speaker page reads the speaker and whether an entity page of the same slug exists to link to. */
export function speakerCacheKey(speaker: Speaker, graph: SiteGraph): string {
  return cacheKeyOf({ speaker, hasEntityPage: graph.entityBySlug.has(speaker.slug) });
}
