/**
 * `newsgraph ingest` against hostile input and output locations: every
 * failure is one line naming the path and the problem, exit code 1, no stack
 * trace, no hang and no partly written file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/newsgraph.ts', import.meta.url).pathname;
const onLinux = process.platform === 'linux';
const onPosix = process.platform !== 'win32';
/** A run that takes longer is hanging; the child is killed and the test fails on its exit code. */
const HANG_MS = 15_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with its stdout going to `stdout` (a pipe unless a file descriptor is given). */
function run(command: string, args: string[], stdout: number | 'pipe' = 'pipe'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', stdout, 'pipe'], timeout: HANG_MS });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

const newsgraph = (...args: string[]) => run(process.execPath, [BIN, ...args]);

let dir: string;
let story: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-hostile-'));
  story = join(dir, 'story.txt');
  await writeFile(story, 'Harbour bridge reopens\n\nThe bridge reopened on Monday after repairs.\n');
});

describe('newsgraph ingest with an output it cannot write', () => {
  it('names --out when it is a file', async () => {
    await writeFile(join(dir, 'out'), '');
    expect(await newsgraph('ingest', story, '--out', join(dir, 'out'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsgraph ingest: cannot write ${join(dir, 'out', 'harbour-bridge-reopens.md')}: ${join(dir, 'out')} is a file, not a folder\n`,
    });
  });

  it('names the file in the way when --out is under a file (fails for root too)', async () => {
    await writeFile(join(dir, 'out'), '');
    const entry = join(dir, 'out', 'a', 'b', 'harbour-bridge-reopens.md');
    expect(await newsgraph('ingest', story, '--out', join(dir, 'out', 'a', 'b'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsgraph ingest: cannot write ${entry}: ${join(dir, 'out')} is a file, not a folder\n`,
    });
  });

  // chmod does not stop root; /proc refuses new folders and files to everyone.
  it.runIf(onLinux)('names a folder nobody can create (/proc/...) instead of looping forever', async () => {
    expect(await newsgraph('ingest', story, '--out', '/proc/newsgraph-test/articles')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'newsgraph ingest: cannot write /proc/newsgraph-test/articles/harbour-bridge-reopens.md: ' +
        'cannot create folder /proc/newsgraph-test: no such file or folder (ENOENT)\n',
    });
  }, HANG_MS + 5000);

  it.runIf(onLinux)('names an existing folder where nobody can create a file (/proc/self)', async () => {
    expect(await newsgraph('ingest', story, '--out', '/proc/self')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'newsgraph ingest: cannot write /proc/self/harbour-bridge-reopens.md: ' +
        'cannot create a file in /proc/self: no such file or folder (ENOENT)\n',
    });
  });

  it.runIf(onPosix)('leaves no partly written entry when the write fails halfway (file size limit)', async () => {
    const long = join(dir, 'long.txt');
    await writeFile(long, `Harbour bridge reopens\n\n${'The bridge reopened on Monday after repairs. '.repeat(100)}\n`);
    const out = join(dir, 'out');
    await mkdir(out);
    // `ulimit -f 1` allows one block (512 or 1024 bytes); with SIGXFSZ ignored, the
    // write past it fails with EFBIG instead of killing the process.
    const script = 'trap "" XFSZ; ulimit -f 1; exec "$@"';
    const result = await run('sh', ['-c', script, 'sh', process.execPath, BIN, 'ingest', long, '--out', out]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsgraph ingest: cannot write ${join(out, 'harbour-bridge-reopens.md')}: file too large for this system or user limit (EFBIG)\n`,
    });
    expect(await readdir(out)).toEqual([]);
  });

  it.runIf(onLinux)('names standard output when it is full (/dev/full) with --dry-run', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      expect(await run(process.execPath, [BIN, 'ingest', story, '--dry-run'], full)).toEqual({
        code: 1,
        stdout: '',
        stderr: 'newsgraph ingest: cannot write to standard output: no space left on device (ENOSPC)\n',
      });
    } finally {
      closeSync(full);
    }
  });

  it.runIf(onLinux)('says the entry was written when only the "wrote" line cannot be printed', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await run(process.execPath, [BIN, 'ingest', story, '--out', dir], full);
      const entry = join(dir, 'harbour-bridge-reopens.md');
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `newsgraph ingest: wrote ${entry}, but cannot write to standard output: no space left on device (ENOSPC)\n`,
      });
      expect(await readFile(entry, 'utf8')).toContain('The bridge reopened on Monday');
    } finally {
      closeSync(full);
    }
  });

  it('takes --out followed by another option as a missing value, not a folder named like the option', async () => {
    const result = await newsgraph('ingest', story, '--out', '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsgraph ingest: --out needs a value\n/);
    expect(await readdir(dir)).toEqual(['story.txt']);
  });
});

describe('newsgraph ingest with an input that is not a small text file', () => {
  it.runIf(onPosix)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await newsgraph('ingest', fifo, '--out', dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsgraph ingest: cannot read ${fifo}: not a regular file (a named pipe); give a text file\n`,
    });
  }, HANG_MS + 5000);

  it.runIf(onPosix)('refuses /dev/zero instead of reading it without end', async () => {
    expect(await newsgraph('ingest', '/dev/zero', '--dry-run')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'newsgraph ingest: cannot read /dev/zero: not a regular file (a character device); give a text file\n',
    });
  }, HANG_MS + 5000);

  it('refuses a text over 5 MB, naming the cap', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, `Harbour bridge reopens\n\n${'a'.repeat(5 * 1024 * 1024)}`);
    expect(await newsgraph('ingest', huge, '--dry-run')).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsgraph ingest: cannot read ${huge}: larger than 5 MB, the most ingest reads; a news text is far smaller\n`,
    });
  });
});

describe('newsgraph ingest with titles in other scripts', () => {
  it('gives a Korean and a Russian article from two news.txt files their own entries', async () => {
    await mkdir(join(dir, 'korea'));
    await mkdir(join(dir, 'russia'));
    await writeFile(join(dir, 'korea', 'news.txt'), '문재인 대통령 방미\n\n대통령은 월요일 워싱턴에 도착했다.\n');
    await writeFile(join(dir, 'russia', 'news.txt'), 'Москва и Пекин\n\nПереговоры начались в понедельник.\n');
    const out = join(dir, 'out');
    const korean = await newsgraph('ingest', join(dir, 'korea', 'news.txt'), '--out', out);
    const russian = await newsgraph('ingest', join(dir, 'russia', 'news.txt'), '--out', out);
    expect([korean.code, korean.stdout, russian.code, russian.stdout]).toEqual([
      0,
      `wrote ${join(out, '문재인-대통령-방미.md')}\n`,
      0,
      `wrote ${join(out, 'москва-и-пекин.md')}\n`,
    ]);
  });

  it('says two different articles collide on one slug, distinct from re-ingesting the same one', async () => {
    const other = join(dir, 'other.txt');
    await writeFile(other, 'Harbour bridge reopens\n\nA second story under the same headline.\n');
    await newsgraph('ingest', story, '--out', dir);
    const entry = join(dir, 'harbour-bridge-reopens.md');
    expect(await newsgraph('ingest', other, '--out', dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `newsgraph ingest: ${entry} already exists and holds a different article: "Harbour bridge reopens" from story.txt ` +
        `and "Harbour bridge reopens" from other.txt collide on the slug "harbour-bridge-reopens". ` +
        `Write this one to another folder with --out DIR, rename ${entry} first, or replace it with --force.\n`,
    });
    expect((await newsgraph('ingest', story, '--out', dir)).stderr).toBe(
      `newsgraph ingest: ${entry} already exists; use --force to overwrite it\n`,
    );
  });
});

describe('newsgraph ingest with bidi controls', () => {
  it('writes a title with a right-to-left override without it, and says so', async () => {
    const spoof = join(dir, 'spoof.txt');
    await writeFile(spoof, 'Harbour bridge \u202Esnepoer\n\nThe bridge reopened on Monday after repairs.\n');
    const result = await newsgraph('ingest', spoof, '--out', dir);
    expect(result).toEqual({
      code: 0,
      stdout: `wrote ${join(dir, 'harbour-bridge-snepoer.md')}\n`,
      stderr: 'warning: line 1: removed 1 bidirectional control character (U+202E)\n',
    });
    expect(await readFile(join(dir, 'harbour-bridge-snepoer.md'), 'utf8')).toMatch(/^---\ntitle: Harbour bridge snepoer\n/);
  });
});
