import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../src/cli/extract-command.ts';

/** Runs the command in-process and returns its exit code and what it printed. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  try {
    const code = await runExtract(argv);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const ARTICLE = `Ferry service to resume in Port Maren

Port Maren: The island ferry will run again from Monday, the Northern Transit Authority said.

"We have waited long enough for this crossing," said Ada Pell, the harbour master.

Tomas Reyes, a ferry operator, called the decision "a lifeline for the island".
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
});
afterEach(() => vi.restoreAllMocks());

describe('runExtract input errors (exit 1, the file and the problem on stderr)', () => {
  it('reports a missing file', async () => {
    const file = join(dir, 'missing.txt');
    expect(await run([file, '--json'])).toEqual({ code: 1, stdout: '', stderr: `newsgraph extract: ${file}: no such file` });
  });

  it('reports an empty file', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, ' \n\n');
    expect(await run([file])).toMatchObject({ code: 1, stderr: `newsgraph extract: ${file}: is empty` });
  });

  it('reports a binary file', async () => {
    const file = join(dir, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await run([file])).toMatchObject({
      code: 1,
      stderr: `newsgraph extract: ${file}: looks binary (it contains NUL bytes), expected UTF-8 text`,
    });
  });

  it('reports text that is not UTF-8', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(await run([file])).toMatchObject({ code: 1, stderr: `newsgraph extract: ${file}: is not valid UTF-8 text` });
  });

  it('refuses a named pipe before reading from it (it would block)', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await run([fifo])).toMatchObject({ code: 1, stderr: `newsgraph extract: ${fifo}: is not a regular file (a named pipe)` });
  });

  it('refuses a character device such as /dev/zero (it never ends)', async () => {
    expect(await run(['/dev/zero'])).toMatchObject({
      code: 1,
      stderr: 'newsgraph extract: /dev/zero: is not a regular file (a character device)',
    });
  });

  it('refuses a file over the 5 MB limit, naming its size', async () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, 'a'.repeat(6 * 1024 * 1024));
    expect(await run([file])).toMatchObject({
      code: 1,
      stderr: `newsgraph extract: ${file}: is 6 MB, over the 5 MB limit for one article`,
    });
  });

  it('reports a directory given as the file', async () => {
    expect(await run([dir])).toMatchObject({ code: 1, stderr: `newsgraph extract: ${dir}: is a directory, not an article file` });
  });

  it('reports an explicit entity list directory that does not exist', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    const entities = join(dir, 'no-entities');
    expect(await run([file, '--entities', entities])).toMatchObject({
      code: 1,
      stderr: `newsgraph extract: ${entities}: no such entity list directory`,
    });
  });

  it('reports a markdown entry without frontmatter, naming the file', async () => {
    const file = join(dir, 'entry.md');
    writeFileSync(file, 'Just a paragraph.\n');
    const { code, stderr } = await run([file]);
    expect(code).toBe(1);
    expect(stderr).toContain(file);
  });
});

describe('runExtract usage errors (exit 2)', () => {
  it('needs a file', async () => {
    const { code, stderr } = await run(['--json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^newsgraph extract: no file given\n\nUsage: newsgraph extract/);
  });

  it('rejects an unknown option', async () => {
    expect((await run(['a.txt', '--jsn'])).stderr).toMatch(/^newsgraph extract: unknown option --jsn/);
  });

  it('takes one file at a time', async () => {
    expect((await run(['a.txt', 'b.txt'])).code).toBe(2);
  });

  it('prints the usage on --help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: newsgraph extract <file.txt\|file.md> \[--json\] \[--entities <dir>\]/);
  });
});

describe('runExtract output', () => {
  it('prints one JSON object with the article, entities, quotes and statements for a raw .txt', async () => {
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    const { code, stdout } = await run([file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['article', 'entities', 'quotes', 'statements']);
    // Dateline and caption detection are ingest's to test; here only the shape.
    expect(json.article).toEqual({ title: 'Ferry service to resume in Port Maren', dateline: expect.any(Array), caption: null });
    expect(json.quotes.map((quote: { text: string }) => quote.text)).toEqual([
      'We have waited long enough for this crossing,',
      'a lifeline for the island',
    ]);
    for (const quote of json.quotes) {
      expect(Object.keys(quote)).toEqual(expect.arrayContaining(['id', 'text', 'kind', 'speaker', 'speakerId', 'cue', 'rule', 'confidence', 'paragraph', 'start', 'end']));
    }
  });

  it('reads a markdown entry as it is, taking the head from its frontmatter', async () => {
    const file = join(dir, 'ferry.md');
    writeFileSync(
      file,
      '---\ntitle: Ferry back on Monday\ndateline: []\ncaption: The ferry at its berth\nsource: ferry.txt\nremoved: []\n---\n\n"We are ready," said Ada Pell.\n',
    );
    const json = JSON.parse((await run([file, '--json'])).stdout);
    expect(json.article).toEqual({ title: 'Ferry back on Monday', dateline: [], caption: 'The ferry at its berth' });
    expect(json.quotes.map((quote: { text: string }) => quote.text)).toEqual(['We are ready,']);
  });

  it('uses the entity list given with --entities', async () => {
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    const entities = join(dir, 'entities');
    mkdirSync(entities);
    const { code } = await run([file, '--json', '--entities', entities]);
    expect(code).toBe(0);
  });

  it('prints readable tables without --json', async () => {
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Title: {4}Ferry service to resume in Port Maren\nDateline: .+\n/);
    expect(stdout).toMatch(/\nQuotes \(2\)\nspeaker +kind +conf +where +text\n/);
    expect(stdout).toMatch(/\nEntities \(\d+\)\n {2}person \(\d+\): /);
  });

  it('explains each speaker by the model features that weighed most, in the text form and as evidence in the JSON', async () => {
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    const json = JSON.parse((await run([file, '--json'])).stdout);
    const [pell] = json.quotes as { id: string; speaker: string; evidence: string[] }[];
    expect(pell!.speaker).toBe('Ada Pell');
    expect(pell!.evidence.length).toBeGreaterThan(0);
    const { stdout } = await run([file]);
    expect(stdout).toContain(`\nWhy (the features that weighed most for each speaker)\n  ${pell!.id}  Ada Pell: ${pell!.evidence.join(', ')}\n`);
  });

  it('explains each entity by the evidence for its kind, in the text form and as evidence in the JSON', async () => {
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    const json = JSON.parse((await run([file, '--json'])).stdout);
    const pell = (json.entities as { name: string; kind: string; evidence: string[] }[]).find((entity) => entity.name === 'Ada Pell');
    expect(pell!.evidence.length).toBeGreaterThan(0);
    const { stdout } = await run([file]);
    expect(stdout).toContain(`\nWhy (the evidence that weighed most for each entity's kind)\n`);
    expect(stdout).toContain(`\n  person Ada Pell: ${pell!.evidence.join(', ')}`);
  });
});
