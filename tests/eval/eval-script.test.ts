import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FOLDS, foldOf } from '../../src/learn/cross-validate.ts';

const run = promisify(execFile);
const node = (args: string[]) => run(process.execPath, args).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
);

const ARTICLE = `Ferry service to resume in Port Maren

"We have waited long enough for this crossing," said Ada Pell, the harbour master.
`;
const GOLD = {
  title: 'Ferry service to resume in Port Maren',
  quotes: [{ text: 'We have waited long enough for this crossing,', speaker: 'Ada Pell', kind: 'direct', pattern: 'quote-said-X' }],
  entities: { person: ['Ada Pell'], organization: [], place: [] },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  writeFileSync(join(dir, 'ferry.txt'), ARTICLE);
  writeFileSync(join(dir, 'ferry.gold.json'), JSON.stringify(GOLD));
  // A text without gold is not scored.
  writeFileSync(join(dir, 'notes.txt'), 'No gold for this one.');
});

describe('npm run eval (scripts/eval.ts)', () => {
  it('scores every X.txt that has an X.gold.json and prints a row per article and a total', async () => {
    const { code, stdout } = await node(['scripts/eval.ts', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^article +span recall/);
    expect(stdout).toMatch(/\nferry +100% 1\/1 /);
    expect(stdout).not.toMatch(/\nnotes /);
    expect(stdout).toMatch(/\ntotal +100% 1\/1 /);
    expect(stdout).toContain('Entities scored only for the kinds the gold lists: organization, person, place.');
  });

  it('prints counts and ratios as JSON with --json', async () => {
    const { stdout } = await node(['scripts/eval.ts', dir, '--json']);
    const report = JSON.parse(stdout);
    expect(report.articles.map((article: { article: string }) => article.article)).toEqual(['ferry']);
    expect(report.total.quotes).toMatchObject({ goldSpans: 1, foundSpans: 1 });
    expect(report.total.figures.spanRecall).toBe(1);
  });

  it('exits 1 naming a directory that does not exist', async () => {
    const missing = join(dir, 'nope');
    expect(await node(['scripts/eval.ts', missing])).toEqual({ code: 1, stdout: '', stderr: `eval: ${missing}: no such directory\n` });
  });

  it('exits 1 naming a gold file that is not valid', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'newsgraph-eval-bad-'));
    writeFileSync(join(bad, 'a.txt'), ARTICLE);
    writeFileSync(join(bad, 'a.gold.json'), '{"quotes": 3, "entities": {}}');
    const { code, stderr } = await node(['scripts/eval.ts', bad]);
    expect(code).toBe(1);
    expect(stderr).toBe(`eval: ${join(bad, 'a.gold.json')}: gold.quotes: expected an array\n`);
  });

  it('exits 2 without a directory', async () => {
    expect((await node(['scripts/eval.ts'])).code).toBe(2);
  });

  it('decides speakers by the committed model, as the site shows them, and says so; --engine scores the rules alone', async () => {
    const { threshold } = JSON.parse(readFileSync('src/extract/speakers/speaker-model.json', 'utf8')) as { threshold: number };
    const plain = await node(['scripts/eval.ts', dir]);
    expect(plain.stdout).toContain(`Speaker model: src/extract/speakers/speaker-model.json, a speaker kept when p >= ${threshold}, as the site shows it.`);
    expect(plain.stdout).toMatch(/\nferry +100% 1\/1 +100% 1\/1 +100% 1\/1 +100% 1\/1 +100% 1\/1 /);
    const { stdout } = await node(['scripts/eval.ts', dir, '--engine']);
    expect(stdout).toContain('Speaker model: none: the rules alone (--engine); the site applies src/extract/speakers/speaker-model.json.');
  });

  it('exits 2 when --engine and --model are both given', async () => {
    const { code, stderr } = await node(['scripts/eval.ts', dir, '--engine', '--model', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eval: --model and --engine exclude each other\n/);
  });

  it('exits 1 naming a model file that does not exist', async () => {
    const missing = join(dir, 'no-model.json');
    expect(await node(['scripts/eval.ts', dir, '--model', missing])).toEqual({
      code: 1, stdout: '', stderr: `eval: ${missing}: no such model file (run npm run train)\n`,
    });
  });

  /** Six one-quote articles; gold gives two of the quotes to someone else. */
  function cvSet(): string {
    // A fixed folder name: an article's fold is a hash of its folder and name.
    const set = join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-cv-')), 'harbour');
    mkdirSync(set);
    const people = ['Ada Pell', 'Tom Reyes', 'Lena Marsh', 'Omar Diallo', 'Rita Vance', 'Jon Abel'];
    people.forEach((person, i) => {
      const quote = `The crossing number ${i} opens in spring,`;
      writeFileSync(join(set, `a${i}.txt`), `Harbour news ${i}\n\n"${quote}" said ${person}.\n`);
      writeFileSync(join(set, `a${i}.gold.json`), JSON.stringify({
        title: `Harbour news ${i}`,
        quotes: [{ text: quote, speaker: i % 3 === 0 ? 'Someone Else' : person, kind: 'direct' }],
        entities: { person: [person] },
      }));
    });
    return set;
  }

  it('prints the cross-validation as JSON with --cv --json: counts per set, folds, reliability', async () => {
    const set = cvSet();
    const { code, stdout } = await node(['scripts/eval.ts', '--cv', '2', set, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.k).toBe(2);
    expect(report.sets.map((entry: { set: string }) => entry.set)).toEqual([set, 'total']);
    expect(report.sets[1].engine).toMatchObject({ namedSpeakers: 6, rightSpeakers: 4, goldSpeakers: 6 });
    expect(report.reliability.cv).toHaveLength(10);
  });

  it('cross-validates the speaker model with --cv k and prints speaker figures per set and the reliability table', async () => {
    const set = cvSet();
    const { code, stdout } = await node(['scripts/eval.ts', '--cv', '2', set]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cross-validation, 2 folds by article/);
    expect(stdout).toMatch(new RegExp(`\\n${set.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +6 +67% 4/6 +67% 4/6 `));
    expect(stdout).toMatch(/\ntotal +6 +67% 4\/6 /);
    expect(stdout).toMatch(/\np +CV rows +CV mean p +CV right +fit rows +fit mean p +fit right\n/);
  });

  it('exits 2 on --threshold-on without --cv, or naming a set not given', async () => {
    const alone = await node(['scripts/eval.ts', dir, '--threshold-on', dir]);
    expect([alone.code, alone.stderr.split('\n')[0]]).toEqual([2, 'eval: --threshold-on goes with --cv']);
    const other = await node(['scripts/eval.ts', '--cv', dir, '--threshold-on', 'eval/blind']);
    expect([other.code, other.stderr.split('\n')[0]]).toEqual([2, 'eval: --threshold-on eval/blind: not among the directories given']);
  });

  it('scores only the articles of the folds given with --folds, and says how many', async () => {
    const set = cvSet();
    // Folds of harbour/a0..a5 in the 5-fold split: 3, 2, 1, 0, 2, 1.
    expect([0, 1, 2, 3, 4, 5].map((i) => foldOf(set, `a${i}`, DEFAULT_FOLDS))).toEqual([3, 2, 1, 0, 2, 1]);
    const { code, stdout } = await node(['scripts/eval.ts', set, '--folds', '3,1', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).articles.map((article: { article: string }) => article.article)).toEqual(['a0', 'a2', 'a5']);
    const text = await node(['scripts/eval.ts', set, '--folds', '1,3']);
    expect(text.stdout).toMatch(/^Folds 1, 3 of 5 only \(foldOf in src\/learn\/cross-validate.ts\): 3 of 6 articles.\n/);
  });

  it('exits 2 on --folds naming no fold of the split, or given with --cv', async () => {
    const bad = await node(['scripts/eval.ts', dir, '--folds', '3,9']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, `eval: --folds needs fold numbers from 0 to ${DEFAULT_FOLDS - 1}, separated by commas (got '3,9')`]);
    const withCv = await node(['scripts/eval.ts', '--cv', dir, '--folds', '3']);
    expect([withCv.code, withCv.stderr.split('\n')[0]]).toEqual([2, 'eval: --folds picks articles for a plain eval; --cv scores every fold']);
  });

  it('exits 2 on --cv with fewer than 2 folds', async () => {
    const { code, stderr } = await node(['scripts/eval.ts', '--cv', '1', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eval: --cv needs at least 2 folds \(got 1\)/);
  });
});

describe('npm run bench (scripts/bench.ts)', () => {
  it('exits 2 on a bad --runs before measuring anything', async () => {
    const { code, stderr } = await node(['scripts/bench.ts', '--runs', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bench: --runs needs a positive whole number/);
  });
});
