import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, indexDocuments } from '../../src/search/build-index.ts';
import { normalizeText, tokenize } from '../../src/search/normalize.ts';
import { searchClientRoute, searchRoute } from '../../src/search/routes.ts';
import { shardSearchIndex, type ClientDocument, type ShardBudgets } from '../../src/search/shards.ts';
import { relativeHref } from '../../src/site/paths.ts';
import { repoRoot } from '../site/support/project.ts';
import { fixtureGraph } from './fixture-graph.ts';

/** The client script, as the search page loads it. */
const CLIENT_SOURCE = readFileSync(join(repoRoot, 'public', searchClientRoute), 'utf8');

interface ParsedQuery {
  words: { term: string; prefix: boolean }[];
  phrases: string[][];
}

interface Client {
  normalizeText(text: string): string;
  tokenize(text: string): string[];
  parseQuery(text: string, minPrefix: number): ParsedQuery;
  createEngine(load: (name: string) => Promise<void>): { search(text: string): Promise<{ total: number; documents: ClientDocument[] }> };
}

/** The client in a fresh global with no document (so it wires up no page), reading index files from `files`. */
function startClient(files: ReadonlyMap<string, string> = new Map()) {
  const window: { __newsgraphSearch?: Client } = {};
  const context = createContext({ window });
  runInContext(CLIENT_SOURCE, context);
  const client = window.__newsgraphSearch as Client;
  const loaded = new Set<string>();
  const engine = client.createEngine(async (name) => {
    const script = files.get(name);
    if (script === undefined) throw new Error(`no index file ${name}`);
    if (!loaded.has(name)) runInContext(script, context);
    loaded.add(name);
  });
  // Values from the client's realm, made plain so they compare with this realm's.
  const search = async (text: string) => JSON.parse(JSON.stringify(await engine.search(text))) as { total: number; documents: ClientDocument[] };
  return { client, search, loaded };
}

// Tiny budgets split the fixture's index over many files, so every search joins parts.
const TINY: ShardBudgets = { termBytes: 40, docBytes: 150 };
const hrefFromSearchPage = (route: string): string => relativeHref(searchRoute, route);

function fixtureClient() {
  return startClient(shardSearchIndex(buildSearchIndex(fixtureGraph()), hrefFromSearchPage, TINY).files);
}

const titles = (result: { documents: ClientDocument[] }): string[] => result.documents.map((doc) => `${doc.k}: ${doc.t}`);

describe('the client tokenizer', () => {
  it('normalizes any text exactly as src/search/normalize.ts does', () => {
    const { client } = startClient();
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => client.normalizeText(text) === normalizeText(text)));
  });

  it('splits any text into the terms src/search/normalize.ts finds', () => {
    const { client } = startClient();
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => JSON.stringify(client.tokenize(text)) === JSON.stringify(tokenize(text))));
    expect(client.tokenize('Łukasz İstanbul ℌ')).toEqual(tokenize('Łukasz İstanbul ℌ'));
  });
});

describe('parseQuery', () => {
  const parse = (text: string): ParsedQuery => JSON.parse(JSON.stringify(startClient().client.parseQuery(text, 2))) as ParsedQuery;

  it('requires every word, matching the last one typed as a prefix', () => {
    expect(parse('Anna Li')).toEqual({ words: [{ term: 'anna', prefix: false }, { term: 'li', prefix: true }], phrases: [] });
  });

  it('matches the last word exactly once a space or punctuation follows it', () => {
    expect(parse('anna lind ').words.at(-1)).toEqual({ term: 'lind', prefix: false });
    expect(parse('anna lind?').words.at(-1)).toEqual({ term: 'lind', prefix: false });
  });

  it('matches a one-letter last word exactly, as no one file holds every term starting with it', () => {
    expect(parse('anna l').words.at(-1)).toEqual({ term: 'l', prefix: false });
  });

  it('reads double-quoted words as a phrase, and an unclosed quote as running to the end', () => {
    expect(parse('ports "certain work" "for the north')).toEqual({
      words: [{ term: 'ports', prefix: false }],
      phrases: [
        ['certain', 'work'],
        ['for', 'the', 'north'],
      ],
    });
  });

  it('reads a quoted single word as a plain word, matched exactly', () => {
    expect(parse('"ports"')).toEqual({ words: [{ term: 'ports', prefix: false }], phrases: [] });
  });
});

