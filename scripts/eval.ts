/**
 * `npm run eval -- <dir>... [--json] [--verbose] [--entities <dir>] [--engine | --model <file>] [--folds <list>]`
 * `npm run eval -- --cv [k] <dir>... [--json] [--entities <dir>] [--threshold-on <dir>]...`
 *
 * Scores the extraction engine against hand-made gold: every `X.txt` with an
 * `X.gold.json` beside it is ingested in memory, extracted as the site
 * extracts it and scored by the corpus rules (src/eval/). Speakers are
 * decided as the site decides them, by the committed speaker model
 * (src/extract/speakers/speaker-model.json); --engine scores the rules alone and
 * --model <file> another model. With --cv it cross-validates the speaker
 * model instead (training on the rules' output, as `npm run train` does).
 * A measurement: it exits 0 whatever the figures, and non-zero only when the
 * input is bad.
 */
import { entityListFor, extractionAsJson, InputError } from '../src/cli/extract-command.ts';
import { explainArticle } from '../src/eval/explain-article.ts';
import { formatScoreTable, scoresAsJson } from '../src/eval/format-scores.ts';
import { loadGoldSet, setName } from '../src/eval/gold-sets.ts';
import { scoreArticle, type ArticleScore } from '../src/eval/score-article.ts';
import { countHeadlines, formatHeadlines, judgeHeadline } from '../src/eval/score-headline.ts';
import { totalScore } from '../src/eval/score-article.ts';
import { crossValidate, DEFAULT_FOLDS, DEFAULT_PLAN, foldOf } from '../src/learn/cross-validate.ts';
import { crossValidationAsJson, formatCrossValidation } from '../src/learn/format-cross-validation.ts';
import { SPEAKER_MODEL_FILE, readSpeakerModel } from '../src/learn/speaker-model-file.ts';
import { applySpeakerModel, type SpeakerModel } from '../src/extract/speakers/ranker.ts';

const USAGE = `Usage: npm run eval -- <dir>... [--json] [--verbose] [--entities <dir>] [--engine | --model <file>] [--folds <list>]
       npm run eval -- --cv [k] <dir>... [--json] [--entities <dir>] [--threshold-on <dir>]...`;

interface EvalArgs {
  dirs: string[];
  json: boolean;
  verbose: boolean;
  entitiesDir: string | null;
  /** The speaker model to apply after the rules (default: the committed one, as the site), or null for the rules alone. */
  modelFile: string | null;
  /** Folds of a cross-validation run, or null for a plain eval. */
  cv: number | null;
  /** With --cv: only these sets' rows choose the threshold (all sets when empty). */
  thresholdOn: string[];
  /** Only articles in these folds of the DEFAULT_FOLDS split are scored (all when null). */
  folds: number[] | null;
}

