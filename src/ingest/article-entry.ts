import { parse, stringify } from 'yaml';
import { IngestError } from './ingest-error.ts';

/**
 * The frontmatter of a content/articles entry. The site's content schema is
 * written against these exact field names.
 */
export interface ArticleFrontmatter {
  /** The headline, or null when the page had none. */
  title: string | null;
  /** Places of the dateline that opened the first paragraph, as written; [] when none. */
  dateline: string[];
  caption: string | null;
  /** Publication date (YYYY-MM-DD) as the page gave it, or as an editor set it. */
  date?: string;
  /** The UTC day ingest ran (YYYY-MM-DD), written only when the page gave no date. */
  ingested?: string;
  /** Base name of the raw text file the entry came from. */
  source: string;
  /** Noise lines removed from the raw text, in order. */
  removed: string[];
}

export interface ArticleEntry {
  frontmatter: ArticleFrontmatter;
  /** Markdown body: paragraphs separated by one blank line. */
  body: string;
}

/** Frontmatter keys in the order they are written, so output is byte-for-byte stable. */
const FIELD_ORDER = ['title', 'dateline', 'caption', 'date', 'ingested', 'source', 'removed'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function renderEntry({ frontmatter, body }: ArticleEntry): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    if (frontmatter[field] !== undefined) ordered[field] = frontmatter[field];
  }
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${body}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function checkFrontmatter(data: unknown, where: string): ArticleFrontmatter {
  const fail = (problem: string): never => {
    throw new IngestError(`${where}: frontmatter ${problem}`);
  };
  if (typeof data !== 'object' || data === null) return fail('is not a mapping');
  const fields = data as Record<string, unknown>;
  const { title, dateline, caption, date, ingested, source, removed } = fields;
  if (title !== null && typeof title !== 'string') fail('`title` must be a string or null');
  if (caption !== null && typeof caption !== 'string') fail('`caption` must be a string or null');
  if (!isStringArray(dateline)) fail('`dateline` must be a list of strings');
  if (typeof source !== 'string') fail('`source` must be a string');
  if (!isStringArray(removed)) fail('`removed` must be a list of strings');
  if (date !== undefined && (typeof date !== 'string' || !ISO_DAY.test(date))) {
    fail('`date` must be an ISO date YYYY-MM-DD');
  }
  if (ingested !== undefined && (typeof ingested !== 'string' || !ISO_DAY.test(ingested))) {
    fail('`ingested` must be an ISO date YYYY-MM-DD');
  }
  const frontmatter: ArticleFrontmatter = {
    title: title as string | null,
    dateline: dateline as string[],
    caption: caption as string | null,
    source: source as string,
    removed: removed as string[],
  };
  if (typeof date === 'string') frontmatter.date = date;
  if (typeof ingested === 'string') frontmatter.ingested = ingested;
  return frontmatter;
}

/** Reads an entry file's text back into frontmatter and body. `where` names the file in errors. */
export function parseEntry(text: string, where = 'entry'): ArticleEntry {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(text);
  if (!match) throw new IngestError(`${where}: no YAML frontmatter between --- lines at the top`);
  let data: unknown;
  try {
    // yaml parses an ISO date as a string (core schema), which is what `date` holds.
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new IngestError(`${where}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
  return { frontmatter: checkFrontmatter(data, where), body: text.slice(match[0].length).replace(/^\r?\n/u, '') };
}