describe('a search', () => {
  it('finds the documents holding every word, speakers first', async () => {
    expect(titles(await fixtureClient().search('anna lind'))).toEqual([
      'speaker: Anna Lind',
      'entity: Anna Lind',
      'quote: Ten years of certain work for the northern ports.',
      'quote: The ferries sail again on Monday.',
    ]);
  });

  it('finds nothing when one word occurs nowhere', async () => {
    expect(await fixtureClient().search('anna zebra')).toEqual({ total: 0, documents: [] });
  });

  it('matches the last word as a prefix', async () => {
    expect(titles(await fixtureClient().search('ferr'))).toEqual(['article: Ferry strike ends', 'quote: The ferries sail again on Monday.']);
  });

  it('matches a finished last word exactly', async () => {
    expect(titles(await fixtureClient().search('ferr '))).toEqual([]);
  });

  it('finds a phrase only where its words are adjacent and in order', async () => {
    const client = fixtureClient();
    expect(titles(await client.search('certain ports'))).toEqual([
      'quote: Ten years of certain work for the northern ports.',
      'quote: Certain ports will wait.',
    ]);
    expect(titles(await client.search('"certain ports"'))).toEqual(['quote: Certain ports will wait.']);
    expect(titles(await client.search('"ports certain"'))).toEqual([]);
  });

  it('does not find a phrase across two fields of a document', async () => {
    // "…northern ports." is the quote, "Anna Lind" its speaker: the words are in one document, not in one phrase.
    const client = fixtureClient();
    expect(titles(await client.search('ports anna'))).toEqual(['quote: Ten years of certain work for the northern ports.']);
    expect(titles(await client.search('"ports anna"'))).toEqual([]);
  });

  it('finds a name typed without its accents', async () => {
    expect(titles(await fixtureClient().search('tromso'))).toEqual(['entity: Tromsø', 'article: Harbour deal signed in Tromsø']);
  });

  it('links each result relative to the search page, a quote to its place in the article', async () => {
    const { documents } = await fixtureClient().search('"certain work"');
    expect(documents).toEqual([
      {
        k: 'quote',
        t: 'Ten years of certain work for the northern ports.',
        u: '../articles/harbour-deal/index.html#q-2-0',
        s: 'Anna Lind',
        a: 'Harbour deal signed in Tromsø',
      },
    ]);
  });

  it('loads only the manifest, the files of the words\' keys and the files of the results shown', async () => {
    const files = shardSearchIndex(buildSearchIndex(fixtureGraph()), hrefFromSearchPage).files;
    const { search, loaded } = startClient(files);
    await search('tromso');
    expect([...loaded].sort()).toEqual(['docs-0', 'manifest', 'terms-tr-0']);
  });

  it('loads no term file for a word whose key has none', async () => {
    const { search, loaded } = fixtureClient();
    expect(await search('zebra')).toEqual({ total: 0, documents: [] });
    expect([...loaded]).toEqual(['manifest']);
  });

  it('counts every match but shows the first 50', async () => {
    const documents = Array.from({ length: 120 }, (_, n) => ({ kind: 'article' as const, title: `Port ${n}`, route: `articles/p${n}/`, fields: [`port ${n}`] }));
    const { search } = startClient(shardSearchIndex(indexDocuments(documents), hrefFromSearchPage, TINY).files);
    const result = await search('port');
    expect(result.total).toBe(120);
    expect(result.documents.map((doc) => doc.t)).toEqual(documents.slice(0, 50).map((doc) => doc.title));
  });
});
