import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EntryError } from '../../src/content/entry-error.ts';
import { failureOf, revived, workEntries, workerCount, type EntryOutcome } from '../../src/content/entry-pool.ts';
import type { EntryTask } from '../../src/content/entry-work.ts';
import type { EntityListEntry } from '../../src/extract/types.ts';

const folder = mkdtempSync(join(tmpdir(), 'entry-pool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const LIST: EntityListEntry[] = [{ id: 'ilse-brandt', name: 'Ilse Brandt', kind: 'person', aliases: ['Brandt'] }];

function entry(title: string, body: string): string {
  return `---\ntitle: ${title}\ndateline: [Gdansk]\ncaption: null\nsource: raw/${title.length}.txt\nremoved: []\n---\n${body}\n`;
}

const SOURCES = [
  entry('Ferry talks resume', '"We are back at the table," Ilse Brandt said on Monday.'),
  entry('Port reopens', 'Brandt told reporters the quay "would open in May".\n\nTalks went on in Rostock.'),
  entry('Harbour fees', 'The minister, Tomas Weller, said fees would rise.'),
  entry('Night ferry', '"Never again," a spokesman said in Gdansk.'),
  entry('Dock strike ends', 'Workers returned after Ilse Brandt met them.'),
];
/** Valid YAML whose `dateline` is not a list: the frontmatter schema refuses it. */
const BAD = entry('Bad dateline', 'Nothing here.').replace('dateline: [Gdansk]', 'dateline: Gdansk');

function tasksIn(run: string, sources: readonly string[]): EntryTask[] {
  return sources.map((source, index) => ({ path: `content/articles/a-${index}.md`, id: `a-${index}`, source, file: join(folder, run, `${index}.json`) }));
}

/** The outcomes with each error as its class and message, for comparing runs. */
function described(outcomes: readonly EntryOutcome[]): unknown[] {
  return outcomes.map((outcome) => ('error' in outcome ? { error: `${outcome.error.constructor.name}: ${outcome.error.message}` } : outcome));
}

describe('workerCount', () => {
  test('does a few changed entries in the loader thread, where a worker would first spend its start', () => {
    expect(workerCount(1, 2, undefined)).toBe(0);
    expect(workerCount(127, 2, undefined)).toBe(0);
    expect(workerCount(128, 2, undefined)).toBe(2);
  });

  test('uses one worker per core for a cold sync, and none on a single core', () => {
    expect(workerCount(1000, 2, undefined)).toBe(2);
    expect(workerCount(1000, 1, undefined)).toBe(0);
  });

  test('stops at four workers however many cores there are', () => {
    expect(workerCount(1000, 16, undefined)).toBe(4);
  });

  test('takes the number NEWSGRAPH_SYNC_WORKERS gives, never more than the entries', () => {
    expect(workerCount(1000, 2, '0')).toBe(0);
    expect(workerCount(1000, 2, '3')).toBe(3);
    expect(workerCount(2, 2, '3')).toBe(2);
  });

  test('refuses a NEWSGRAPH_SYNC_WORKERS that is not a whole number', () => {
    expect(() => workerCount(10, 2, 'two')).toThrow('NEWSGRAPH_SYNC_WORKERS must be a whole number of workers (0: none), got "two"');
  });
});

describe('workEntries', () => {
  test('gives in workers the frontmatter and the rendered files it gives in the loader thread, in the order of the tasks', async () => {
    const here = await workEntries(tasksIn('here', SOURCES), LIST, 0);
    const pooled = await workEntries(tasksIn('pooled', SOURCES), LIST, 2);
    expect(pooled).toEqual(here);
    expect(pooled.map((outcome) => ('data' in outcome ? outcome.data.title : null))).toEqual(['Ferry talks resume', 'Port reopens', 'Harbour fees', 'Night ferry', 'Dock strike ends']);
    for (const index of SOURCES.keys()) {
      expect(readFileSync(join(folder, 'pooled', `${index}.json`), 'utf8')).toBe(readFileSync(join(folder, 'here', `${index}.json`), 'utf8'));
    }
  });

  test('ends the outcomes at the first entry that fails, which names its file, in workers as in the loader thread', async () => {
    const sources = [SOURCES[0] ?? '', BAD, ...SOURCES.slice(1)];
    const here = await workEntries(tasksIn('bad-here', sources), LIST, 0);
    const pooled = await workEntries(tasksIn('bad-pooled', sources), LIST, 2);
    expect(described(here)).toEqual(described(pooled));
    expect(described(pooled).slice(1)).toEqual([{ error: 'EntryError: content/articles/a-1.md: dateline: Invalid input: expected array, received string' }]);
  });
});

describe('an error crossing from a worker', () => {
  test('is thrown again as an EntryError with its file and field when an editor has to fix the entry', () => {
    const error = revived(failureOf(new EntryError('content/articles/x.md', 'quotes.0.speaker', 'must not be blank')));
    expect(error).toBeInstanceOf(EntryError);
    expect([error.message, (error as EntryError).file, (error as EntryError).field]).toEqual(['content/articles/x.md: quotes.0.speaker: must not be blank', 'content/articles/x.md', 'quotes.0.speaker']);
  });

  test("keeps a bug's name, message and the worker's stack", () => {
    const bug = new TypeError('content/articles/x.md: cannot read properties of undefined');
    const error = revived(failureOf(bug));
    expect([error.name, error.message, error.stack]).toEqual(['TypeError', bug.message, bug.stack]);
  });
});
