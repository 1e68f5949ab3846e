/**
 * `node scripts/entity-cv.ts [<dir>...] [--folds k] [--write <file>]`
 *
 * Development script of the entity model (docs/learned-entities.md): loads
 * every gold set given (default: those `npm run train` uses) with the rules'
 * output (no model applied), cross-validates the entity model by article (the folds of the speaker
 * model) and prints, per set and in total, entity precision, recall and F1
 * for the rules, under CV and at fit. With --write it saves the model
 * trained on every set given. Only the real-news sets (../shared/corpus,
 * ../shared/seed) choose the lines when any is given.
 */
import { InputError } from '../src/cli/extract-command.ts';
import { defaultGoldSets, loadGoldSet, missingGoldSets, realNewsSetsAmong } from '../src/eval/gold-sets.ts';
import { DEFAULT_FOLDS } from '../src/learn/cross-validate.ts';
import { crossValidateEntities, formatEntityCrossValidation } from '../src/learn/entity-cross-validate.ts';
import { writeEntityModel } from '../src/learn/entity-model-file.ts';
import { DEFAULT_ENTITY_PLAN } from '../src/learn/entity-model.ts';

const USAGE = 'Usage: node scripts/entity-cv.ts [<dir>...] [--folds k] [--write <file>]';

interface Args {
  dirs: string[];
  folds: number;
  write: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { dirs: [], folds: DEFAULT_FOLDS, write: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--write' || arg === '--folds') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--write') args.write = value;
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
    console.error(`entity-cv: ${args}\n${USAGE}`);
    return 2;
  }
  const missing = missingGoldSets(args.dirs);
  if (missing.length > 0) {
    console.error(`entity-cv: missing gold set${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}; nothing was written.`);
    return 1;
  }
  const started = Date.now();
  const runs = args.dirs.flatMap((dir) => loadGoldSet(dir, []));
  const real = realNewsSetsAmong(args.dirs);
  const plan = real.size === 0 ? DEFAULT_ENTITY_PLAN : { ...DEFAULT_ENTITY_PLAN, choosesLines: (set: string) => real.has(set) };
  const result = crossValidateEntities(runs, args.folds, plan);
  process.stdout.write(formatEntityCrossValidation(result));
  if (args.write !== null) {
    writeEntityModel(result.fitModel, args.write);
    console.log(`\nWrote ${args.write}.`);
  }
  console.log(`\n${runs.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`entity-cv: ${error.message}`);
  process.exitCode = 1;
}
