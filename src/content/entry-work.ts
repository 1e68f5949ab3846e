import type { z } from 'astro/zod';
import type { EntityListEntry } from '../extract/types.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { parseBody } from '../render/render-article-body.ts';
import { renderArticleAhead } from './article-rendering.ts';
import { articleSchema, type ArticleData } from './article-schema.ts';
import { EntryError } from './entry-error.ts';
import { entryText, extractEntry } from './extract-entry.ts';
import { extractionSchema } from './extraction-schema.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { writeRenderedArticle } from './rendered-articles.ts';
import { schemaCopy } from './schema-copy.ts';

/** One entry whose digest changed: what the articles loader hands over to be extracted and rendered. */
export interface EntryTask {
  /** The entry's path relative to the project root, as messages show it. */
  path: string;
  id: string;
  /** The entry's text (decoded by the loader, which digested it). */
  source: string;
  /** Where its rendered file goes (rendered-articles.ts `renderedFile`). */
  file: string;
}

/** Fields the loader computes into an entry's data; frontmatter that sets one is refused. */
const COMPUTED_FIELDS = ['extraction', 'renderedFile'] as const;

/** The extraction as stored: only the fields the extraction schema declares (the engine's quote evidence goes). */
const storedExtraction = schemaCopy(extractionSchema);

/**
 * Validates an entry's frontmatter, extracts and renders it, writes its
 * rendered file and returns the validated frontmatter, which the loader
 * stores. Everything here depends only on the task and the entity list, so
 * it runs in the loader's thread or in a worker alike (entry-pool.ts). A bad
 * entry throws an EntryError; anything the engine throws gets the entry's
 * path put first in its message.
 */
export function workEntry(task: EntryTask, entityList: readonly EntityListEntry[]): ArticleData {
  const { path, id, source, file } = task;
  const { data, body } = frontmatterOf(source, path);
  const computed = COMPUTED_FIELDS.find((field) => field in data);
  if (computed !== undefined) throw new EntryError(path, undefined, `"${computed}" is computed by the build; remove it from the frontmatter`);
  // The frontmatter alone is validated first: its own mistakes are what the
  // editor has to fix, and extraction must never run on data that failed.
  const frontmatter = articleSchema.safeParse(data);
  if (!frontmatter.success) throw schemaError(path, frontmatter.error.issues);
  // Parsed once: the text blocks come from the tree before the renderer annotates it.
  const tree = parseBody(body);
  const text = entryText(frontmatter.data, tree);
  const extraction = namingFile(path, () => extractEntry(id, frontmatter.data, text, entityList));
  // What the extraction schema declares of it, for the site graph and a page that renders a part itself:
  // the engine's result is typed, so it is copied to the schema's fields instead of parsed again.
  const kept: SiteExtraction = namingFile(path, () => storedExtraction(extraction));
  const rendered = namingFile(path, () => renderArticleAhead(frontmatter.data, tree, kept));
  writeRenderedArticle(file, { extraction: kept, paragraphs: text.paragraphs, markdown: body, ...rendered });
  return frontmatter.data;
}

/**
 * Runs `work`, putting the file first in the message of anything it throws:
 * an override that matches nothing names the article, not its file. The
 * stack stays, in case it is a bug.
 */
function namingFile<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error) error.message = `${path}: ${error.message}`;
    throw error;
  }
}

function frontmatterOf(source: string, path: string): ReturnType<typeof splitFrontmatter> {
  try {
    return splitFrontmatter(source);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new EntryError(path, 'frontmatter', error.message);
    throw error;
  }
}

/** The frontmatter's own issues, each as `field: problem`, in one line; the first field is the error's `field`. */
function schemaError(path: string, issues: readonly z.core.$ZodIssue[]): EntryError {
  const problems = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), problem: 'is not a known field (misspelt?)' }));
    }
    return [{ field: issue.path.length === 0 ? 'frontmatter' : issue.path.join('.'), problem: issue.message }];
  });
  const [first, ...rest] = problems;
  const problem = [first?.problem ?? 'does not match the schema', ...rest.map((item) => `${item.field}: ${item.problem}`)].join('; ');
  return new EntryError(path, first?.field ?? 'frontmatter', problem);
}
