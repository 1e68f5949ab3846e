import type { DateSourced } from '../graph/article-order.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import type { SiteArticle } from '../graph/types.ts';

/** The fields of an `articles` collection entry the site graph reads. */
export interface StoredArticle {
  id: string;
  /** The entry file relative to the project root, as the loader stored it. */
  filePath?: string | undefined;
  data: {
    title: string | null;
    caption: string | null;
    dateline: string[];
    date?: string | undefined;
    ingested?: string | undefined;
  };
}

/** What the articles loader worked out for the entry (its `RenderedArticle`) that the site graph reads. */
export interface LoadedParts {
  extraction: SiteExtraction;
  paragraphs: string[];
}

/**
 * A collection entry as the site graph's article: the extraction and the
 * body's text blocks as the loader stored them, so the markdown is not
 * parsed again. Its `date` is the publication date or, without one, the
 * ingestion day, marked `dateSource: 'ingested'`.
 */
export function toSiteArticle(entry: StoredArticle, { extraction, paragraphs }: LoadedParts): SiteArticle & DateSourced {
  const { title, caption, dateline, date, ingested } = entry.data;
  return {
    slug: entry.id,
    ...(entry.filePath === undefined ? {} : { file: entry.filePath }),
    title,
    ...(date !== undefined ? { date } : ingested !== undefined ? { date: ingested, dateSource: 'ingested' as const } : {}),
    dateline,
    paragraphs,
    captionText: caption,
    extraction,
  };
}