function parseArgs(argv: readonly string[]): EvalArgs | string {
  const args: EvalArgs = { dirs: [], json: false, verbose: false, entitiesDir: null, modelFile: SPEAKER_MODEL_FILE, cv: null, thresholdOn: [], folds: null };
  let chosen: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--engine') {
      if (chosen !== null) return `--engine and ${chosen} exclude each other`;
      chosen = arg;
      args.modelFile = null;
    }
    else if (arg === '--entities' || arg === '--model' || arg === '--threshold-on') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a ${arg === '--model' ? 'file' : 'directory'}`;
      if (arg === '--entities') args.entitiesDir = value;
      else if (arg === '--model') {
        if (chosen !== null) return `--model and ${chosen} exclude each other`;
        chosen = arg;
        args.modelFile = value;
      }
      else args.thresholdOn.push(setName(value));
    } else if (arg === '--folds') {
      const value = argv[++i] ?? '';
      const folds = value.split(',').map((part) => part.trim());
      if (!folds.every((fold) => /^\d+$/u.test(fold) && Number(fold) < DEFAULT_FOLDS)) {
        return `--folds needs fold numbers from 0 to ${DEFAULT_FOLDS - 1}, separated by commas (got '${value}')`;
      }
      args.folds = [...new Set(folds.map(Number))].sort((a, b) => a - b);
    } else if (arg === '--cv') {
      // An optional fold count right after --cv; a directory named only by digits would need ./ in front.
      const next = argv[i + 1];
      if (next !== undefined && /^\d+$/u.test(next)) {
        args.cv = Number(next);
        i += 1;
        if (args.cv < 2) return `--cv needs at least 2 folds (got ${next})`;
      } else args.cv = DEFAULT_FOLDS;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else args.dirs.push(arg);
  }
  if (args.dirs.length === 0) return 'no directory given';
  if (args.cv !== null && (chosen !== null || args.verbose)) return '--cv trains its own models: it takes neither --engine, a model nor --verbose';
  if (args.cv === null && args.thresholdOn.length > 0) return '--threshold-on goes with --cv';
  if (args.cv !== null && args.folds !== null) return '--folds picks articles for a plain eval; --cv scores every fold';
  const unknown = args.thresholdOn.filter((set) => !args.dirs.map(setName).includes(set));
  if (unknown.length > 0) return `--threshold-on ${unknown.join(', ')}: not among the directories given`;
  return args;
}

function loadModel(file: string): SpeakerModel {
  try {
    return readSpeakerModel(file);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`eval: ${args}\n${USAGE}`);
    return 2;
  }
  const entityList = entityListFor(args.entitiesDir);
  const model = args.modelFile === null || args.cv !== null ? null : loadModel(args.modelFile);
  const loaded = args.dirs.flatMap((dir) => loadGoldSet(dir, entityList));
  if (loaded.length === 0) throw new InputError(`${args.dirs.join(', ')}: no X.txt with an X.gold.json beside it`);
  const folds = args.folds;
  const articles = folds === null ? loaded : loaded.filter((article) => folds.includes(foldOf(article.set, article.name, DEFAULT_FOLDS)));

  if (args.cv !== null) {
    const thresholdOn = new Set(args.thresholdOn);
    const plan = thresholdOn.size === 0 ? DEFAULT_PLAN : { ...DEFAULT_PLAN, choosesThreshold: (set: string) => thresholdOn.has(set) };
    const cv = crossValidate(articles, args.cv, plan);
    if (!args.json && thresholdOn.size > 0) console.log(`Thresholds chosen on the rows of ${[...thresholdOn].join(', ')} only.\n`);
    console.log(args.json ? JSON.stringify(crossValidationAsJson(cv), null, 2) : formatCrossValidation(cv));
    return 0;
  }

  const scores: ArticleScore[] = [];
  const explanations: string[] = [];
  const headlines = countHeadlines(articles.map((article) => judgeHeadline(article.text.title ?? null, article.gold.title)));
  for (const article of articles) {
    const extraction = model === null ? article.extraction : applySpeakerModel(article.extraction, article.text, model);
    const prediction = extractionAsJson({ head: article.head, extraction });
    scores.push(scoreArticle(article.name, prediction, article.gold));
    if (args.verbose) explanations.push(`${article.name}`, ...explainArticle(prediction, article.gold), '');
  }
  const total = totalScore(scores);

  if (args.json) {
    const speakerModel = model === null ? null : { file: args.modelFile, threshold: model.threshold };
    console.log(JSON.stringify({ entityListSize: entityList.length, speakerModel, ...scoresAsJson(scores, total), headlines }, null, 2));
    return 0;
  }
  if (args.verbose) console.log(explanations.join('\n'));
  if (folds !== null) console.log(`Folds ${folds.join(', ')} of ${DEFAULT_FOLDS} only (foldOf in src/learn/cross-validate.ts): ${articles.length} of ${loaded.length} articles.\n`);
  console.log(formatScoreTable(scores, total));
  console.log(formatHeadlines(headlines));
  console.log(`Entity list: ${entityList.length} entries. Speakers need confidence >= 0.5; spans match by normalized text.`);
  console.log(
    model === null
      ? 'Speaker model: none: the rules alone (--engine); the site applies src/extract/speakers/speaker-model.json.'
      : `Speaker model: ${args.modelFile}, a speaker kept when p >= ${model.threshold}${args.modelFile === SPEAKER_MODEL_FILE ? ', as the site shows it' : ''}.`,
  );
  const trainedOn = model === null ? [] : args.dirs.map(setName).filter((set) => model.training.some((entry) => entry.set === set));
  if (trainedOn.length > 0) {
    console.log(`The model was trained on ${trainedOn.join(', ')}: speaker figures there are fit (train = test); --cv measures new text.`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
}
