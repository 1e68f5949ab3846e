import { renderArticleAhead, type ArticleRendering } from '../../../src/content/article-rendering.ts';
import type { SiteArticle } from '../../../src/graph/types.ts';
import { parseBody } from '../../../src/render/render-article-body.ts';

/** What the articles loader stores as `data.rendered` for an article whose body is `body`. */
export function renderedAhead(article: Pick<SiteArticle, 'title' | 'captionText' | 'extraction'>, body: string): ArticleRendering {
  return renderArticleAhead({ title: article.title, caption: article.captionText }, parseBody(body), article.extraction);
}
