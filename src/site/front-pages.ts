import type { SiteArticle } from '../graph/types.ts';
import { firstSentence } from './first-sentence.ts';
import { articleHeadline } from './headline.ts';
import { frontPageDescription } from './page-description.ts';
import { type Page, type PageNav, hrefBytes, htmlBytes, pageNav, paginate } from './paginate.ts';
import { articleRoute, homePageRoute } from './routes.ts';

/**
 * Articles on one front page. Numbered pages rather than months: a page's
 * size is then bounded by its count, however many articles a month has
 * (a busy month of 2,000 articles would not fit in 300 KB), and the reader
 * of the front page sees the newest articles first either way.
 */
export const ARTICLES_PER_PAGE = 50;

/** Markup of one teaser around its texts: list item, article, meta line, heading, link, classes (measured at about 200 bytes). */
export const TEASER_MARKUP_BYTES = 600;
/** A publication date in the meta line: `<time datetime="…">7 September 2017</time>` is at most 50 bytes. */
export const PUBLISHED_DATE_BYTES = 64;
/** The `Added …` line of an article dated by its ingestion day: its own paragraph and time element, at most 84 bytes. */
export const ADDED_LINE_BYTES = 96;

export interface FrontPage {
  page: Page<SiteArticle>;
  nav: PageNav;
  /** How many pages the list has, for the `page 2 of 40` line. */
  pageCount: number;
  /** The page's meta description: which articles it lists, and which page it is. */
  description: string;
}

/** An upper bound of a teaser's bytes on the front page. */
export function teaserBytes(article: SiteArticle): number {
  const opening = article.paragraphs[0];
  const headline = articleHeadline(article);
  // As in the teaser: a derived headline is the first sentence, so no standfirst repeats it.
  const standfirst = opening === undefined || headline.derived ? '' : firstSentence(opening);
  return (
    TEASER_MARKUP_BYTES +
    htmlBytes(headline.text) +
    htmlBytes(standfirst) +
    htmlBytes(article.dateline.join(' / ')) +
    (article.dateSource === 'ingested' ? ADDED_LINE_BYTES : PUBLISHED_DATE_BYTES) +
    hrefBytes(articleRoute(article.slug))
  );
}

/** The front page and `page/2/`, `page/3/`…: the articles in the order given (newest first), cut into pages. */
export function frontPages(articles: readonly SiteArticle[]): FrontPage[] {
  const pages = paginate(articles, { perPage: ARTICLES_PER_PAGE, bytesOf: teaserBytes, routeOf: homePageRoute });
  return pages.map((page) => ({
    page,
    nav: pageNav(pages, page.number),
    pageCount: pages.length,
    description: frontPageDescription({ number: page.number, shown: page.items.length }, pages.length, articles.length),
  }));
}
