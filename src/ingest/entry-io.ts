import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEntry, type ArticleEntry } from './article-entry.ts';
import { IngestError } from './ingest-error.ts';
import type { IngestResult } from './ingest-text.ts';

const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a text file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new IngestError(`cannot read ${path}: ${READ_PROBLEMS[code] ?? (error as Error).message}`);
  }
}

/** Reads a raw text file as UTF-8, refusing binary, invalid UTF-8, empty and whitespace-only files. */
export async function readRawText(path: string): Promise<string> {
  const bytes = await readBytes(path);
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
  const bytes = await readBytes(path);
  return parseEntry(bytes.toString('utf8'), path);
}

export interface WriteOptions {
  outDir: string;
  /** Overwrite an existing entry with the same slug. */
  force: boolean;
}

async function existingSource(path: string): Promise<string | null> {
  try {
    return parseEntry(await readFile(path, 'utf8'), path).frontmatter.source;
  } catch {
    return null;
  }
}

/** Writes `<outDir>/<slug>.md` and returns its path; never replaces an entry unless `force` is set. */
export async function writeEntry(result: IngestResult, { outDir, force }: WriteOptions): Promise<string> {
  const path = join(outDir, `${result.slug}.md`);
  await mkdir(outDir, { recursive: true });
  try {
    await writeFile(path, result.markdown, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const source = await existingSource(path);
    if (source !== null && source !== result.frontmatter.source) {
      throw new IngestError(
        `${path} already exists and came from ${source}; ${result.frontmatter.source} has a title with the same slug. ` +
          'Use --out to write it to another folder, or --force to overwrite.',
      );
    }
    throw new IngestError(`${path} already exists; use --force to overwrite it`);
  }
  return path;
}
