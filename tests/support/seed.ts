/**
 * The seed article as the repo holds it: the entry ingest wrote to
 * content/articles/, read the way the engine reads a .md entry. Tests that
 * need only its text or its extraction start here, so they run in a fresh
 * clone; only tests about the raw file itself read the shared seed folder
 * beside the checkout, and they skip when it is absent (shared-data.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleTextFromMarkdown, type ArticleHead } from '../../src/extract/article-text.ts';
import type { ArticleText } from '../../src/extract/types.ts';
import { parseEntry } from '../../src/ingest/article-entry.ts';
import { repoRoot } from './shared-data.ts';

/** The seed's file name in the shared seed folder, without extension. */
export const SEED_NAME = '000_f426b72678450e3a';
/** The raw seed in the shared folder, as parts for sharedPath / hasShared. */
export const SEED_RAW: readonly [string, string] = ['seed', `${SEED_NAME}.txt`];
/** The seed's gold annotation in the shared folder, as parts for sharedPath / hasShared. */
export const SEED_GOLD: readonly [string, string] = ['seed', `${SEED_NAME}.gold.json`];

/** The slug ingest gives the seed, and so its entry's file name. */
export const SEED_SLUG = 'japan-south-korea-push-putin-over-pyongyang-sanctions';
export const SEED_ENTRY_PATH = join(repoRoot, 'content', 'articles', `${SEED_SLUG}.md`);

/** The committed entry's text, exactly as on disk. */
export function seedEntryMarkdown(): string {
  return readFileSync(SEED_ENTRY_PATH, 'utf8');
}

export interface SeedArticle {
  head: Required<ArticleHead>;
  body: string;
  text: ArticleText;
}

/** The committed seed entry as `newsgraph extract <entry.md>` reads it. */
export function seedArticle(): SeedArticle {
  const { frontmatter, body } = parseEntry(seedEntryMarkdown(), SEED_ENTRY_PATH);
  const head = { title: frontmatter.title, caption: frontmatter.caption, dateline: frontmatter.dateline, removed: frontmatter.removed };
  return { head, body, text: articleTextFromMarkdown(head, body) };
}
