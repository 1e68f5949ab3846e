import { parentPort, workerData } from 'node:worker_threads';
import type { EntityListEntry } from '../extract/types.ts';
import { failureOf, type WorkerReply } from './entry-pool.ts';
import { workEntry, type EntryTask } from './entry-work.ts';

// One worker of entry-pool.ts: takes tasks one at a time and answers each
// with the frontmatter to store or the error to throw.
const { entityList } = workerData as { entityList: readonly EntityListEntry[] };
const port = parentPort;
if (port === null) throw new Error('entry-worker.ts runs only as a worker of entry-pool.ts');
port.on('message', ({ index, task }: { index: number; task: EntryTask }) => {
  let reply: WorkerReply;
  try {
    reply = { index, data: workEntry(task, entityList) };
  } catch (error) {
    reply = { index, failure: failureOf(error) };
  }
  port.postMessage(reply);
});
