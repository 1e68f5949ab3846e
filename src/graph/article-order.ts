import type { Block } from '../extract/types.ts';
import type { ArticleRef } from './types.ts';

export const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Code-unit order: the tie-breaker that never depends on locale data. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where an article's `date` came from: the page (or an editor) gave it, or,
 * failing that, it is the day the article was ingested. The site article
 * carries the ingestion day as its `date` so every list orders by it, and
 * says so with `dateSource: 'ingested'`; no `dateSource` means published.
 */
export type DateSource = 'published' | 'ingested';

export interface DateSourced {
  dateSource?: DateSource;
}

/** Where the article's date came from, or null when it has none. */
export function dateSourceOf(article: { date?: string; dateSource?: DateSource }): DateSource | null {
  if (article.date === undefined) return null;
  return article.dateSource ?? 'published';
}

/** What the article order reads: refs and site articles alike. */
export type OrderedArticle = Pick<ArticleRef, 'slug' | 'title' | 'date'>;

/**
 * Newest date first, dated before undated, then by title, then by slug. The
 * date is the publication date or, without one, the ingestion day (see
 * `DateSource`), so an article the page gave no date sorts by when it arrived.
 */
export function compareArticles(a: OrderedArticle, b: OrderedArticle): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byName.compare(a.title ?? '', b.title ?? '') || byCodeUnits(a.slug, b.slug);
}

/** Display order of entities and speakers: by name, then by slug (the order of the graph's lists). */
export function compareByName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return byName.compare(a.name, b.name) || byCodeUnits(a.slug, b.slug);
}

const BLOCK_ORDER: Readonly<Record<Block, number>> = { title: 0, caption: 1, body: 2 };

/** Reading order of spans within one article. */
export function compareLocations(
  a: { block: Block; paragraph: number; start: number },
  b: { block: Block; paragraph: number; start: number },
): number {
  return BLOCK_ORDER[a.block] - BLOCK_ORDER[b.block] || a.paragraph - b.paragraph || a.start - b.start;
}
