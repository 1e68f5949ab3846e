import type { ArticleRef } from '../graph/types.ts';
import { compareArticles as compareArticleRefs } from '../graph/article-order.ts';

/** The fields of an `articles` collection entry the front page orders by. */
export interface Orderable {
  id: string;
  data: { title: string | null; date?: string | undefined };
}

/**
 * Front-page order of collection entries, the same order the site graph
 * gives its articles (newest first, then headline, then slug), so the front
 * page and the feed never disagree.
 */
export function compareArticles(a: Orderable, b: Orderable): number {
  return compareArticleRefs(refOf(a), refOf(b));
}

function refOf({ id, data }: Orderable): ArticleRef {
  return { slug: id, title: data.title, ...(data.date === undefined ? {} : { date: data.date }) };
}
