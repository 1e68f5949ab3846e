import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_NEWS_SETS } from '../../src/eval/gold-sets.ts';

// Every gold set here is written to a temporary folder: the test reads nothing beside the clone.

const run = promisify(execFile);
const node = (args: string[]) => run(process.execPath, args).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
);

let set: string;
let out: string;
beforeAll(() => {
  set = mkdtempSync(join(tmpdir(), 'newsgraph-train-'));
  out = join(mkdtempSync(join(tmpdir(), 'newsgraph-model-')), 'model.json');
  ['Ada Pell', 'Tom Reyes', 'Lena Marsh', 'Omar Diallo'].forEach((person, i) => {
    const quote = `The crossing number ${i} opens in spring,`;
    writeFileSync(join(set, `a${i}.txt`), `Harbour news ${i}\n\n"${quote}" said ${person}.\n`);
    writeFileSync(join(set, `a${i}.gold.json`), JSON.stringify({
      title: `Harbour news ${i}`,
      quotes: [{ text: quote, speaker: i === 0 ? 'Someone Else' : person, kind: 'direct' }],
      entities: { person: [person] },
    }));
  });
});

describe('npm run train (scripts/train.ts)', () => {
  it('writes a model naming its training set, byte-identical when trained again on the same data', async () => {
    const first = await node(['scripts/train.ts', set, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^train: 4 articles from .*; 4 speaker candidates \(3 right\), \d+ features, threshold [\d.]+\. Wrote /);
    const bytes = readFileSync(out, 'utf8');
    expect(JSON.parse(bytes).training).toEqual([{ set, articles: 4, rows: 4, right: 3 }]);
    expect((await node(['scripts/train.ts', set, '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(bytes);
  });

  it('is applied by eval --model, which warns that figures on a training set are fit figures', async () => {
    expect((await node(['scripts/train.ts', set, '--out', out])).code).toBe(0);
    const { stdout } = await node(['scripts/eval.ts', set, '--model', out]);
    expect(stdout).toContain(`\nThe model was trained on ${set}: speaker figures there are fit (train = test); --cv measures new text.\n`);
  });

  it('exits 1 naming a missing gold set and writes nothing', async () => {
    const missing = join(set, 'nope');
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'newsgraph-model-')), 'model.json');
    const { code, stderr } = await node(['scripts/train.ts', set, missing, '--out', elsewhere]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `train: missing gold set: ${missing}.\n` +
        `Training needs the real-news gold of ${REAL_NEWS_SETS.join(' and ')} (not in a plain clone) and the eval/ sets;\n` +
        `${elsewhere} was left as it is.\n`,
    );
    expect(existsSync(elsewhere)).toBe(false);
  });
});
