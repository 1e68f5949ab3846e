import { articleError, inArticle } from '../graph/article-error.ts';
import { readRenderedArticle } from '../content/rendered-articles.ts';
import { articleHtml, type ArticleHtml } from './article-html.ts';
import { articleLinks } from './article-links.ts';
import { storyBodyClass } from './drop-cap.ts';
import { formatArticleDate } from './format-date.ts';
import { articleHeadline, DERIVED_HEADLINE_NOTE, type Headline } from './headline.ts';
import { articleDescription } from './page-description.ts';
import type { Route } from './paths.ts';
import { articleRoute } from './routes.ts';
import type { SiteData } from './site-graph.ts';
import type { StoredArticle } from './site-article.ts';

/** The fields of an `articles` collection entry the article page reads: the site graph's, plus its rendered file. */
export interface ArticleEntry extends StoredArticle {
  data: StoredArticle['data'] & { renderedFile: string };
}

/**
 * The article's HTML from the loader's file, which also holds the body's
 * markdown for a part the page must render itself: the content store does not
 * keep the bodies, so a build does not hold every article's text at once.
 */
function articleHtmlOf(entry: ArticleEntry, extraction: Parameters<typeof articleHtml>[2], links: Parameters<typeof articleHtml>[3]): ArticleHtml {
  const rendered = readRenderedArticle(entry.data.renderedFile, entry.filePath ?? entry.id);
  return articleHtml({ data: entry.data, body: rendered.markdown }, rendered, extraction, links);
}

/** A step of a page's breadcrumb trail (BaseLayout's `crumbs`); the page itself has no route. The article page has none: see articlePageData. */
export interface PageCrumb {
  label: string;
  route?: Route;
}

/** Everything the article page shows, worked out before any markup is written. */
export interface ArticlePageData {
  route: Route;
  /** The same headline as the front page, feed and data files: the title, or one made from the first sentence. */
  headline: Headline;
  /** The note under a headline made from the first sentence; null under a title. */
  headlineNote: string | null;
  /** The page's meta description: the first sentence, cut at a word. */
  description: string;
  dateline: string[];
  date: string | undefined;
  /** The ingestion day of an article without a publication date, as a `<time>` shows it. */
  added: { datetime: string; label: string } | null;
  titleHtml: string | null;
  captionHtml: string | null;
  bodyHtml: string;
  /** The class list of the body's wrapper: `story-body`, with `drop-cap` when the first paragraph opens with a letter or digit. */
  bodyClass: string;
}

/**
 * The article page's data (src/site/route-data-article.ts builds it once per page):
 * headline, dates, and the annotated title, caption and body. Any failure
 * comes out naming the article's file, with the original error as its cause.
 *
 * The page carries each thing once, so it has no breadcrumb trail (the
 * masthead, the header's current "Articles" and the headline say all of
 * it), no side panel (each entity is linked at its first mention in the
 * caption or body, each quote's speaker named after its paragraph) and no
 * JSON-LD (a `NewsArticle` node held only the headline, dateline, date and
 * site name the page's own markup already gives; data/articles.json has
 * them as data). Like the headline, the dateline links nothing: a dateline
 * place's entity page lists the articles filed from it.
 */
export function articlePageData(entry: ArticleEntry, { graph, articles }: SiteData): ArticlePageData {
  const origin = { slug: entry.id, file: entry.filePath };
  const siteArticle = articles.get(entry.id);
  if (siteArticle === undefined) throw articleError(origin, 'preparing its page', new Error('the article is missing from the site graph'));
  return inArticle(origin, 'preparing its page', () => {
    const { extraction } = siteArticle;
    const route = articleRoute(entry.id);
    const links = articleLinks(route, graph.slugByArticleEntity[entry.id] ?? {});
    const headline = articleHeadline(siteArticle);
    const { date, ingested } = entry.data;
    return {
      route,
      headline,
      headlineNote: headline.derived ? DERIVED_HEADLINE_NOTE : null,
      description: articleDescription(siteArticle, headline.text),
      dateline: entry.data.dateline,
      date,
      added: date === undefined && ingested !== undefined ? { datetime: ingested, label: formatArticleDate(ingested, 'ingested') } : null,
      ...articleHtmlOf(entry, extraction, links),
      bodyClass: storyBodyClass(siteArticle.paragraphs[0]),
    };
  });
}
