import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** The seed article may be read in place (../shared/seed from the repo); its gold lists the seven quotes. */
const SEED = '../shared/seed/000_f426b72678450e3a.txt';
const SEED_GOLD = JSON.parse(readFileSync('../shared/seed/000_f426b72678450e3a.gold.json', 'utf8')) as {
  title: string;
  quotes: { text: string }[];
};

const run = promisify(execFile);

interface ExtractJson {
  article: { title: string | null; dateline: string[]; caption: string | null };
  entities: { id: string; name: string; kind: string; aliases: string[]; mentions: number }[];
  quotes: Record<string, unknown>[];
  statements: Record<string, unknown>[];
}

describe('newsgraph extract <seed .txt> --json (through bin/newsgraph.ts)', async () => {
  const { stdout, stderr } = await run(process.execPath, ['bin/newsgraph.ts', 'extract', SEED, '--json']);
  const json = JSON.parse(stdout) as ExtractJson;

  it('prints nothing on stderr', () => {
    expect(stderr).toBe('');
  });

  it('prints the article head: title, dateline and caption', () => {
    expect(json.article.title).toBe(SEED_GOLD.title);
    expect(json.article.dateline).toEqual(['Moscow', 'Xiamen']);
    expect(typeof json.article.caption).toBe('string');
  });

  it('finds the seven quotes of the gold, words inside the marks', () => {
    expect(json.quotes.map((quote) => quote.text)).toEqual(SEED_GOLD.quotes.map((quote) => quote.text));
  });

  it('gives every quote the contract fields with their types', () => {
    expect(json.quotes).toHaveLength(SEED_GOLD.quotes.length);
    for (const quote of json.quotes) {
      expect(quote).toMatchObject({
        id: expect.any(String),
        text: expect.any(String),
        kind: expect.stringMatching(/^(direct|partial|not-speech)$/),
        confidence: expect.any(Number),
        paragraph: expect.any(Number),
        start: expect.any(Number),
        end: expect.any(Number),
      });
      expect(quote).toHaveProperty('speaker');
      expect(quote).toHaveProperty('speakerId');
      expect(quote).toHaveProperty('cue');
      expect(quote).toHaveProperty('rule');
    }
  });

  it('gives every entity the contract fields with their types', () => {
    expect(json.entities.length).toBeGreaterThan(0);
    for (const entity of json.entities) {
      expect(entity).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        kind: expect.stringMatching(/^(person|place|organization|event)$/),
        aliases: expect.any(Array),
        mentions: expect.any(Number),
      });
    }
  });

  it('gives every statement the contract fields', () => {
    expect(json.statements.length).toBeGreaterThan(0);
    for (const statement of json.statements) {
      expect(Object.keys(statement)).toEqual(expect.arrayContaining(['speaker', 'speakerId', 'cue', 'text', 'paragraph']));
    }
  });
});

describe('newsgraph extract errors (through bin/newsgraph.ts)', () => {
  it('exits 1 naming a missing file', async () => {
    const failure = await run(process.execPath, ['bin/newsgraph.ts', 'extract', 'no/such/article.txt', '--json']).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toBe('newsgraph extract: no/such/article.txt: no such file\n');
  });
});
