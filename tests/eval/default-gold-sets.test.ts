import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultGoldSets, REAL_NEWS_SETS } from '../../src/eval/gold-sets.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The real-news sets are listed by name only: nothing here reads them, so a clone with nothing beside it passes.
describe('defaultGoldSets', () => {
  it('lists the real-news sets, then the folders of eval/ in name order, numbers read as numbers, files left out', () => {
    const root = mkdtempSync(join(tmpdir(), 'gold-sets-'));
    made.push(root);
    const evalDir = join(root, 'eval');
    for (const name of ['blind10', 'blind2', 'heldout']) mkdirSync(join(evalDir, name), { recursive: true });
    writeFileSync(join(evalDir, 'README.md'), '# invented sets\n');
    expect(defaultGoldSets(evalDir)).toEqual([...REAL_NEWS_SETS, `${evalDir}/blind2`, `${evalDir}/blind10`, `${evalDir}/heldout`]);
  });

  it('lists only the real-news sets when there is no eval/ folder', () => {
    expect(defaultGoldSets(join(tmpdir(), 'no-such-eval-folder'))).toEqual([...REAL_NEWS_SETS]);
  });
});
