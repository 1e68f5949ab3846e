import type { SiteGraph } from '../graph/types.ts';
import { searchDocuments, type SearchDocument } from './documents.ts';
import { tokenize } from './normalize.ts';

/** Where a term occurs in one document: its word positions, ascending. */
export interface Posting {
  doc: number;
  positions: number[];
}

export interface SearchIndex {
  /** A document's id is its index here. */
  documents: SearchDocument[];
  /** Term -> the documents holding it, by ascending id; terms sorted by code unit. */
  postings: Map<string, Posting[]>;
}

/**
 * Position gap between two fields of a document: a phrase is words at
 * consecutive positions, so the last word of one field and the first of the
 * next are never adjacent.
 */
export const FIELD_GAP = 2;

/** The documents of the site graph and the term postings that find them. */
export function buildSearchIndex(graph: SiteGraph): SearchIndex {
  return indexDocuments(searchDocuments(graph));
}

export function indexDocuments(documents: SearchDocument[]): SearchIndex {
  const unsorted = new Map<string, Posting[]>();
  documents.forEach((document, doc) => {
    let position = 0;
    for (const field of document.fields) {
      for (const term of tokenize(field)) {
        let list = unsorted.get(term);
        if (list === undefined) unsorted.set(term, (list = []));
        const last = list.at(-1);
        if (last?.doc === doc) last.positions.push(position);
        else list.push({ doc, positions: [position] });
        position += 1;
      }
      position += FIELD_GAP - 1;
    }
  });
  const postings = new Map([...unsorted.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { documents, postings };
}
