import { describeFsError, errorCode } from '../ingest/fs-problem.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { ingestText } from '../ingest/ingest-text.ts';
import { MAX_RAW_TEXT_BYTES, readRawText, writeEntry } from '../ingest/entry-io.ts';
import { parseArgs, UsageError } from './args.ts';
import { ingestClock, SourceDateError } from './source-date.ts';

export const INGEST_USAGE = `Usage: newsgraph ingest <raw.txt> [--out content/articles] [--force] [--dry-run]

Turns a raw scraped news text (a UTF-8 file of at most ${MAX_RAW_TEXT_BYTES / (1024 * 1024)} MB) into a markdown
entry <out>/<slug>.md.
  --out DIR    folder to write the entry to (default: content/articles)
  --force      overwrite an existing entry with the same slug
  --dry-run    print the entry and the removed lines; write nothing

An article with no date on the page records the day it was ingested; SOURCE_DATE_EPOCH
(seconds since 1970) fixes that day, for reproducible entries.`;

const DEFAULT_OUT = 'content/articles';

/** Standard output failed (a closed pipe, a full disk, /dev/full): the command's result did not get out. */
class StdoutError extends Error {
  override name = 'StdoutError';
}

/**
 * Writes to stdout and waits until it is out. A failed write is an 'error'
 * event on process.stdout, which crashes Node with a stack trace when nobody
 * listens, so the listener stays attached until the write has settled.
 */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new StdoutError(`cannot write to standard output: ${describeFsError(error)}`));
    process.stdout.once('error', fail);
    process.stdout.write(text, (error) => {
      if (error) {
        fail(error);
        return;
      }
      process.stdout.off('error', fail);
      resolve();
    });
  });
}

/** Runs `newsgraph ingest`; returns the exit code (0 ok, 1 input error, 2 usage error). */
export async function runIngest(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { flags: ['force', 'dry-run', 'help', 'h'], values: ['out'] });
    if (args.flags.has('help') || args.flags.has('h')) {
      console.log(INGEST_USAGE);
      return 0;
    }
    if (args.positional.length !== 1) {
      throw new UsageError(args.positional.length === 0 ? 'missing <raw.txt>' : 'ingest takes one input file');
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`newsgraph ingest: ${error.message}\n\n${INGEST_USAGE}`);
    return 2;
  }

  const input = args.positional[0] ?? '';
  let clock: () => Date;
  try {
    clock = ingestClock();
  } catch (error) {
    if (!(error instanceof SourceDateError)) throw error;
    console.error(`newsgraph ingest: ${error.message}`);
    return 2;
  }
  try {
    const result = ingestText(await readRawText(input), input, { clock });
    for (const { line, rule } of result.removed) console.error(`removed [${rule}]: ${line}`);
    for (const warning of result.warnings) console.error(`warning: ${warning}`);
    if (args.flags.has('dry-run')) {
      await writeStdout(result.markdown);
      return 0;
    }
    const path = await writeEntry(result, { outDir: args.values.get('out') ?? DEFAULT_OUT, force: args.flags.has('force') });
    try {
      await writeStdout(`wrote ${path}\n`);
    } catch (error) {
      // The entry is in place; say so, or a retry would be refused as a duplicate.
      throw new StdoutError(`wrote ${path}, but ${(error as Error).message}`);
    }
    return 0;
  } catch (error) {
    // Anything else is a bug, and its stack trace is what a report needs.
    if (!(error instanceof IngestError || error instanceof StdoutError || errorCode(error) !== null)) throw error;
    console.error(`newsgraph ingest: ${(error as Error).message}`);
    return 1;
  }
}
