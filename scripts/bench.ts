/**
 * `npm run bench [-- <dir>...] [--json] [--runs N]`
 *
 * How fast the extraction engine is on one core: per real article (median and
 * p95 ms, ms per 3 KB), how time grows with size (10 KB to 1 MB, and 1 MB of
 * unbalanced quote marks, the input that breaks naive quote pairing), how
 * time grows on the one-paragraph shapes that once went quadratic (a run of
 * quote marks, nested quotes, a run of capitalized words, one sentence
 * repeating `Ruiz said`; 100 KB to 4 MB), and
 * how much heap the results hold. Only extraction is timed; ingest is done first.
 * Default dirs: ../shared/seed and ../shared/corpus when they exist,
 * otherwise synthetic articles.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { articleFromText, entityListFor, readArticleFile } from '../src/cli/extract-command.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { ArticleText, EntityListEntry } from '../src/extract/types.ts';
import { pathologicalArticle, PATHOLOGICAL_SHAPES } from '../src/eval/pathological-text.ts';
import { articleSize, patternedArticle, unbalancedQuotesArticle } from '../src/eval/synthetic-text.ts';
import { renderTable, type Align } from '../src/eval/text-table.ts';
import { anyStepGrowsFasterThanLinear, growsFasterThanLinear, median, percentile, timeOnce, timeRuns } from '../src/eval/timing-stats.ts';

/** Targets printed next to the figures (issue 3). */
const TARGET_MS_PER_3KB = 2;
const TARGET_UNBALANCED_1MB_MS = 1000;
const DEFAULT_DIRS = ['../shared/seed', '../shared/corpus'];
const KB = 1024;

interface BenchArgs {
  dirs: string[];
  json: boolean;
  runs: number;
}

function parseArgs(argv: readonly string[]): BenchArgs | string {
  const args: BenchArgs = { dirs: [], json: false, runs: 50 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--runs') {
      const runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) return '--runs needs a positive whole number';
      args.runs = runs;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else args.dirs.push(arg);
  }
  return args;
}

interface NamedArticle {
  name: string;
  article: ArticleText;
}

function articlesIn(dirs: readonly string[]): NamedArticle[] {
  return dirs.flatMap((dir) => {
    if (!existsSync(dir)) throw new Error(`${dir}: no such directory`);
    return readdirSync(dir)
      // Raw .txt articles, or markdown entries (content/articles); a folder's README is neither.
      .filter((file) => file.endsWith('.txt') || (file.endsWith('.md') && !/^readme\.md$/i.test(file)))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((file) => {
        const path = join(dir, file);
        return { name: file.replace(/\.(txt|md)$/, ''), article: articleFromText(path, readArticleFile(path)).article };
      });
  });
}

/** Stand-ins when no real articles are at hand: news-shaped text of typical article sizes. */
function syntheticArticles(): NamedArticle[] {
  return [2, 3, 5, 8].map((kb) => ({ name: `synthetic-${kb}kb`, article: patternedArticle(kb * KB) }));
}

/** `gc()` without the --expose-gc flag the npm script cannot pass; null when the runtime refuses. */
function exposedGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const round = (ms: number, digits = 3) => Number(ms.toFixed(digits));

/** Untimed passes over every article first, so the first article timed does not pay for JIT compilation. */
const WARMUP_PASSES = 10;

function benchArticles(articles: readonly NamedArticle[], entityList: readonly EntityListEntry[], runs: number) {
  for (let pass = 0; pass < WARMUP_PASSES; pass += 1) {
    for (const { article } of articles) extractArticle(article, { entityList });
  }
  return articles.map(({ name, article }) => {
    const bytes = articleSize(article);
    const times = timeRuns(() => extractArticle(article, { entityList }), runs, 2);
    const medianMs = median(times);
    return { name, kb: round(bytes / KB, 1), medianMs: round(medianMs), p95Ms: round(percentile(times, 0.95)), msPer3Kb: round((medianMs * 3 * KB) / bytes) };
  });
}

