import type { Block } from '../extract/types.ts';
import type { ArticleRef } from './types.ts';

export const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Code-unit order: the tie-breaker that never depends on locale data. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest date first, dated before undated, then by title, then by slug. */
export function compareArticles(a: ArticleRef, b: ArticleRef): number {
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
