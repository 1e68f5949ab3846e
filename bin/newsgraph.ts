#!/usr/bin/env node
/**
 * The newsgraph command: a dispatcher; each subcommand lives in src/cli/.
 * Installed as bin/newsgraph.mjs, which checks the Node version first (this
 * file needs a Node that strips types, so an older one cannot even parse it).
 */

const USAGE = `Usage: newsgraph <command> [options]

Commands:
  ingest <raw.txt> [--out DIR] [--force] [--dry-run]   raw news text -> content/articles/<slug>.md
  extract ...                                          run the extraction engine (see newsgraph extract --help)

Run newsgraph <command> --help for the options of a command.`;

type Command = (argv: string[]) => Promise<number>;

// Loaded lazily so that one command's missing or broken module cannot break the others.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  ingest: async () => (await import('../src/cli/ingest-command.ts')).runIngest,
  extract: async () => (await import('../src/cli/extract-command.ts')).runExtract,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`newsgraph: unknown command ${name}\n\n${USAGE}`);
    return 2;
  }
  let command: Command;
  try {
    command = await load();
  } catch (error) {
    console.error(`newsgraph: cannot load the ${name} command: ${(error as Error).message}`);
    return 1;
  }
  return command(rest);
}

export {};

process.exitCode = await main(process.argv.slice(2));
