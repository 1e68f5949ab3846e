/**
 * `node scripts/kind-cv.ts [<dir>...] [--folds k] [--l2 a,b,...] [--write <file>]`
 *
 * Development script of the kind model (docs/learned-kind.md): loads every
 * gold set given (default: those `npm run train` uses) with the rules' output (no model applied), cross-validates
 * the kind model by article (the folds of the speaker model) and prints, per
 * set and in total, not-speech kept out, speech wrongly taken out and kind
 * accuracy for the rules, under CV and at fit. With --write it saves the
 * model trained on every set given. Only the real-news sets
 * (../shared/corpus, ../shared/seed) choose the lines when any is given.
 */
import { InputError } from '../src/cli/extract-command.ts';
import { defaultGoldSets, loadGoldSet, missingGoldSets, realNewsSetsAmong } from '../src/eval/gold-sets.ts';
import { DEFAULT_FOLDS } from '../src/learn/cross-validate.ts';
import { crossValidateKind, formatKindCrossValidation } from '../src/learn/kind-cross-validate.ts';
import { writeKindModel } from '../src/learn/kind-model-file.ts';
import { DEFAULT_KIND_PLAN } from '../src/learn/kind-train.ts';

const USAGE = 'Usage: node scripts/kind-cv.ts [<dir>...] [--folds k] [--l2 a,b,...] [--write <file>]';

interface Args {
  dirs: string[];
  folds: number;
  /** The penalties the inner CV chooses from (default: the plan's). */
  l2Grid: number[] | null;
  write: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { dirs: [], folds: DEFAULT_FOLDS, l2Grid: null, write: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--write' || arg === '--folds' || arg === '--l2') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--write') args.write = value;
      else if (arg === '--l2') {
        args.l2Grid = value.split(',').map(Number);
        if (args.l2Grid.some((l2) => !(l2 > 0))) return `--l2 needs positive numbers separated by commas (got ${value})`;
      }
      else if (!/^\d+$/u.test(value) || Number(value) < 2) return `--folds needs an integer >= 2 (got ${value})`;
      else args.folds = Number(value);
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else args.dirs.push(arg);
  }
  // No set named: those the committed model is trained on.
  if (args.dirs.length === 0) args.dirs = defaultGoldSets();
  return args;
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`kind-cv: ${args}\n${USAGE}`);
    return 2;
  }
  const missing = missingGoldSets(args.dirs);
  if (missing.length > 0) {
    console.error(`kind-cv: missing gold set${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}; nothing was written.`);
    return 1;
  }
  const started = Date.now();
  const runs = args.dirs.flatMap((dir) => loadGoldSet(dir, []));
  const real = realNewsSetsAmong(args.dirs);
  const base = args.l2Grid === null ? DEFAULT_KIND_PLAN : { ...DEFAULT_KIND_PLAN, l2Grid: args.l2Grid };
  const plan = real.size === 0 ? base : { ...base, choosesThreshold: (set: string) => real.has(set) };
  const result = crossValidateKind(runs, args.folds, plan);
  process.stdout.write(formatKindCrossValidation(result));
  if (args.write !== null) {
    writeKindModel(result.fitModel, args.write);
    console.log(`\nWrote ${args.write}.`);
  }
  console.log(`\n${runs.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`kind-cv: ${error.message}`);
  process.exitCode = 1;
}
