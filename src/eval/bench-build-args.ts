/** Command-line options of `npm run bench:build` (scripts/bench-build.ts). */
export interface BenchBuildArgs {
  /** Article counts to build, in the order given. */
  sizes: number[];
  json: boolean;
  /** Leave the temp projects on disk (their paths go to stderr). */
  keep: boolean;
  /** Skip the unchanged rebuild of the full site (it costs a whole build per N). */
  warm: boolean;
  /** Skip the bare Astro site (b). */
  bare: boolean;
}

export const DEFAULT_BENCH_SIZES: readonly number[] = [100, 1000];
export const BENCH_BUILD_USAGE = 'Usage: npm run bench:build -- [--articles N ...] [--json] [--keep] [--no-warm] [--no-bare]';

/** The parsed options, or a message naming the bad argument. */
export function parseBenchBuildArgs(argv: readonly string[]): BenchBuildArgs | string {
  const args: BenchBuildArgs = { sizes: [], json: false, keep: false, warm: true, bare: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--no-warm') args.warm = false;
    else if (arg === '--no-bare') args.bare = false;
    else if (arg === '--articles') {
      // One or more counts follow: --articles 100 1000
      let taken = 0;
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) {
        const size = Number(argv[++i]);
        if (!Number.isInteger(size) || size < 1) return `--articles needs positive whole numbers, got ${argv[i]}`;
        args.sizes.push(size);
        taken += 1;
      }
      if (taken === 0) return '--articles needs at least one count';
    } else return `unknown option ${arg}`;
  }
  if (args.sizes.length === 0) args.sizes = [...DEFAULT_BENCH_SIZES];
  return args;
}
