import { dateSourceOf, type DateSource } from '../graph/article-order.ts';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2017-09-07` -> `7 September 2017`. Read as UTC so no reader's time zone moves the day. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * An article's date as pages show it: `5 March 2024` for a publication date,
 * `Added 5 March 2024` for the day an undated article was ingested, so the
 * reader never takes one for the other.
 */
export function formatArticleDate(isoDate: string, source: 'published' | 'ingested'): string {
  return source === 'ingested' ? `Added ${formatDate(isoDate)}` : formatDate(isoDate);
}

/** The date line of an article reference (`5 March 2024`, `Added 5 March 2024`), or null when it has no date. */
export function articleDateLabel(article: { date?: string; dateSource?: DateSource }): string | null {
  const source = dateSourceOf(article);
  return article.date === undefined || source === null ? null : formatArticleDate(article.date, source);
}
