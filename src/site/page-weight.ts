import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { articleIdOf } from '../content/article-id.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleSchema } from '../content/article-schema.ts';
import { median } from '../eval/timing-stats.ts';
import { formatDateline } from './format-dateline.ts';

/**
 * How heavy an article page is against what it carries (issue 10: at most
 * 2.5x). The weight is the page's bytes over the article's own text: the
 * UTF-8 bytes of what the writer wrote and the page shows, the headline, the
 * dateline (as the page prints it), the caption and the body (the entry
 * after its frontmatter, white space at its ends left out). The rest of the
 * frontmatter (source file, dates, removed lines, editor fixes) is data
 * about the article, not its text, and does not count. For the seed that is
 * 54 + 13 + 92 + 2,725 = 2,884 bytes, the "2.9 KB of text".
 */
export const PAGE_WEIGHT_LIMIT = 2.5;

/** The parts of an article whose bytes are its text. */
export interface ArticleText {
  title: string | null;
  dateline: readonly string[];
  caption: string | null;
  body: string;
}

/** The UTF-8 bytes of the article's own text (see PAGE_WEIGHT_LIMIT). */
export function articleTextBytes({ title, dateline, caption, body }: ArticleText): number {
  return [title ?? '', formatDateline(dateline), caption ?? '', body.trim()].reduce((sum, part) => sum + Buffer.byteLength(part), 0);
}

/** The article text of an entry file's source; `file` names it in errors. */
export function articleTextOfEntry(source: string, file: string): ArticleText {
  const { data, body } = splitFrontmatter(source);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a valid article entry: ${parsed.error.issues[0]?.message ?? 'schema error'}`);
  const { title, dateline, caption } = parsed.data;
  return { title, dateline, caption, body };
}

export interface PageWeight {
  pageBytes: number;
  textBytes: number;
  /** pageBytes / textBytes; Infinity for an article with no text. */
  ratio: number;
}

export function pageWeight(pageBytes: number, textBytes: number): PageWeight {
  return { pageBytes, textBytes, ratio: textBytes === 0 ? Infinity : pageBytes / textBytes };
}

/** `7,183 B page / 2,884 B text = 2.49x`: how the weight is printed. */
export function formatPageWeight({ pageBytes, textBytes, ratio }: PageWeight): string {
  const bytes = (count: number): string => count.toLocaleString('en-US');
  return `${bytes(pageBytes)} B page / ${bytes(textBytes)} B text = ${ratio.toFixed(2)}x`;
}

/** An article page's weight, with the id of its article. */
export interface ArticlePageWeight extends PageWeight {
  id: string;
}

/**
 * The weight of the page of every entry in `articlesDir` (`*.md`) in the
 * built site `dist` (`articles/<id>/index.html`), in entry file order. A
 * missing page is an error naming it: a weight is only measured on a
 * complete build.
 */
export async function articlePageWeights(dist: string, articlesDir: string): Promise<ArticlePageWeight[]> {
  const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  const weights: ArticlePageWeight[] = [];
  for (const name of files) {
    const id = articleIdOf(name);
    if (id === null) continue;
    const page = join(dist, 'articles', id, 'index.html');
    const pageBytes = (await stat(page).catch(() => {
      throw new Error(`${page}: no page for the entry ${join(articlesDir, name)}`);
    })).size;
    const text = articleTextOfEntry(await readFile(join(articlesDir, name), 'utf8'), join(articlesDir, name));
    weights.push({ id, ...pageWeight(pageBytes, articleTextBytes(text)) });
  }
  return weights;
}

export interface PageWeightSummary {
  pages: number;
  median: number;
  max: number;
  /** The article of the heaviest page. */
  maxId: string;
}

/** Median and maximum ratio over some article pages; null for none. */
export function pageWeightSummary(weights: readonly ArticlePageWeight[]): PageWeightSummary | null {
  const [first, ...rest] = weights;
  if (first === undefined) return null;
  const heaviest = rest.reduce((max, weight) => (weight.ratio > max.ratio ? weight : max), first);
  return { pages: weights.length, median: median(weights.map((weight) => weight.ratio)), max: heaviest.ratio, maxId: heaviest.id };
}

/** `article pages 2.95x median, 4.21x max (video-…), page bytes / article text bytes`: how a summary is printed. */
export function formatPageWeightSummary({ pages, median, max, maxId }: PageWeightSummary): string {
  return `article page weight (page bytes / article text bytes, ${pages} pages): median ${median.toFixed(2)}x, max ${max.toFixed(2)}x (${maxId}); limit ${PAGE_WEIGHT_LIMIT}x`;
}
