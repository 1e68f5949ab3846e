import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/newsgraph.ts', import.meta.url).pathname;
const SEED = new URL('../../../shared/seed/000_f426b72678450e3a.txt', import.meta.url).pathname;
const SEED_ENTRY = 'japan-south-korea-push-putin-over-pyongyang-sanctions.md';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function newsgraph(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-'));
});

describe('newsgraph ingest', () => {
  it('writes the seed entry into --out, identical to the committed one', async () => {
    const run = await newsgraph('ingest', SEED, '--out', dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${join(dir, SEED_ENTRY)}\n`);
    const committed = await readFile(new URL(`../../content/articles/${SEED_ENTRY}`, import.meta.url), 'utf8');
    expect(await readFile(join(dir, SEED_ENTRY), 'utf8')).toBe(committed);
  });

  it('reports each removed line on stderr with its rule', async () => {
    const run = await newsgraph('ingest', SEED, '--out', dir);
    expect(run.stderr).toBe('removed [other-news]: Other news\n');
  });

  it('prints the entry and writes nothing with --dry-run', async () => {
    const run = await newsgraph('ingest', SEED, '--out', dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: Japan, South Korea push Putin over Pyongyang sanctions\n/);
    expect(run.stderr).toContain('removed [other-news]: Other news');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to overwrite an entry without --force, with exit code 1', async () => {
    await newsgraph('ingest', SEED, '--out', dir);
    const run = await newsgraph('ingest', SEED, '--out', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, SEED_ENTRY)} already exists; use --force to overwrite it`);
  });

  it('overwrites with --force', async () => {
    await writeFile(join(dir, SEED_ENTRY), 'old');
    const run = await newsgraph('ingest', SEED, '--out', dir, '--force');
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, SEED_ENTRY), 'utf8')).toMatch(/^---\n/);
  });

  it('names a missing input file, with exit code 1', async () => {
    const run = await newsgraph('ingest', join(dir, 'missing.txt'), '--out', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`newsgraph ingest: cannot read ${join(dir, 'missing.txt')}: no such file\n`);
  });

  it('names an empty input file, with exit code 1', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const run = await newsgraph('ingest', join(dir, 'empty.txt'), '--out', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('empty.txt: is empty');
  });

  it('names a binary input file, with exit code 1', async () => {
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0x00, 0x10]));
    const run = await newsgraph('ingest', join(dir, 'photo.txt'), '--out', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('photo.txt: contains NUL bytes');
  });

  it('exits 2 with usage when the input file is missing from the command line', async () => {
    const run = await newsgraph('ingest');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing <raw.txt>');
    expect(run.stderr).toContain('Usage: newsgraph ingest');
  });

  it('exits 2 on an unknown option', async () => {
    const run = await newsgraph('ingest', SEED, '--frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --frobnicate');
  });
});

describe('newsgraph', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await newsgraph('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ingest <raw.txt>');
  });

  it('exits 2 on an unknown command', async () => {
    const run = await newsgraph('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command frobnicate');
  });
});
