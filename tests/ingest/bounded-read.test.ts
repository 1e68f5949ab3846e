import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_RAW_TEXT_BYTES, readRawText } from '../../src/ingest/entry-io.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
});

const onPosix = process.platform !== 'win32';

describe('reading raw text refuses what is not a small regular file', () => {
  it.runIf(onPosix)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readRawText(fifo)).rejects.toThrow(`cannot read ${fifo}: not a regular file (a named pipe); give a text file`);
  }, 5000);

  it.runIf(onPosix)('refuses /dev/zero without reading it', async () => {
    await expect(readRawText('/dev/zero')).rejects.toThrow(
      'cannot read /dev/zero: not a regular file (a character device); give a text file',
    );
  }, 5000);

  it('caps the size at 5 MB', () => {
    expect(MAX_RAW_TEXT_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses a file one byte over the cap, naming the cap', async () => {
    await writeFile(join(dir, 'huge.txt'), 'a'.repeat(MAX_RAW_TEXT_BYTES + 1));
    await expect(readRawText(join(dir, 'huge.txt'))).rejects.toThrow(
      `cannot read ${join(dir, 'huge.txt')}: larger than 5 MB, the most ingest reads; a news text is far smaller`,
    );
  });

  it('reads a file of exactly the cap', async () => {
    await writeFile(join(dir, 'full.txt'), 'a'.repeat(MAX_RAW_TEXT_BYTES));
    expect((await readRawText(join(dir, 'full.txt'))).length).toBe(MAX_RAW_TEXT_BYTES);
  });

  it('still names a folder as a directory', async () => {
    await expect(readRawText(dir)).rejects.toThrow(`cannot read ${dir}: is a directory, not a text file`);
  });
});
