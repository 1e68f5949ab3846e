import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every .html file under `dir`, as paths relative to it, sorted. */
export async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

export async function readPage(dir: string, file: string): Promise<HTMLElement> {
  return parse(await readFile(join(dir, file), 'utf8'));
}

/** Text as a reader sees it: entities decoded, runs of white space collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A body paragraph's text as written in the entry. The page adds nothing
 * inside a paragraph (who said a quote is in the note after it), so this is
 * the paragraph's text as a reader sees it.
 */
export function writtenText(element: HTMLElement | null | undefined): string {
  return textOf(element);
}

/** The dist/ file a relative href on `page` leads to, and its fragment (decoded). */
export function resolveHref(page: string, href: string): { file: string; fragment: string } {
  const url = new URL(href, `file:///dist/${page}`);
  return { file: decodeURIComponent(url.pathname).slice('/dist/'.length), fragment: decodeURIComponent(url.hash.slice(1)) };
}
