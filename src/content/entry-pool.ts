import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntityListEntry } from '../extract/types.ts';
import type { ArticleData } from './article-schema.ts';
import { EntryError } from './entry-error.ts';
import { workEntry, type EntryTask } from './entry-work.ts';

/** What became of one task: the frontmatter to store, or what stops the sync. */
export type EntryOutcome = { data: ArticleData } | { error: Error };

/** An error as it crosses from a worker: what the loader's thread needs to throw the same one. */
export interface EntryFailure {
  name: string;
  message: string;
  stack: string | undefined;
  /** Set for an EntryError (an editor's mistake), which is thrown again as one. */
  entry?: { file: string; field: string | undefined };
}

/** The variable that sets the number of workers (0: all in the loader's thread), for profiling and tests. */
export const WORKERS_VARIABLE = 'NEWSGRAPH_SYNC_WORKERS';

/**
 * Entries a worker must have to be worth starting: it first loads the
 * engine, the renderer and their packages (0.5 to 1.5 s on a busy 2-core
 * machine, while an entry takes about 17 ms), which an edit rebuild of a few
 * entries would only wait on.
 */
const MIN_TASKS_PER_WORKER = 64;
/** Past this, more workers only add memory: each holds its own copy of the engine. */
const MAX_WORKERS = 4;

/**
 * How many workers extract and render `tasks` entries: one per core, up to
 * MAX_WORKERS and one per MIN_TASKS_PER_WORKER entries; 0 when that is one
 * or none, since one worker would only add its start to the loader's own
 * thread doing the same work. `NEWSGRAPH_SYNC_WORKERS` overrides it.
 */
export function workerCount(tasks: number, cores = availableParallelism(), variable = process.env[WORKERS_VARIABLE]): number {
  if (variable !== undefined && variable !== '') {
    const count = Number(variable);
    if (!Number.isInteger(count) || count < 0) throw new Error(`${WORKERS_VARIABLE} must be a whole number of workers (0: none), got "${variable}"`);
    return Math.min(count, tasks);
  }
  const count = Math.min(cores, MAX_WORKERS, Math.floor(tasks / MIN_TASKS_PER_WORKER));
  return count > 1 ? count : 0;
}

/**
 * Extracts and renders every task (entry-work.ts), in worker threads when
 * `workers` > 0: the content sync of a cold build is CPU work one entry
 * at a time, about 17 ms an entry at 1,000 articles, and it used one core
 * of the machine. Outcomes are in the order of `tasks`, so the loader
 * stores entries in the same order whatever finished first, and it stops at
 * the first failed task as it did doing them one by one: no task after a
 * failure is started, and every task before it has an outcome.
 */
export async function workEntries(tasks: readonly EntryTask[], entityList: readonly EntityListEntry[], workers: number): Promise<EntryOutcome[]> {
  if (workers === 0) return inThisThread(tasks, entityList);
  const outcomes: EntryOutcome[] = [];
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(new URL('./entry-worker.ts', import.meta.url), { workerData: { entityList } }));
  try {
    let next = 0;
    let failed = false;
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (failed || next >= tasks.length) {
                resolve();
                return;
              }
              const index = next;
              next += 1;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', (reply: WorkerReply) => {
              if ('failure' in reply) {
                failed = true;
                outcomes[reply.index] = { error: revived(reply.failure) };
              } else {
                outcomes[reply.index] = { data: reply.data };
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a content sync worker stopped (exit code ${code}) before its entries were done`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  // Every task before the first failure has its outcome; after it, none is wanted.
  const firstGap = outcomes.findIndex((outcome) => outcome === undefined);
  const complete = firstGap === -1 ? outcomes : outcomes.slice(0, firstGap);
  const firstError = complete.findIndex((outcome) => 'error' in outcome);
  return firstError === -1 ? complete : complete.slice(0, firstError + 1);
}

/** A worker's answer to one task. */
export type WorkerReply = { index: number; data: ArticleData } | { index: number; failure: EntryFailure };

function inThisThread(tasks: readonly EntryTask[], entityList: readonly EntityListEntry[]): EntryOutcome[] {
  const outcomes: EntryOutcome[] = [];
  for (const task of tasks) {
    try {
      outcomes.push({ data: workEntry(task, entityList) });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error : new Error(String(error)) });
      break;
    }
  }
  return outcomes;
}

/** What a worker sends back for an error `workEntry` threw. */
export function failureOf(error: unknown): EntryFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), stack: undefined };
  const failure: EntryFailure = { name: error.name, message: error.message, stack: error.stack };
  if (error instanceof EntryError) failure.entry = { file: error.file, field: error.field };
  return failure;
}

/** The error the loader's thread throws for a worker's failure: an EntryError again, or an Error with the worker's stack. */
export function revived(failure: EntryFailure): Error {
  if (failure.entry !== undefined) {
    const error = new EntryError(failure.entry.file, failure.entry.field, '');
    error.message = failure.message;
    return error;
  }
  const error = new Error(failure.message);
  error.name = failure.name;
  error.stack = failure.stack;
  return error;
}
