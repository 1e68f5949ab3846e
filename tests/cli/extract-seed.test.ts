import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_EXPECTED } from '../fixtures/seed-expected.ts';
import { SEED_ENTRY_PATH, SEED_RAW } from '../support/seed.ts';
import { hasShared, repoRoot, sharedPath, sharedTitle } from '../support/shared-data.ts';

/** The seed article's committed entry; its expected extraction lists the seven quotes. */
const SEED = SEED_ENTRY_PATH;
const BIN = join(repoRoot, 'bin', 'newsgraph.ts');

const run = promisify(execFile);

interface ExtractJson {
  article: { title: string | null; dateline: string[]; caption: string | null };
  entities: { id: string; name: string; kind: string; aliases: string[]; mentions: number }[];
  quotes: Record<string, unknown>[];
  statements: Record<string, unknown>[];
}

describe('newsgraph extract <seed .md> --json (through bin/newsgraph.ts)', async () => {
  const { stdout, stderr } = await run(process.execPath, [BIN, 'extract', SEED, '--json'], { cwd: repoRoot });
  const json = JSON.parse(stdout) as ExtractJson;

  it('prints nothing on stderr', () => {
    expect(stderr).toBe('');
  });

  it('prints the article head: title, dateline and caption', () => {
    expect(json.article.title).toBe(SEED_EXPECTED.title);
    expect(json.article.dateline).toEqual(['Moscow', 'Xiamen']);
    expect(json.article.caption).toBe(SEED_EXPECTED.caption);
  });

  it('finds the seven expected quotes, words inside the marks', () => {
    expect(json.quotes.map((quote) => quote.text)).toEqual(SEED_EXPECTED.quotes.map((quote) => quote.text));
  });

  it('gives every quote the contract fields with their types', () => {
    expect(json.quotes).toHaveLength(SEED_EXPECTED.quotes.length);
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
    const failure = await run(process.execPath, [BIN, 'extract', 'no/such/article.txt', '--json'], { cwd: repoRoot }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toBe('newsgraph extract: no/such/article.txt: no such file\n');
  });
});

describe.skipIf(!hasShared(...SEED_RAW))(sharedTitle('newsgraph extract <raw seed .txt> --json', ...SEED_RAW), () => {
  it('prints the same JSON as for the committed entry ingest wrote from it', async () => {
    const [fromRaw, fromEntry] = await Promise.all(
      [sharedPath(...SEED_RAW), SEED].map((file) => run(process.execPath, [BIN, 'extract', file, '--json'], { cwd: repoRoot })),
    );
    expect(JSON.parse(fromRaw!.stdout)).toEqual(JSON.parse(fromEntry!.stdout));
  });
});
