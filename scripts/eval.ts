/**
 * `npm run eval -- <dir>... [--json] [--verbose] [--entities <dir>]`
 *
 * Scores the extraction engine against hand-made gold: every `X.txt` with an
 * `X.gold.json` beside it is ingested in memory, extracted and scored by the
 * corpus rules (src/eval/). A measurement: it exits 0 whatever the figures,
 * and non-zero only when the input is bad.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { entityListFor, extractFromText, extractionAsJson, InputError, readArticleFile } from '../src/cli/extract-command.ts';
import { explainArticle } from '../src/eval/explain-article.ts';
import { formatScoreTable, scoresAsJson } from '../src/eval/format-scores.ts';
import { parseGold } from '../src/eval/gold.ts';
import { scoreArticle, totalScore, type ArticleScore } from '../src/eval/score-article.ts';

const USAGE = 'Usage: npm run eval -- <dir>... [--json] [--verbose] [--entities <dir>]';

interface EvalArgs {
  dirs: string[];
  json: boolean;
  verbose: boolean;
  entitiesDir: string | null;
}

function parseArgs(argv: readonly string[]): EvalArgs | string {
  const args: EvalArgs = { dirs: [], json: false, verbose: false, entitiesDir: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--entities') {
      const value = argv[++i];
      if (value === undefined) return '--entities needs a directory';
      args.entitiesDir = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else args.dirs.push(arg);
  }
  return args.dirs.length === 0 ? 'no directory given' : args;
}

interface GoldPair {
  name: string;
  textFile: string;
  goldFile: string;
}

/** Every `X.txt` with an `X.gold.json` beside it, in name order. */
function goldPairsIn(dir: string): GoldPair[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((file) => file.endsWith('.txt') && files.has(file.replace(/\.txt$/, '.gold.json')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      textFile: join(dir, file),
      goldFile: join(dir, file.replace(/\.txt$/, '.gold.json')),
    }));
}

function readGold(file: string) {
  try {
    return parseGold(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`eval: ${args}\n${USAGE}`);
    return 2;
  }
  const entityList = entityListFor(args.entitiesDir);
  const pairs = args.dirs.flatMap(goldPairsIn);
  if (pairs.length === 0) throw new InputError(`${args.dirs.join(', ')}: no X.txt with an X.gold.json beside it`);

  const scores: ArticleScore[] = [];
  const explanations: string[] = [];
  for (const pair of pairs) {
    const gold = readGold(pair.goldFile);
    const prediction = extractionAsJson(extractFromText(pair.textFile, readArticleFile(pair.textFile), entityList));
    scores.push(scoreArticle(pair.name, prediction, gold));
    if (args.verbose) explanations.push(`${pair.name}`, ...explainArticle(prediction, gold), '');
  }
  const total = totalScore(scores);

  if (args.json) {
    console.log(JSON.stringify({ entityListSize: entityList.length, ...scoresAsJson(scores, total) }, null, 2));
    return 0;
  }
  if (args.verbose) console.log(explanations.join('\n'));
  console.log(formatScoreTable(scores, total));
  console.log(`Entity list: ${entityList.length} entries. Speakers need confidence >= 0.5; spans match by normalized text.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
}
