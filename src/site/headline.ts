import { articleHeadline, type HeadlineSource, NO_HEADLINE } from '../graph/headline.ts';

// The derivation lives in the graph (every ArticleRef carries its headline);
// the site keeps importing it from here.
export { articleHeadline, DERIVED_HEADLINE_LIMIT, type Headline, type HeadlineSource, NO_HEADLINE } from '../graph/headline.ts';

/** The note beside a derived headline on the article page. */
export const DERIVED_HEADLINE_NOTE = 'Headline from the first sentence';

/**
 * The headline's text. Given only a title, an untitled article is
 * `Untitled article`; pages that hold an `ArticleRef` show `ref.headline`
 * instead, which is derived from the first sentence. Given the article, see
 * `articleHeadline`.
 */
export function headlineOf(source: string | null | HeadlineSource): string {
  if (source === null || typeof source === 'string') return source ?? NO_HEADLINE;
  return articleHeadline(source).text;
}
