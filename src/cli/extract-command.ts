/**
 * `newsgraph extract <file> [--json] [--entities <dir>]`: runs the extraction
 * engine on one article, a raw `.txt` (ingested in memory, nothing written)
 * or a markdown entry `.md`, and prints what it found. The JSON shape is a
 * contract other tools and the external evaluation read: add fields, never
 * remove them.
 */
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { loadEntityList } from '../entity-list/load-entity-list.ts';
import { articleTextFromMarkdown, type ArticleHead } from '../extract/article-text.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleText, EntityKind, EntityListEntry, Extraction } from '../extract/types.ts';
import { parseEntry } from '../ingest/article-entry.ts';
import { MAX_RAW_TEXT_BYTES } from '../ingest/index.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { ingestText } from '../ingest/ingest-text.ts';
import { renderTable } from '../eval/text-table.ts';

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE_ERROR = 2;

/** Where the editable entity list lives, relative to the working directory, when no --entities is given. */
export const DEFAULT_ENTITIES_DIR = 'content/entities';

const USAGE = `Usage: newsgraph extract <file.txt|file.md> [--json] [--entities <dir>]

Finds the quotes, speakers and entities of one article and prints them.
  <file>            a raw scraped .txt (ingested in memory) or a content/articles .md entry
  --json            print one JSON object instead of tables
  --entities <dir>  the entity list to resolve names with (default: ${DEFAULT_ENTITIES_DIR}, when it exists)`;

/** A problem with the input file or entity list: reported on stderr, exit 1. */
export class InputError extends Error {}

interface ExtractArgs {
  file: string;
  json: boolean;
  /** An explicit --entities directory, or null to use the default when present. */
  entitiesDir: string | null;
}

function parseArgs(argv: readonly string[]): ExtractArgs | string {
  const files: string[] = [];
  let json = false;
  let entitiesDir: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--entities' || arg.startsWith('--entities=')) {
      const value = arg === '--entities' ? argv[++i] : arg.slice('--entities='.length);
      if (value === undefined || value === '') return '--entities needs a directory';
      entitiesDir = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'no file given' : `one file at a time (got ${files.length})`;
  return { file: files[0]!, json, entitiesDir };
}

/** Reads a text file, refusing what cannot be an article: missing, a directory, empty, binary. */
export function readArticleFile(file: string): string {
  let bytes: Buffer;
  try {
    // stat never opens the file, so a FIFO cannot block here, and nothing is read before the checks.
    const stats = statSync(file);
    if (stats.isDirectory()) throw new InputError(`${file}: is a directory, not an article file`);
    if (!stats.isFile()) throw new InputError(`${file}: is not a regular file (${fileKind(stats)})`);
    if (stats.size > MAX_RAW_TEXT_BYTES) {
      throw new InputError(`${file}: is ${megabytes(stats.size)}, over the ${megabytes(MAX_RAW_TEXT_BYTES)} limit for one article`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EACCES') throw new InputError(`${file}: cannot be read (permission denied)`);
    throw new InputError(`${file}: cannot be read (${(error as Error).message})`);
  }
  if (bytes.includes(0)) throw new InputError(`${file}: looks binary (it contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${file}: is empty`);
  return text;
}

function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file with contents';
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export interface ExtractedArticle {
  head: ArticleHead;
  extraction: Extraction;
}

/**
 * A file's text as the engine reads it: a `.md` entry as it is, any other
 * file ingested in memory first (nothing is written).
 */
export function articleFromText(file: string, text: string): { head: ArticleHead; article: ArticleText } {
  const entry = extname(file).toLowerCase() === '.md' ? parseEntry(text, file) : ingestText(text, basename(file));
  const head: ArticleHead = {
    title: entry.frontmatter.title ?? null,
    caption: entry.frontmatter.caption ?? null,
    dateline: entry.frontmatter.dateline ?? [],
  };
  const removed = entry.frontmatter.removed ?? [];
  return { head, article: articleTextFromMarkdown({ ...head, removed }, entry.body) };
}

/** The whole pipeline for one file's text. Shared by the CLI, eval and bench. */
export function extractFromText(file: string, text: string, entityList: readonly EntityListEntry[] = []): ExtractedArticle {
  const { head, article } = articleFromText(file, text);
  return { head, extraction: extractArticle(article, { entityList }) };
}

/** The entity list from an explicit directory (must exist) or the default one (when it exists). */
export function entityListFor(explicitDir: string | null): EntityListEntry[] {
  const dir = explicitDir ?? DEFAULT_ENTITIES_DIR;
  if (!existsSync(dir)) {
    if (explicitDir === null) return [];
    throw new InputError(`${explicitDir}: no such entity list directory`);
  }
  try {
    return loadEntityList(resolve(dir));
  } catch (error) {
    throw new InputError(`${dir}: cannot load the entity list (${(error as Error).message})`);
  }
}

/** The JSON contract of `newsgraph extract --json`. */
export function extractionAsJson({ head, extraction }: ExtractedArticle) {
  return {
    article: { title: head.title, dateline: head.dateline, caption: head.caption },
    entities: extraction.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      mentions: entity.mentions,
      roles: entity.roles,
      affiliations: entity.affiliations,
      ...(entity.listId === undefined ? {} : { listId: entity.listId }),
      ...(entity.evidence === undefined ? {} : { evidence: entity.evidence }),
    })),
    quotes: extraction.quotes.map((quote) => ({
      id: quote.id,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker,
      speakerId: quote.speakerId,
      cue: quote.cue,
      rule: quote.rule,
      confidence: quote.confidence,
      ...(quote.possibleSpeaker === undefined ? {} : { possibleSpeaker: quote.possibleSpeaker, possibleSpeakerId: quote.possibleSpeakerId ?? null }),
      ...(quote.evidence === undefined ? {} : { evidence: quote.evidence }),
      block: quote.block,
      paragraph: quote.paragraph,
      start: quote.start,
      end: quote.end,
    })),
    statements: extraction.statements.map((statement) => ({
      speaker: statement.speaker,
      speakerId: statement.speakerId,
      cue: statement.cue,
      text: statement.text,
      block: statement.block,
      paragraph: statement.paragraph,
      start: statement.start,
      end: statement.end,
    })),
  };
}