function benchLinearity(entityList: readonly EntityListEntry[]) {
  const cases = [
    { name: 'pattern 10 KB', article: patternedArticle(10 * KB), repeats: 20 },
    { name: 'pattern 100 KB', article: patternedArticle(100 * KB), repeats: 5 },
    { name: 'pattern 1 MB', article: patternedArticle(KB * KB), repeats: 3 },
    { name: 'unbalanced 1 MB (2 KB paragraphs)', article: unbalancedQuotesArticle(KB * KB, 2 * KB), repeats: 3 },
    { name: 'unbalanced 1 MB (one paragraph)', article: unbalancedQuotesArticle(KB * KB, KB * KB), repeats: 3 },
  ];
  // The small case is timed on warm code like the large ones.
  timeRuns(() => extractArticle(cases[0]!.article, { entityList }), 0, 10);
  const rows = cases.map(({ name, article, repeats }) => {
    const kb = articleSize(article) / KB;
    const ms = median(timeRuns(() => extractArticle(article, { entityList }), repeats, 1));
    return { name, kb: round(kb, 1), ms: round(ms, 1), msPerKb: round(ms / kb, 4) };
  });
  const [small, middle, large] = rows;
  const nonLinear = growsFasterThanLinear(middle!, large!) || growsFasterThanLinear(small!, large!, 3);
  const unbalancedMs = Math.max(rows[3]!.ms, rows[4]!.ms);
  return { rows, nonLinear, unbalancedMs };
}

/** Sizes of the pathological one-paragraph shapes, in KB. */
const PATHOLOGICAL_SIZES_KB = [100, 1024, 4096];

/**
 * Each pathological shape at each size, one timed run after one untimed run
 * of the smallest (a 4 MB run takes seconds, so timer noise is small). Growth
 * is judged on CPU time, which waiting for a busy machine's cores does not
 * inflate: a shape grows non-linearly when CPU ms/KB more than doubles from
 * one size to the next.
 */
function benchPathological(entityList: readonly EntityListEntry[]) {
  return PATHOLOGICAL_SHAPES.map((shape) => {
    timeRuns(() => extractArticle(pathologicalArticle(shape, PATHOLOGICAL_SIZES_KB[0]! * KB), { entityList }), 0, 1);
    const rows = PATHOLOGICAL_SIZES_KB.map((sizeKb) => {
      const article = pathologicalArticle(shape, sizeKb * KB);
      const kb = articleSize(article) / KB;
      const { wallMs, cpuMs } = timeOnce(() => extractArticle(article, { entityList }));
      return { kb: round(kb, 1), ms: round(wallMs, 1), msPerKb: round(wallMs / kb, 4), cpuMs: round(cpuMs, 1), cpuMsPerKb: round(cpuMs / kb, 4) };
    });
    return { shape, rows, nonLinear: anyStepGrowsFasterThanLinear(rows.map((row) => ({ kb: row.kb, ms: row.cpuMs }))) };
  });
}

/** Copies of every article's result held at once, so the heap delta stands clear of collector noise. */
const MEMORY_COPIES = 50;

