import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKindModel } from '../../src/learn/kind-model.ts';

const run = promisify(execFile);
const node = (args: string[]) => run(process.execPath, args).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
);

let set: string;
let out: string;
beforeAll(() => {
  set = mkdtempSync(join(tmpdir(), 'newsgraph-kind-'));
  out = join(mkdtempSync(join(tmpdir(), 'newsgraph-kind-model-')), 'kind.json');
  ['Ada Pell', 'Tom Reyes', 'Lena Marsh', 'Omar Diallo', 'Rita Voss', 'Ivo Brandt'].forEach((person, i) => {
    const quote = `The crossing number ${i} opens in spring,`;
    const film = `Harbour Lights ${i}`;
    writeFileSync(join(set, `a${i}.txt`), `Harbour news ${i}\n\nThe film "${film}" opens. "${quote}" said ${person}.\n`);
    writeFileSync(join(set, `a${i}.gold.json`), JSON.stringify({
      title: `Harbour news ${i}`,
      quotes: [{ text: film, speaker: null, kind: 'not-speech' }, { text: quote, speaker: person, kind: 'direct' }],
      entities: { person: [person] },
    }));
  });
});

describe('scripts/kind-cv.ts', () => {
  it('prints the CV table and writes a model naming its training set, byte-identical when run again', async () => {
    const first = await node(['scripts/kind-cv.ts', set, '--folds', '2', '--write', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('| set | articles | rules NS out |');
    expect(first.stdout).toMatch(/\n\| total \| 6 \| /u);
    const bytes = readFileSync(out, 'utf8');
    expect(parseKindModel(JSON.parse(bytes)).training).toEqual([{ set, articles: 6, rows: 12, notSpeech: 6 }]);
    expect((await node(['scripts/kind-cv.ts', set, '--folds', '2', '--write', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(bytes);
  });

  it('exits 1 naming a missing gold set and writes nothing', async () => {
    const missing = join(set, 'nope');
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'newsgraph-kind-model-')), 'kind.json');
    const { code, stderr } = await node(['scripts/kind-cv.ts', set, missing, '--write', elsewhere]);
    expect(code).toBe(1);
    expect(stderr).toBe(`kind-cv: missing gold set: ${missing}; nothing was written.\n`);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('exits 2 with the usage on a bad option', async () => {
    const { code, stderr } = await node(['scripts/kind-cv.ts', set, '--l2', '0']);
    expect(code).toBe(2);
    expect(stderr).toBe('kind-cv: --l2 needs positive numbers separated by commas (got 0)\nUsage: node scripts/kind-cv.ts [<dir>...] [--folds k] [--l2 a,b,...] [--write <file>]\n');
  });
});
