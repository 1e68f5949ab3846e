import { articleHeadline } from './headline.ts';
import { compareArticles, dateSourceOf, type DateSourced } from './article-order.ts';
import { clipAtWord } from './clip-at-word.ts';
import type { HrefFor } from './routes.ts';
import type { SiteArticle } from './types.ts';

export interface FeedOptions {
  /** Absolute site URL (Astro's `site`); without it, ids are URNs and links stay relative to the site root. */
  siteUrl?: string;
  /** Href of the feed itself, e.g. `feed.xml`. */
  selfHref: string;
  hrefFor: HrefFor;
  /** Default `newsgraph`. */
  title?: string;
  /**
   * Timestamp used only when no article has a date at all (an empty feed, or
   * hand-written entries with neither `date` nor `ingested`); default
   * `1970-01-01T00:00:00Z` so builds are reproducible.
   */
  updated?: string;
  /** Most entries to list; default all. */
  limit?: number;
}

// XML 1.0 forbids these characters outright, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] as string);
}

const midnightUtc = (isoDate: string): string => `${isoDate}T00:00:00Z`;

/**
 * An Atom 1.0 feed of the articles, newest first. Deterministic: no clock is
 * read. Dates are midnight UTC of the article's date, which is the
 * publication date or else the ingestion day (then the entry has no
 * `<published>`). The feed's `<updated>` is the newest of them; an undated
 * entry gets that too.
 */
export function buildAtomFeed(articles: readonly (SiteArticle & DateSourced)[], options: FeedOptions): string {
  const dates = articles.flatMap((article) => (article.date === undefined ? [] : [midnightUtc(article.date)]));
  const feedUpdated = dates.sort().at(-1) ?? options.updated ?? '1970-01-01T00:00:00Z';
  // A site below the host's root (`https://example.org/news`) is a folder: without the slash, URL resolution would drop `news`.
  const base = options.siteUrl === undefined || options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const resolve = (href: string): string => (base ? new URL(href, base).href : href);
  const title = options.title ?? 'newsgraph';
  const entries = [...articles]
    .sort(compareArticles)
    .slice(0, options.limit ?? articles.length)
    .map((article) => {
      const href = options.hrefFor({ page: 'article', slug: article.slug });
      const id = options.siteUrl ? resolve(href) : `urn:newsgraph:article:${encodeURIComponent(article.slug)}`;
      const updated = article.date === undefined ? feedUpdated : midnightUtc(article.date);
      // The opening paragraph, cut: a run-on one could put a whole article in every feed reader's list.
      const opening = article.paragraphs[0];
      const summary = opening === undefined ? undefined : clipAtWord(opening);
      return [
        '  <entry>',
        `    <id>${escapeXml(id)}</id>`,
        `    <title>${escapeXml(articleHeadline(article).text)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(resolve(href))}"/>`,
        `    <updated>${escapeXml(updated)}</updated>`,
        ...(dateSourceOf(article) === 'published' ? [`    <published>${escapeXml(updated)}</published>`] : []),
        ...(summary === undefined ? [] : [`    <summary>${escapeXml(summary)}</summary>`]),
        '  </entry>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(options.siteUrl ? resolve('') : 'urn:newsgraph:feed')}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${escapeXml(feedUpdated)}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(resolve(options.selfHref))}"/>`,
    ...(options.siteUrl ? [`  <link rel="alternate" type="text/html" href="${escapeXml(resolve(''))}"/>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
