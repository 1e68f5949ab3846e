/**
 * `npm run bench:build [-- --articles N ...] [--json] [--keep] [--no-warm] [--no-bare]`
 *
 * How the whole site build scales with the number of articles, against a
 * bare Astro site of the same entries. For each N (default 100 and 1000) it
 * writes N synthetic ~3 KB article entries (src/eval/synthetic-archive.ts:
 * 200 x 200 invented people, 500 places, 300 organizations) into two temp
 * projects and builds:
 *   (a) the full site — a copy of this project, `astro build` cold, again
 *       unchanged (warm: extraction skipped by digest), and again after one
 *       article's body text changed (edit);
 *   (b) a bare Astro site (src/eval/bare-astro-project.ts), cold.
 * Both run `astro build` directly rather than `npm run build`
 * (scripts/build.ts): the staging, checking and swapping that wrapper adds
 * has no counterpart in the bare site and is not what scales with N.
 * It reports wall time, peak RSS of the whole build process tree (VmRSS of
 * the child and its descendants from /proc, sampled every 100 ms), pages,
 * dist bytes, ms per page, bytes per article and the ratios (a)/(b), and the
 * weight of the cold build's article pages: page bytes / the article's own
 * text bytes (src/site/page-weight.ts, the definition the site tests use),
 * median and max over the N articles.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_BUILD_USAGE, parseBenchBuildArgs } from '../src/eval/bench-build-args.ts';
import { buildFigures, formatComparison, ratios, type BuildFigures, type SizeComparison } from '../src/eval/bench-build-report.ts';
import { BARE_ARTICLES_BASE, bareAstroProjectFiles } from '../src/eval/bare-astro-project.ts';
import { startRssSampler } from '../src/eval/rss-tree.ts';
import { articlePageWeights, pageWeightSummary, type PageWeightSummary } from '../src/site/page-weight.ts';
import { formatArticlePageWeights } from './bench-build/article-page-weight.ts';
import { editedArticle, namePools, syntheticArticle, type NamePools } from '../src/eval/synthetic-archive.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
/** What `astro build` reads besides the articles; content/articles/ is left out and filled with synthetic entries. */
const PROJECT_INPUTS = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'public'] as const;
/**
 * Caches Astro and Vite keep under node_modules/. Each temp project gets its
 * own node_modules folder of per-package symlinks without these, so its
 * content store does not land in (and race with) the real project's
 * node_modules/.astro, nor the other temp project's.
 */
const LOCAL_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);
const RSS_METHOD = 'sum of VmRSS over the build process and its descendants, /proc sampled every 100 ms';

async function linkNodeModules(target: string): Promise<void> {
  const modules = join(target, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(join(repoRoot, 'node_modules'))) {
    if (!LOCAL_CACHES.has(name)) await symlink(join(repoRoot, 'node_modules', name), join(modules, name));
  }
}

async function copyProject(target: string): Promise<void> {
  for (const input of PROJECT_INPUTS) {
    const from = join(repoRoot, input);
    if (existsSync(from)) await cp(from, join(target, input), { recursive: true });
  }
  await linkNodeModules(target);
}

async function writeBareProject(target: string): Promise<void> {
  for (const [path, text] of Object.entries(bareAstroProjectFiles())) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), text);
  }
  await linkNodeModules(target);
}

/** Writes the N entries into every folder given; returns the mean entry size in bytes. */
async function writeArticles(folders: readonly string[], count: number, pools: NamePools): Promise<number> {
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const { slug, markdown } = syntheticArticle(index, pools);
    bytes += Buffer.byteLength(markdown);
    for (const folder of folders) await writeFile(join(folder, `${slug}.md`), markdown);
  }
  return bytes / count;
}

interface BuildRun {
  seconds: number;
  peakRssKb: number;
  log: string;
}