function benchMemory(articles: readonly NamedArticle[], entityList: readonly EntityListEntry[]) {
  const exposed = exposedGc();
  // Twice: one full collection can leave garbage that only the second frees.
  const gc = exposed === null ? null : () => (exposed(), exposed());
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = Array.from({ length: MEMORY_COPIES }, () => articles.map(({ article }) => extractArticle(article, { entityList })));
  gc?.();
  const afterArticles = process.memoryUsage().heapUsed;
  const bigText = patternedArticle(KB * KB);
  gc?.();
  const beforeBig = process.memoryUsage().heapUsed;
  const big = extractArticle(bigText, { entityList });
  gc?.();
  const afterBig = process.memoryUsage().heapUsed;
  return {
    gcExposed: gc !== null,
    perArticleResultKb: round((afterArticles - before) / KB / (MEMORY_COPIES * articles.length), 1),
    oneMbResultKb: round((afterBig - beforeBig) / KB, 1),
    // Read after the measurements so neither result is collected before it is counted.
    resultsHeld: held.length + big.quotes.length,
  };
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`bench: ${args}\nUsage: npm run bench -- [<dir>...] [--json] [--runs N]`);
    return 2;
  }
  const dirs = args.dirs.length > 0 ? args.dirs : DEFAULT_DIRS.filter((dir) => existsSync(dir));
  const articles = dirs.length > 0 ? articlesIn(dirs) : syntheticArticles();
  const entityList = entityListFor(null);

  const perArticle = benchArticles(articles, entityList, args.runs);
  const totalKb = perArticle.reduce((sum, row) => sum + row.kb, 0);
  const totalMs = perArticle.reduce((sum, row) => sum + row.medianMs, 0);
  const overall = {
    articles: perArticle.length,
    medianMsPerArticle: round(median(perArticle.map((row) => row.medianMs))),
    worstP95Ms: round(Math.max(...perArticle.map((row) => row.p95Ms))),
    msPer3Kb: round((totalMs * 3) / totalKb),
    meetsTarget: (totalMs * 3) / totalKb <= TARGET_MS_PER_3KB,
  };
  const linearity = benchLinearity(entityList);
  const pathological = benchPathological(entityList);
  const memory = benchMemory(articles, entityList);

  if (args.json) {
    const targets = { msPer3Kb: TARGET_MS_PER_3KB, unbalanced1MbMs: TARGET_UNBALANCED_1MB_MS };
    console.log(JSON.stringify({ node: process.version, runs: args.runs, sources: dirs.length > 0 ? dirs : ['synthetic'], targets, perArticle, overall, linearity, pathological, memory }, null, 2));
    return 0;
  }

  const right: Align[] = ['left', 'right', 'right', 'right', 'right'];
  console.log(`Extraction time per article, one core (Node ${process.version}, ${args.runs} runs after warm-up; ${dirs.join(', ') || 'synthetic articles'}):\n`);
  console.log(
    renderTable(
      ['article', 'KB', 'median ms', 'p95 ms', 'ms/3KB'],
      [
        ...perArticle.map((row) => [row.name, row.kb.toFixed(1), row.medianMs.toFixed(3), row.p95Ms.toFixed(3), row.msPer3Kb.toFixed(3)]),
        ['all', totalKb.toFixed(1), overall.medianMsPerArticle.toFixed(3), overall.worstP95Ms.toFixed(3), overall.msPer3Kb.toFixed(3)],
      ],
      { align: right, ruleBefore: [perArticle.length] },
    ),
  );
  console.log(`(all: median of medians, worst p95, total ms / total KB x 3)`);
  console.log(`Target <= ${TARGET_MS_PER_3KB} ms per 3 KB article: ${overall.meetsTarget ? 'met' : 'NOT MET'} (${overall.msPer3Kb} ms)\n`);

  console.log('Growth with size:\n');
  console.log(
    renderTable(
      ['input', 'KB', 'ms', 'ms/KB'],
      linearity.rows.map((row) => [row.name, row.kb.toFixed(1), row.ms.toFixed(1), row.msPerKb.toFixed(4)]),
      { align: ['left', 'right', 'right', 'right'] },
    ),
  );
  console.log(`Growth: ${linearity.nonLinear ? 'NON-LINEAR (ms/KB at 1 MB is over 2x that at 100 KB, or 3x that at 10 KB)' : 'linear (ms/KB within 2x from 100 KB to 1 MB)'}`);
  const unbalancedOk = linearity.unbalancedMs < TARGET_UNBALANCED_1MB_MS;
  console.log(`Target 1 MB unbalanced < ${TARGET_UNBALANCED_1MB_MS} ms: ${unbalancedOk ? 'met' : 'NOT MET'} (${linearity.unbalancedMs} ms)\n`);

  console.log('Pathological shapes, one paragraph each (issue 7):\n');
  console.log(
    renderTable(
      ['shape', 'KB', 'ms', 'ms/KB', 'cpu ms', 'cpu ms/KB'],
      pathological.flatMap(({ shape, rows }) =>
        rows.map((row) => [shape, row.kb.toFixed(1), row.ms.toFixed(1), row.msPerKb.toFixed(4), row.cpuMs.toFixed(1), row.cpuMsPerKb.toFixed(4)]),
      ),
      { align: ['left', 'right', 'right', 'right', 'right', 'right'] },
    ),
  );
  for (const { shape, nonLinear } of pathological) {
    console.log(`Growth of ${shape}: ${nonLinear ? 'NON-LINEAR (cpu ms/KB more than doubles from one size to the next)' : 'linear (cpu ms/KB within 2x at each step)'}`);
  }
  console.log('');

  console.log(
    `Memory (heapUsed delta${memory.gcExposed ? ', after gc' : ', no gc available: rough'}): ` +
      `${memory.perArticleResultKb} KB per article result held (${MEMORY_COPIES} x ${articles.length} held at once); ${memory.oneMbResultKb} KB for the result of 1 MB of text.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
