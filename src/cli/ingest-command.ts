import { IngestError } from '../ingest/ingest-error.ts';
import { ingestText } from '../ingest/ingest-text.ts';
import { readRawText, writeEntry } from '../ingest/entry-io.ts';
import { parseArgs, UsageError } from './args.ts';

export const INGEST_USAGE = `Usage: newsgraph ingest <raw.txt> [--out content/articles] [--force] [--dry-run]

Turns a raw scraped news text into a markdown entry <out>/<slug>.md.
  --out DIR    folder to write the entry to (default: content/articles)
  --force      overwrite an existing entry with the same slug
  --dry-run    print the entry and the removed lines; write nothing`;

const DEFAULT_OUT = 'content/articles';

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
  try {
    const result = ingestText(await readRawText(input), input);
    for (const { line, rule } of result.removed) console.error(`removed [${rule}]: ${line}`);
    if (args.flags.has('dry-run')) {
      process.stdout.write(result.markdown);
      return 0;
    }
    const path = await writeEntry(result, { outDir: args.values.get('out') ?? DEFAULT_OUT, force: args.flags.has('force') });
    console.log(`wrote ${path}`);
    return 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`newsgraph ingest: ${error.message}`);
    return 1;
  }
}
