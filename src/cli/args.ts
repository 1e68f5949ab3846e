/** A command line split into positional arguments and `--flag` / `--name value` options. */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses argv against the flags and valued options a command accepts.
 * `--name=value` and `--name value` both work; anything else starting with
 * `--` is a usage error.
 */
export function parseArgs(argv: readonly string[], spec: { flags: readonly string[]; values: readonly string[] }): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      parsed.positional.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.replace(/^--?/u, '').split(/=(.*)/su);
    if (spec.flags.includes(name) && inline === undefined) {
      parsed.flags.add(name);
    } else if (spec.values.includes(name)) {
      // `--out --force` means a forgotten value, not a folder called "--force".
      const next = argv[index + 1];
      const value = inline ?? (next !== undefined && !next.startsWith('--') ? argv[++index] : undefined);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      parsed.values.set(name, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return parsed;
}