/** `astro build` in root, timed, with the peak RSS of its process tree. */
async function runBuild(root: string): Promise<BuildRun> {
  const astroCli = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const started = performance.now();
  const child = spawn(process.execPath, [astroCli, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = startRssSampler(child.pid!);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const { peakKb } = sampler.stop();
  const log = Buffer.concat(chunks).toString('utf8');
  if (code !== 0) throw new Error(`astro build failed in ${root} (exit ${code}):\n${log.slice(-4000)}`);
  return { seconds, peakRssKb: peakKb, log };
}

async function distStats(dist: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}

/** Astro's own timing lines (content sync, server build, static generation), for reading what dominates. */
function phaseLines(log: string): string[] {
  return log
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\d+(\.\d+)?m?s\b/.test(line) && /\[(types|build|vite|content)\]|✓ Completed/.test(line));
}

interface SizeResult extends SizeComparison {
  /** Article page bytes / article text bytes over the cold build's article pages; null when it wrote none. */
  articlePageWeight: PageWeightSummary | null;
  coldPhases: string[];
  warmPhases: string[];
  editPhases: string[];
  barePhases: string[];
}

async function coldFigures(root: string, run: BuildRun, articles: number): Promise<BuildFigures> {
  const { pages, bytes } = await distStats(join(root, 'dist'));
  return buildFigures({ seconds: run.seconds, peakRssKb: run.peakRssKb, pages, distBytes: bytes }, articles);
}

async function benchSize(articles: number, options: { keep: boolean; warm: boolean; bare: boolean; log: (line: string) => void }): Promise<SizeResult> {
  const root = await mkdtemp(join(tmpdir(), `newsgraph-bench-build-${articles}-`));
  const siteRoot = join(root, 'site');
  const bareRoot = join(root, 'bare');
  try {
    await copyProject(siteRoot);
    const folders = [join(siteRoot, 'content', 'articles')];
    if (options.bare) {
      await writeBareProject(bareRoot);
      folders.push(join(bareRoot, BARE_ARTICLES_BASE));
    }
    const meanEntryBytes = await writeArticles(folders, articles, namePools());

    options.log(`N=${articles}: site (a) cold build...`);
    const cold = await runBuild(siteRoot);
    const site = await coldFigures(siteRoot, cold, articles);
    const articlePageWeight = pageWeightSummary(await articlePageWeights(join(siteRoot, 'dist'), folders[0]!));
    let warm: BuildRun | undefined;
    if (options.warm) {
      options.log(`N=${articles}: site (a) warm build...`);
      warm = await runBuild(siteRoot);
    }
    options.log(`N=${articles}: site (a) one-article edit rebuild...`);
    const edited = join(folders[0]!, `${syntheticArticle(Math.floor(articles / 2), namePools()).slug}.md`);
    await writeFile(edited, editedArticle(await readFile(edited, 'utf8')));
    const edit = await runBuild(siteRoot);

    let bare: BuildFigures | undefined;
    let bareRun: BuildRun | undefined;
    if (options.bare) {
      options.log(`N=${articles}: bare (b) cold build...`);
      bareRun = await runBuild(bareRoot);
      bare = await coldFigures(bareRoot, bareRun, articles);
    }
    return {
      articles,
      meanEntryBytes: Math.round(meanEntryBytes),
      site: {
        ...site,
        ...(warm === undefined ? {} : { warmS: Number(warm.seconds.toFixed(2)) }),
        editS: Number(edit.seconds.toFixed(2)),
        editToCold: Number((edit.seconds / cold.seconds).toFixed(2)),
      },
      ...(bare === undefined ? {} : { bare, ratios: ratios(site, bare) }),
      articlePageWeight,
      coldPhases: phaseLines(cold.log),
      warmPhases: warm === undefined ? [] : phaseLines(warm.log),
      editPhases: phaseLines(edit.log),
      barePhases: bareRun === undefined ? [] : phaseLines(bareRun.log),
    };
  } finally {
    if (options.keep) console.error(`bench:build: kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

function astroVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchBuildArgs(argv);
  if (typeof args === 'string') {
    console.error(`bench:build: ${args}\n${BENCH_BUILD_USAGE}`);
    return 2;
  }
  const log = (line: string) => {
    if (!args.json) console.error(line);
  };
  const results: SizeResult[] = [];
  for (const size of args.sizes) results.push(await benchSize(size, { keep: args.keep, warm: args.warm, bare: args.bare, log }));
  const machine = { node: process.version, astro: astroVersion(), cpus: cpus().length, date: new Date().toISOString(), rssMethod: RSS_METHOD };
  if (args.json) {
    console.log(JSON.stringify({ ...machine, command: 'astro build (direct, not scripts/build.ts)', results }, null, 2));
    return 0;
  }
  console.log(`Full site (a) vs bare Astro site (b), synthetic ~3 KB articles — Node ${machine.node}, astro ${machine.astro}, ${machine.cpus} cores, ${machine.date}\n`);
  console.log(formatComparison(results));
  console.log(`\n${formatArticlePageWeights(results)}`);
  console.log(
    '\n(cold: empty caches; warm: same inputs again; edit: one article body changed, then rebuilt; ms/page = cold wall / pages;' +
      ` peak RSS: ${RSS_METHOD}; KB/article = dist size / N)`,
  );
  for (const r of results) {
    console.log(`\nAstro timing lines, N=${r.articles}, site cold:\n  ${r.coldPhases.join('\n  ')}`);
    if (r.warmPhases.length > 0) console.log(`site warm:\n  ${r.warmPhases.join('\n  ')}`);
    console.log(`site edit:\n  ${r.editPhases.join('\n  ')}`);
    if (r.barePhases.length > 0) console.log(`bare cold:\n  ${r.barePhases.join('\n  ')}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
