import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_ENTRY_PATH, SEED_RAW, SEED_SLUG } from '../support/seed.ts';
import { hasShared, sharedPath, sharedTitle } from '../support/shared-data.ts';

const BIN = new URL('../../bin/newsgraph.ts', import.meta.url).pathname;
/** A raw page written for these tests: headline, caption, dateline, body, and two lines of page noise. */
const RAW = new URL('../fixtures/raw/ferry-strike.txt', import.meta.url).pathname;
const RAW_ENTRY = 'ferry-crews-end-strike-after-pay-deal.md';
/** The UTC day, as ingest writes it in `ingested:` when the page gives no date. */
const utcToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * The entry ingest wrote, checked against RAW_ENTRY_TEXT: the raw page has no
 * date, so the entry also records the day it was ingested, which is the day
 * the test ran (either side of a midnight falling during the run).
 */
async function expectRawEntry(path: string, dayBefore: string): Promise<void> {
  const written = await readFile(path, 'utf8');
  const ingested = /^ingested: (\d{4}-\d{2}-\d{2})\n/m.exec(written)?.[1];
  expect([dayBefore, utcToday()]).toContain(ingested);
  expect(written.replace(`ingested: ${ingested}\n`, '')).toBe(RAW_ENTRY_TEXT);
}

const RAW_ENTRY_TEXT = `---
title: Ferry crews end strike after pay deal
dateline:
  - Tallinn
caption: Striking crew members wave flags at the port of Tallinn on Monday
source: ferry-strike.txt
removed:
  - Share on Facebook
  - Other news
---

Ferry crews on the Baltic crossing ended a three-day strike on Tuesday after the operator agreed to a new pay deal, union leader Maria Kask said.

"We have what we asked for," Kask told reporters at the harbour.

The first ferry left for Helsinki at noon.
`;
const SEED_ENTRY = `${SEED_SLUG}.md`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function newsgraph(...args: string[]): Promise<Run> {
  return newsgraphWith({}, ...args);
}

/** Runs the CLI with extra environment variables (SOURCE_DATE_EPOCH). */
async function newsgraphWith(environment: Record<string, string>, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, ...environment } });
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

describe.skipIf(!hasShared(...SEED_RAW))(sharedTitle('newsgraph ingest <raw seed>', ...SEED_RAW), () => {
  it('writes the seed entry into --out, identical to the committed one (ingested on the same day)', async () => {
    const committed = await readFile(SEED_ENTRY_PATH, 'utf8');
    const day = /^ingested: (\d{4}-\d{2}-\d{2})$/mu.exec(committed)![1]!;
    const run = await newsgraphWith({ SOURCE_DATE_EPOCH: String(Date.parse(`${day}T12:00:00Z`) / 1000) }, 'ingest', sharedPath(...SEED_RAW), '--out', dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${join(dir, SEED_ENTRY)}\n`);
    expect(await readFile(join(dir, SEED_ENTRY), 'utf8')).toBe(committed);
  });

  it('reports the removed "Other news" footer on stderr with its rule', async () => {
    const run = await newsgraph('ingest', sharedPath(...SEED_RAW), '--out', dir);
    expect(run.stderr).toBe('removed [other-news]: Other news\n');
  });
});

describe('newsgraph ingest', () => {
  it('writes the entry into --out and says where', async () => {
    const day = utcToday();
    const run = await newsgraph('ingest', RAW, '--out', dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${join(dir, RAW_ENTRY)}\n`);
    await expectRawEntry(join(dir, RAW_ENTRY), day);
  });

  it('reports each removed line on stderr with its rule', async () => {
    const run = await newsgraph('ingest', RAW, '--out', dir);
    expect(run.stderr).toBe('removed [share-button]: Share on Facebook\nremoved [other-news]: Other news\n');
  });

  it('prints the entry and writes nothing with --dry-run', async () => {
    const run = await newsgraph('ingest', RAW, '--out', dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: Ferry crews end strike after pay deal\n/);
    expect(run.stderr).toContain('removed [other-news]: Other news');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to overwrite an entry without --force, with exit code 1', async () => {
    await newsgraph('ingest', RAW, '--out', dir);
    const run = await newsgraph('ingest', RAW, '--out', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, RAW_ENTRY)} already exists; use --force to overwrite it`);
  });

  it('overwrites with --force', async () => {
    await writeFile(join(dir, RAW_ENTRY), 'old');
    const day = utcToday();
    const run = await newsgraph('ingest', RAW, '--out', dir, '--force');
    expect(run.code).toBe(0);
    await expectRawEntry(join(dir, RAW_ENTRY), day);
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
    const run = await newsgraph('ingest', RAW, '--frobnicate');
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

describe('newsgraph ingest and SOURCE_DATE_EPOCH', () => {
  const undated = 'Harbour works begin\n\nThe harbour works began on a grey morning.\n';

  it('records an undated article as ingested on the day SOURCE_DATE_EPOCH names', async () => {
    const raw = join(dir, 'works.txt');
    await writeFile(raw, undated);
    const run = await newsgraphWith({ SOURCE_DATE_EPOCH: '1735689600' }, 'ingest', raw, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\ningested: 2025-01-01\n/u);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming the variable', async () => {
    const raw = join(dir, 'works.txt');
    await writeFile(raw, undated);
    const run = await newsgraphWith({ SOURCE_DATE_EPOCH: 'yesterday' }, 'ingest', raw, '--dry-run');
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'newsgraph ingest: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (got "yesterday")\n' });
  });
});
