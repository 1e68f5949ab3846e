/**
 * Whether ingest found the page's headline: the line a reader sees as the
 * article's title. Scored against the gold `title` (null when the stored page
 * has none), comparing letters and digits only.
 */
import { normalizeSpanText } from './normalize.ts';

export type HeadlineVerdict = 'right' | 'wrong' | 'missing' | 'made-up' | 'none';

export function judgeHeadline(found: string | null, gold: string | null): HeadlineVerdict {
  if (gold === null) return found === null ? 'none' : 'made-up';
  if (found === null) return 'missing';
  return normalizeSpanText(found) === normalizeSpanText(gold) ? 'right' : 'wrong';
}

export type HeadlineCounts = Record<HeadlineVerdict, number>;

export function countHeadlines(verdicts: readonly HeadlineVerdict[]): HeadlineCounts {
  const counts: HeadlineCounts = { right: 0, wrong: 0, missing: 0, 'made-up': 0, none: 0 };
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}

/** `Headlines: 72 of 82 right (3 wrong, 7 missing); 4 made up for 30 pages without one.` */
export function formatHeadlines(counts: HeadlineCounts): string {
  const withHeadline = counts.right + counts.wrong + counts.missing;
  const without = counts['made-up'] + counts.none;
  return `Headlines: ${counts.right} of ${withHeadline} right (${counts.wrong} wrong, ${counts.missing} missing); ${counts['made-up']} made up for ${without} pages without one.`;
}
