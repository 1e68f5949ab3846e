import { createHash } from 'node:crypto';
import type { SearchDocument, SearchDocumentKind } from './documents.ts';
import type { Posting, SearchIndex } from './build-index.ts';
import { indexScript } from './serialize.ts';
import type { Route } from '../site/paths.ts';

/** Terms are filed under their first this many characters (code points). */
export const KEY_LENGTH = 2;

/** Size budgets of the index files, in bytes of JSON; a file ends before the entry that would overflow it. */
export interface ShardBudgets {
  termBytes: number;
  docBytes: number;
}

export const DEFAULT_BUDGETS: ShardBudgets = { termBytes: 256 * 1024, docBytes: 64 * 1024 };

/** A document as the client shows it: kind, link text, href from the search page, detail, speaker, article. */
export interface ClientDocument {
  k: SearchDocumentKind;
  t: string;
  u: string;
  d?: string;
  s?: string;
  a?: string;
}

export interface ManifestPayload {
  kind: 'manifest';
  /**
   * A digest of every other index file. The client asks for them as
   * `<name>.js?v=<version>`, so a host may cache them for good and a
   * rebuilt index is never read half old, half new (over file:// the
   * query is ignored).
   */
  version: string;
  keyLength: number;
  documents: number;
  /** Document files in id order, each with its first document id. */
  docs: { name: string; start: number }[];
  /** Term key -> the files (in order) holding the terms under it. */
  terms: Record<string, string[]>;
}

export interface DocsPayload {
  kind: 'docs';
  name: string;
  start: number;
  docs: ClientDocument[];
}

/**
 * Term -> postings as flat numbers: for each document, the id's distance
 * from the previous document of the same list (the first counts from 0),
 * the number of positions, then the positions. A term too big for one file
 * continues in the next part with a fresh list; the client joins them.
 */
export interface TermsPayload {
  kind: 'terms';
  name: string;
  key: string;
  terms: Record<string, number[]>;
}

export interface SearchFiles {
  manifest: ManifestPayload;
  /** File name (without `.js`) -> script text, manifest included. */
  files: Map<string, string>;
}

export const MANIFEST_NAME = 'manifest';

/** The key a term is filed under: its first KEY_LENGTH code points. */
export function termKey(term: string): string {
  return Array.from(term).slice(0, KEY_LENGTH).join('');
}

/**
 * A file-name-safe spelling of a key: ASCII letters and digits as they are,
 * any other character as `_` and six hex digits of its code point, so two
 * keys never share a name.
 */
export function keyFileName(key: string): string {
  return Array.from(key)
    .map((char) => (/^[a-z0-9]$/.test(char) ? char : `_${(char.codePointAt(0) as number).toString(16).padStart(6, '0')}`))
    .join('');
}

/**
 * Splits the index into script files: the manifest, document files of
 * consecutive ids, and term files by key, each key's terms spread over as
 * many parts as its budget needs. `hrefOf` turns a document's route into
 * the href the search page links it by.
 */
export function shardSearchIndex(index: SearchIndex, hrefOf: (route: Route) => string, budgets: ShardBudgets = DEFAULT_BUDGETS): SearchFiles {
  const files = new Map<string, string>();
  const docs = docFiles(index.documents, hrefOf, budgets.docBytes);
  for (const payload of docs) files.set(payload.name, indexScript(payload));

  const terms: Record<string, string[]> = {};
  for (const [key, entries] of groupByKey(index.postings)) {
    const parts = termFiles(key, entries, budgets.termBytes);
    terms[key] = parts.map((part) => part.name);
    for (const part of parts) files.set(part.name, indexScript(part));
  }

  const digest = createHash('sha256');
  for (const [name, script] of files) digest.update(name).update('\0').update(script).update('\0');
  const manifest: ManifestPayload = {
    kind: 'manifest',
    version: digest.digest('hex').slice(0, 10),
    keyLength: KEY_LENGTH,
    documents: index.documents.length,
    docs: docs.map(({ name, start }) => ({ name, start })),
    terms,
  };
  files.set(MANIFEST_NAME, indexScript(manifest));
  return { manifest, files };
}

function clientDocument(document: SearchDocument, hrefOf: (route: Route) => string): ClientDocument {
  return {
    k: document.kind,
    t: document.title,
    u: hrefOf(document.route),
    ...(document.detail === undefined ? {} : { d: document.detail }),
    ...(document.speaker === undefined ? {} : { s: document.speaker }),
    ...(document.article === undefined ? {} : { a: document.article }),
  };
}

function docFiles(documents: readonly SearchDocument[], hrefOf: (route: Route) => string, budget: number): DocsPayload[] {
  const files: DocsPayload[] = [];
  let current: DocsPayload | undefined;
  let bytes = 0;
  documents.forEach((document, id) => {
    const client = clientDocument(document, hrefOf);
    const size = JSON.stringify(client).length + 1;
    if (current === undefined || (bytes + size > budget && current.docs.length > 0)) {
      current = { kind: 'docs', name: `docs-${files.length}`, start: id, docs: [] };
      files.push(current);
      bytes = 0;
    }
    current.docs.push(client);
    bytes += size;
  });
  return files;
}

function groupByKey(postings: ReadonlyMap<string, Posting[]>): Map<string, [string, Posting[]][]> {
  const groups = new Map<string, [string, Posting[]][]>();
  for (const entry of postings) {
    const key = termKey(entry[0]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [entry]);
    else group.push(entry);
  }
  return groups;
}

/** JSON length of a number in a list: its digits and a comma. */
function numberBytes(value: number): number {
  return String(value).length + 1;
}

function termFiles(key: string, entries: readonly [string, Posting[]][], budget: number): TermsPayload[] {
  const base = `terms-${keyFileName(key)}`;
  const parts: TermsPayload[] = [];
  let bytes = 0;
  const newPart = (): TermsPayload => {
    const created: TermsPayload = { kind: 'terms', name: `${base}-${parts.length}`, key, terms: {} };
    parts.push(created);
    bytes = 0;
    return created;
  };
  let part = newPart();
  for (const [term, postings] of entries) {
    const termBytes = JSON.stringify(term).length + 4;
    let list: number[] | undefined;
    let previous = 0;
    for (const posting of postings) {
      const encode = (from: number): number[] => [posting.doc - from, posting.positions.length, ...posting.positions];
      const cost = (numbers: number[], opensList: boolean): number =>
        numbers.reduce((sum, value) => sum + numberBytes(value), opensList ? termBytes : 0);
      let encoded = list === undefined ? encode(0) : encode(previous);
      let size = cost(encoded, list === undefined);
      if (bytes + size > budget && bytes > 0) {
        part = newPart();
        list = undefined;
        encoded = encode(0);
        size = cost(encoded, true);
      }
      if (list === undefined) {
        list = [];
        part.terms[term] = list;
      }
      list.push(...encoded);
      bytes += size;
      previous = posting.doc;
    }
  }
  return parts;
}
