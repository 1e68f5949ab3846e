import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { internStrings, type StringPool } from '../graph/string-pool.ts';
import type { LinkedHtml } from '../render/linked-html.ts';

/**
 * What the articles loader works out once per entry, kept in a file of its
 * own beside Astro's content store rather than in it: the store is bundled
 * into the build as one JavaScript string, so every byte in it is held
 * several times over while the site builds (storing the rendered HTML there
 * doubled the store and added about 300 MB of peak memory at 600
 * articles). The site graph reads the extraction and text blocks, an
 * article page its HTML, one file at a time.
 */
export interface RenderedArticle {
  /** The extraction with the editor overrides applied, cut to the fields of the extraction schema (schema-copy.ts). */
  extraction: SiteExtraction;
  /** The body's text blocks as extraction read them (`paragraphsOf` of the parsed body). */
  paragraphs: string[];
  /**
   * The entry's body markdown, for a part the page renders itself (a null
   * one below, or one whose link holes it cannot fill). Here so that the
   * content store need not hold it: docs/bench-build.md, "Peak memory".
   */
  markdown: string;
  /** Null where nothing is rendered ahead: no title or caption, or a text holding a hole mark, which the page renders from the entry. */
  title: LinkedHtml | null;
  caption: LinkedHtml | null;
  body: LinkedHtml | null;
}

/** The folder, inside Astro's cache folder, holding one file per stored article. */
export function renderedFolder(cacheDir: string): string {
  return join(cacheDir, 'newsgraph-articles');
}

/**
 * The file of the entry whose store digest is `digest`: named by it, so a
 * file is never read for another version of the entry, and an unchanged
 * entry finds its file from the last build.
 */
export function renderedFile(folder: string, digest: string): string {
  return join(folder, `${createHash('sha256').update(digest).digest('hex').slice(0, 40)}.json`);
}

/**
 * Writes the file whole or not at all (a build stopped halfway leaves no
 * half file to read). Synchronous, and the folder is made only when the
 * write finds it missing: the loader syncs one entry after another, so each
 * awaited file operation left the process idle while the thread pool ran it
 * (at 1,000 articles, 1.8 s idle and 0.3 s of `mkdir` in a 19 s sync;
 * docs/bench-build.md, "Content sync profile").
 */
export function writeRenderedArticle(file: string, rendered: RenderedArticle): void {
  const partial = `${file}.${process.pid}.partial`;
  const json = JSON.stringify(rendered);
  try {
    writeFileSync(partial, json);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(partial, json);
  }
  renameSync(partial, file);
}

/** The entry's file, read when a page needs it; a missing one names the entry and what to do. */
export function readRenderedArticle(file: string, entry: string): RenderedArticle {
  if (!existsSync(file)) {
    throw new Error(`${entry}: its rendered text (${file}) is missing from the cache folder; build again, and keep the whole cache folder between builds`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as RenderedArticle;
}

/** What the site graph keeps of an entry's file for the whole build. */
export type GraphParts = Pick<RenderedArticle, 'extraction' | 'paragraphs'>;

/**
 * The extraction and text blocks of the entry's file, its short strings
 * (ids, names, block and form labels, cues) taken from `pool`, so every
 * article's copies of them are one string; the rendered HTML, which only
 * the article's own page reads, is not kept.
 */
export function readGraphParts(file: string, entry: string, pool: StringPool): GraphParts {
  const { extraction, paragraphs } = readRenderedArticle(file, entry);
  return { extraction: internStrings(extraction, pool), paragraphs };
}

/** Removes every file of `folder` but `keep` (absolute paths): articles deleted or changed since the last sync. */
export async function removeStaleRendered(folder: string, keep: ReadonlySet<string>): Promise<void> {
  if (!existsSync(folder)) return;
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    if (!keep.has(file)) await rm(file, { force: true });
  }
}
