import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDocuments, type Posting } from '../../src/search/build-index.ts';
import type { SearchDocument } from '../../src/search/documents.ts';
import { keyFileName, shardSearchIndex, termKey, type ManifestPayload, type ShardBudgets, type TermsPayload, type DocsPayload } from '../../src/search/shards.ts';

function doc(text: string): SearchDocument {
  return { kind: 'article', title: text, route: `articles/${text.length}/`, fields: [text] };
}

/** Runs every file and collects what each one hands to the search global. */
function payloads(files: Map<string, string>): Map<string, ManifestPayload | DocsPayload | TermsPayload> {
  const received = new Map<string, ManifestPayload | DocsPayload | TermsPayload>();
  let current = '';
  const context = createContext({ window: { __newsgraphSearch: { add: (payload: ManifestPayload | DocsPayload | TermsPayload) => received.set(current, payload) } } });
  for (const [name, script] of files) {
    current = name;
    runInContext(script, context);
  }
  return received;
}

/** Postings of a term, read back from the term files of its key, in order (the client's decoding, written again). */
function readPostings(all: Map<string, ManifestPayload | DocsPayload | TermsPayload>, term: string): Posting[] {
  const manifest = all.get('manifest') as ManifestPayload;
  const postings: Posting[] = [];
  for (const name of manifest.terms[termKey(term)] ?? []) {
    const list = (all.get(name) as TermsPayload).terms[term] ?? [];
    let doc = 0;
    for (let at = 0; at < list.length; ) {
      doc += list[at] as number;
      const count = list[at + 1] as number;
      postings.push({ doc, positions: list.slice(at + 2, at + 2 + count) });
      at += 2 + count;
    }
  }
  return postings;
}

const identity = (route: string): string => route;

describe('termKey', () => {
  it('files a term under its first two characters', () => {
    expect(termKey('putin')).toBe('pu');
  });

  it('files a one-letter term under itself', () => {
    expect(termKey('a')).toBe('a');
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(termKey('𝒜𝒷c')).toBe('𝒜𝒷');
  });
});

describe('keyFileName', () => {
  it('keeps ASCII letters and digits', () => {
    expect(keyFileName('p2')).toBe('p2');
  });

  it('spells any other character as _ and six hex digits', () => {
    expect(keyFileName('пу')).toBe('_00043f_000443');
  });

  it('gives two different keys two different names made of safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2 }), fc.string({ unit: 'grapheme', maxLength: 2 }), (a, b) => {
        const [nameA, nameB] = [keyFileName(a), keyFileName(b)];
        return /^[a-z0-9_]*$/.test(nameA) && (a === b) === (nameA === nameB);
      }),
    );
  });
});

describe('shardSearchIndex', () => {
  const budgets: ShardBudgets = { termBytes: 30, docBytes: 180 };
  const documents = ['the port and the ship', 'a ship in port', 'Pусский порт', 'ports of call', 'the pilot'].map(doc);
  const { manifest, files } = shardSearchIndex(indexDocuments(documents), (route) => `../${route}index.html`, budgets);

  it('writes a manifest naming every document file with its first id, and every term file under its key', () => {
    expect(manifest.documents).toBe(5);
    expect(manifest.keyLength).toBe(2);
    expect(manifest.docs.map((d) => d.start)).toEqual([0, 2, 4]);
    expect(manifest.terms['po']).toEqual(['terms-po-0', 'terms-po-1']);
    expect(manifest.terms['th']).toEqual(['terms-th-0']);
    expect([...files.keys()].sort()).toEqual(
      ['manifest', ...manifest.docs.map((d) => d.name), ...Object.values(manifest.terms).flat()].sort(),
    );
  });

  it('versions the index by a digest of its files, which any change to a document changes', () => {
    const again = shardSearchIndex(indexDocuments(documents), (route) => `../${route}index.html`, budgets).manifest;
    const changed = shardSearchIndex(indexDocuments([...documents.slice(0, 4), doc('the pilots')]), (route) => `../${route}index.html`, budgets).manifest;
    expect(manifest.version).toMatch(/^[0-9a-f]{10}$/);
    expect(again.version).toBe(manifest.version);
    expect(changed.version).not.toBe(manifest.version);
  });

  it('gives each document its link text and the href the search page needs', () => {
    const all = payloads(files);
    expect((all.get('docs-0') as DocsPayload).docs[1]).toEqual({ k: 'article', t: 'a ship in port', u: '../articles/14/index.html' });
  });

  it('keeps every file within its budget when no single entry is bigger', () => {
    for (const [name, payload] of payloads(files)) {
      if (payload.kind === 'terms') expect(JSON.stringify(payload.terms).length, name).toBeLessThanOrEqual(budgets.termBytes);
      if (payload.kind === 'docs') expect(JSON.stringify(payload.docs).length, name).toBeLessThanOrEqual(budgets.docBytes);
    }
  });

  it('continues a term too big for one file in the next part, losing no posting', () => {
    const many = Array.from({ length: 40 }, (_, n) => doc(`harbour number ${n} harbour`));
    const index = indexDocuments(many);
    const sharded = shardSearchIndex(index, identity, { termBytes: 100, docBytes: 1000 });
    expect(sharded.manifest.terms['ha']?.length).toBeGreaterThan(3);
    expect(readPostings(payloads(sharded.files), 'harbour')).toEqual(index.postings.get('harbour'));
  });

  it('reads back exactly the postings it was given, whatever the documents and budgets', () => {
    const words = fc.constantFrom('port', 'ports', 'pilot', 'ship', 'a', 'łódź', '東京', '2026');
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { maxLength: 8 }).map((list) => list.join(' ')), { maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (texts, termBytes) => {
          const index = indexDocuments(texts.map(doc));
          const written = payloads(shardSearchIndex(index, identity, { termBytes, docBytes: termBytes }).files);
          return [...index.postings].every(([term, postings]) => JSON.stringify(readPostings(written, term)) === JSON.stringify(postings));
        },
      ),
    );
  });
});
