import { articleTextFromMarkdown } from '../extract/article-text.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import type { SiteArticle } from '../graph/types.ts';

/** The fields of an `articles` collection entry the site graph reads. */
export interface StoredArticle {
  id: string;
  body?: string | undefined;
  data: {
    title: string | null;
    caption: string | null;
    dateline: string[];
    date?: string | undefined;
    extraction: SiteExtraction;
  };
}

/** A collection entry as the site graph's article: its plain-text blocks and stored extraction. */
export function toSiteArticle(entry: StoredArticle): SiteArticle {
  const { title, caption, dateline, date, extraction } = entry.data;
  const { paragraphs } = articleTextFromMarkdown({ title, caption, dateline }, entry.body ?? '');
  return {
    slug: entry.id,
    title,
    ...(date === undefined ? {} : { date }),
    dateline,
    paragraphs,
    captionText: caption,
    extraction,
  };
}
