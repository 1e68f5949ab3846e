/** Which article a step was working on: enough for a person to open its entry. */
export interface ArticleOrigin {
  slug: string;
  /** The entry file relative to the project root (`content/articles/x.md`), when known. */
  file?: string | undefined;
}

/** An error raised while the site worked on one article; its message starts with the article's file. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  readonly article: ArticleOrigin;

  constructor(article: ArticleOrigin, message: string, options: { cause: unknown }) {
    super(message, options);
    this.article = article;
  }
}

/** `content/articles/x.md (article "x")`, or `article "x"` when the file is not known. */
export function articleLabel(origin: ArticleOrigin): string {
  return origin.file === undefined ? `article "${origin.slug}"` : `${origin.file} (article "${origin.slug}")`;
}

/**
 * The error to throw when `step` failed for an article: its message names
 * the file first, then the step, then the original message; the original
 * error is its `cause`. An error that already names this article is
 * returned as it is, so nested steps do not repeat the file.
 */
export function articleError(origin: ArticleOrigin, step: string, error: unknown): ArticleError {
  if (error instanceof ArticleError && error.article.slug === origin.slug) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ArticleError(origin, `${articleLabel(origin)}: ${step} failed: ${message}`, { cause: error });
}

/** Runs one step of the work on an article; whatever it throws comes out naming the article. */
export function inArticle<T>(origin: ArticleOrigin, step: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw articleError(origin, step, error);
  }
}

/** `inArticle` for a step that awaits. */
export async function inArticleAsync<T>(origin: ArticleOrigin, step: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw articleError(origin, step, error);
  }
}
