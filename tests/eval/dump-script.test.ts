import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dump = (args: string[]) => run(process.execPath, ['scripts/dump.ts', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
);

/** A folder with one article in a subfolder, a README and an empty text. */
function texts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dump-'));
  mkdirSync(join(dir, 'ferries'));
  writeFileSync(join(dir, 'ferries', 'a.txt'), 'Ferry service to resume\n\n"We have waited long enough," said Ada Pell, the harbour master.\n');
  writeFileSync(join(dir, 'README.md'), '# Texts for a scan\n');
  writeFileSync(join(dir, 'empty.txt'), '\n');
  return dir;
}

describe('npm run dump (scripts/dump.ts)', () => {
  it('prints one tab-separated line per quote: file, id, kind, speaker, confidence, text; names a bad file and exits 1', async () => {
    const dir = texts();
    const { code, stdout, stderr } = await dump([dir]);
    const [line, ...rest] = stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    const [file, id, kind, speaker, confidence, text] = line!.split('\t');
    expect([file, id, kind, speaker, text]).toEqual([join(dir, 'ferries', 'a.txt'), 'q-b0-1', 'direct', 'Ada Pell', 'We have waited long enough,']);
    expect(Number(confidence)).toBeGreaterThan(0.5);
    expect(stderr).toBe(`dump: ${join(dir, 'empty.txt')}: is empty\n`);
    expect(code).toBe(1);
  });

  it('adds a line per entity with --entities: file, "entity", kind, name', async () => {
    const file = join(texts(), 'ferries', 'a.txt');
    const { stdout } = await dump([file, '--entities']);
    expect(stdout.trimEnd().split('\n').slice(1)).toEqual([`${file}\tentity\tperson\tAda Pell`]);
  });

  it('exits 2 on an unknown option or without a path', async () => {
    expect((await dump(['--nope', 'x'])).code).toBe(2);
    expect((await dump([])).stderr).toMatch(/^dump: no file or directory given\n/);
  });
});
