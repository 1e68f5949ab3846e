import { LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface SplitEntry {
  /** The parsed YAML between the `---` fences; empty when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing fence. */
  body: string;
}

/**
 * The frontmatter is not valid YAML, or not a mapping. The message is one line
 * that ends with the line and column in the entry file (not in the YAML block),
 * without the yaml library's code excerpt; the loader puts the file name first.
 */
export class FrontmatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const YAML_OPTIONS = {
  // A key given twice is a mistake whichever value the editor meant.
  uniqueKeys: true,
  // Ingest never writes aliases; a few are allowed for an editor who reuses a
  // name, but a "billion laughs" (aliases of aliases of lists) fails at once
  // instead of expanding to gigabytes.
  maxAliasCount: 10,
  // Our messages are one line; the library's excerpt of the YAML is not.
  prettyErrors: false,
} as const;

/**
 * Splits a markdown entry into frontmatter and body. YAML 1.2 (the `yaml`
 * package) rather than js-yaml, so `date: 2017-09-07` stays the string the
 * editor wrote instead of becoming a Date at midnight UTC. Throws
 * FrontmatterError on YAML an editor has to fix.
 */
export function splitFrontmatter(source: string): SplitEntry {
  const match = FENCED.exec(source);
  if (!match) return { data: {}, body: source };
  const yaml = match[1] ?? '';
  // The YAML starts on the line after the opening fence.
  const lineCounter = new LineCounter();
  const where = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `at line ${line + 1}, column ${col}`;
  };
  const document = parseDocument(yaml, { ...YAML_OPTIONS, lineCounter });
  const [error] = document.errors;
  if (error) throw new FrontmatterError(`${oneLine(error.message)} ${where(error.pos[0])}`);
  let parsed: unknown;
  try {
    parsed = document.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (failure) {
    // Alias limits are enforced while building the value, where the library knows no position.
    throw new FrontmatterError(`${oneLine((failure as Error).message)} ${where(firstAliasOffset(document))}`);
  }
  if (parsed !== null && !isRecord(parsed)) {
    throw new FrontmatterError(`expected fields (key: value lines), got ${Array.isArray(parsed) ? 'a list' : `the single value ${JSON.stringify(parsed)}`}`);
  }
  return { data: parsed ?? {}, body: source.slice(match[0].length) };
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias: (_key, node) => {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
