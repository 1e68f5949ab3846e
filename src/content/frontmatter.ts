import { parse } from 'yaml';

export interface SplitEntry {
  /** The parsed YAML between the `---` fences; empty when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing fence. */
  body: string;
}

const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a markdown entry into frontmatter and body. YAML 1.2 (the `yaml`
 * package) rather than js-yaml, so `date: 2017-09-07` stays the string the
 * editor wrote instead of becoming a Date at midnight UTC.
 */
export function splitFrontmatter(source: string): SplitEntry {
  const match = FENCED.exec(source);
  if (!match) return { data: {}, body: source };
  const parsed: unknown = parse(match[1] ?? '');
  const data = isRecord(parsed) ? parsed : {};
  return { data, body: source.slice(match[0].length) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
