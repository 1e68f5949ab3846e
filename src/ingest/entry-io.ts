import { join } from 'node:path';
import { parseEntry, type ArticleEntry } from './article-entry.ts';
import { TargetExistsError, writeFileAtomically } from './atomic-write.ts';
import { readRegularFile } from './bounded-read.ts';
import { IngestError } from './ingest-error.ts';
import type { IngestResult } from './ingest-text.ts';

export { MAX_RAW_TEXT_BYTES } from './bounded-read.ts';

/**
 * Reads a raw text file as UTF-8, refusing anything but a regular file of at
 * most MAX_RAW_TEXT_BYTES, binary, invalid UTF-8, empty and whitespace-only files.
 */
export async function readRawText(path: string): Promise<string> {
  const bytes = await readRegularFile(path);
  if (bytes.includes(0)) throw new IngestError(`${path}: contains NUL bytes; is it a binary file?`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`${path}: is not valid UTF-8 text`);
  }
  if (text.length === 0) throw new IngestError(`${path}: is empty`);
  if (text.trim().length === 0) throw new IngestError(`${path}: contains only whitespace`);
  return text;
}

/** Reads an entry written by ingest (or edited by hand) back into frontmatter and body. */
export async function readEntryFile(path: string): Promise<ArticleEntry> {
  const bytes = await readRegularFile(path);
  return parseEntry(bytes.toString('utf8'), path);
}

export interface WriteOptions {
  outDir: string;
  /** Overwrite an existing entry with the same slug. */
  force: boolean;
}

/** The first paragraph of a markdown body, whitespace collapsed: with the title, what identifies an article. */
function firstParagraph(body: string): string {
  return (body.trim().split(/\n\s*\n/u)[0] ?? '').replace(/\s+/gu, ' ');
}

/**
 * Whether the entry on disk is the article being ingested: same title and
 * either the same opening paragraph or, for a titled article, the same source
 * file (a raw file edited since). Two untitled raw files that are both called
 * `news.txt`, from two folders, are different articles.
 */
function sameArticle(existing: ArticleEntry, result: IngestResult): boolean {
  const { title, source } = result.frontmatter;
  if (existing.frontmatter.title !== title) return false;
  return firstParagraph(existing.body) === firstParagraph(result.body) || (title !== null && existing.frontmatter.source === source);
}

const describeArticle = (title: string | null, source: string): string =>
  `${title === null ? '(untitled)' : `"${title}"`} from ${source}`;

/** Why an existing file at `path` blocks the write, and how to go on. */
async function collision(path: string, result: IngestResult): Promise<IngestError> {
  let existing: ArticleEntry;
  try {
    existing = await readEntryFile(path);
  } catch (error) {
    const problem = error instanceof IngestError ? error.message : String(error);
    return new IngestError(
      `${path} already exists and is not an entry ingest can read (${problem}); move it away, or use --force to overwrite it`,
    );
  }
  if (sameArticle(existing, result)) return new IngestError(`${path} already exists; use --force to overwrite it`);
  const { title, source } = result.frontmatter;
  return new IngestError(
    `${path} already exists and holds a different article: ${describeArticle(existing.frontmatter.title, existing.frontmatter.source)} ` +
      `and ${describeArticle(title, source)} collide on the slug "${result.slug}". ` +
      `Write this one to another folder with --out DIR, rename ${path} first, or replace it with --force.`,
  );
}

/**
 * Writes `<outDir>/<slug>.md` and returns its path; never replaces an entry
 * unless `force` is set, and never leaves a partly written file behind.
 */
export async function writeEntry(result: IngestResult, { outDir, force }: WriteOptions): Promise<string> {
  const path = join(outDir, `${result.slug}.md`);
  try {
    await writeFileAtomically(path, result.markdown, { overwrite: force });
  } catch (error) {
    if (error instanceof TargetExistsError) throw await collision(path, result);
    throw error;
  }
  return path;
}