const QUOTE_TEXT_WIDTH = 64;
const ENTITY_KIND_ORDER: readonly EntityKind[] = ['person', 'organization', 'place', 'event'];

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The readable report: headline facts, a quote table, entities grouped by kind. */
export function extractionAsText({ head, extraction }: ExtractedArticle): string {
  const lines = [`Title:    ${head.title ?? '(none)'}`, `Dateline: ${head.dateline.join(', ') || '(none)'}`];
  if (head.caption !== null) lines.push(`Caption:  ${head.caption}`);

  lines.push('', `Quotes (${extraction.quotes.length})`);
  if (extraction.quotes.length > 0) {
    const rows = extraction.quotes.map((quote) => [
      // A possible speaker (below the model's line) is a candidate only, as the pages show it.
      quote.speaker !== null ? quote.speaker : quote.possibleSpeaker !== undefined ? `${quote.possibleSpeaker}?` : '-',
      quote.kind,
      quote.confidence.toFixed(2),
      `${quote.block === 'body' ? `p${quote.paragraph}` : quote.block}`,
      truncate(quote.text, QUOTE_TEXT_WIDTH),
    ]);
    lines.push(renderTable(['speaker', 'kind', 'conf', 'where', 'text'], rows, { align: ['left', 'left', 'right', 'left', 'left'] }));
    const explained = extraction.quotes.filter((quote) => quote.evidence !== undefined && quote.evidence.length > 0);
    if (explained.length > 0) {
      // The speaker model's reasons, strongest first: what an editor checks before correcting an attribution.
      lines.push('', 'Why (the features that weighed most for each speaker)');
      for (const quote of explained) lines.push(`  ${quote.id}  ${quote.speaker ?? `${quote.possibleSpeaker}?`}: ${quote.evidence!.join(', ')}`);
    }
  }

  lines.push('', `Entities (${extraction.entities.length})`);
  for (const kind of ENTITY_KIND_ORDER) {
    const ofKind = extraction.entities.filter((entity) => entity.kind === kind);
    if (ofKind.length === 0) continue;
    const names = [...ofKind].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    lines.push(`  ${kind} (${ofKind.length}): ${names.map((entity) => `${entity.name} ×${entity.mentions}`).join(', ')}`);
  }
  const explainedEntities = extraction.entities.filter((entity) => entity.evidence !== undefined && entity.evidence.length > 0);
  if (explainedEntities.length > 0) {
    // What made each name a person, a place, a body or an event: what an editor checks before changing a kind.
    lines.push('', 'Why (the evidence that weighed most for each entity\'s kind)');
    for (const entity of explainedEntities) lines.push(`  ${entity.kind} ${entity.name}: ${entity.evidence!.join(', ')}`);
  }
  return lines.join('\n');
}

export async function runExtract(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return EXIT_OK;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`newsgraph extract: ${args}\n\n${USAGE}`);
    return EXIT_USAGE_ERROR;
  }
  try {
    const text = readArticleFile(args.file);
    const result = extractFromText(args.file, text, entityListFor(args.entitiesDir));
    console.log(args.json ? JSON.stringify(extractionAsJson(result), null, 2) : extractionAsText(result));
    return EXIT_OK;
  } catch (error) {
    // Both are problems with what the user gave us, already worded for them.
    if (!(error instanceof InputError || error instanceof IngestError)) throw error;
    console.error(`newsgraph extract: ${error.message}`);
    return EXIT_INPUT_ERROR;
  }
}
