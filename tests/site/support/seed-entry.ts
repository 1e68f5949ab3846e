import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { articleSchema, type ArticleData } from '../../../src/content/article-schema.ts';
import { articleTextFromMarkdown } from '../../../src/extract/article-text.ts';
import { repoRoot } from './project.ts';

/** The raw file the committed seed entry was ingested from. */
export const SEED_SOURCE_NAME = '000_f426b72678450e3a';

export interface SeedEntry {
  slug: string;
  data: ArticleData;
  /** Body paragraphs as plain text, found the way the extraction finds them. */
  paragraphs: string[];
}

/** The committed entry in content/articles/ ingested from the seed article. */
export async function seedEntry(): Promise<SeedEntry> {
  const folder = join(repoRoot, 'content', 'articles');
  const files = (await readdir(folder).catch(() => [] as string[])).filter((file) => file.endsWith('.md'));
  for (const file of files) {
    const { data, body } = splitFrontmatter(await readFile(join(folder, file), 'utf8'));
    if (typeof data.source !== 'string' || !data.source.includes(SEED_SOURCE_NAME)) continue;
    const valid = articleSchema.parse(data);
    const { paragraphs } = articleTextFromMarkdown(valid, body);
    return { slug: file.replace(/\.md$/, ''), data: valid, paragraphs };
  }
  throw new Error(`No entry in content/articles/ has a source naming ${SEED_SOURCE_NAME}; run npx newsgraph ingest on the seed article.`);
}
