/**
 * `npm run build [-- <astro build flags>]`
 *
 * Builds the site without ever leaving a broken one in dist/. Astro empties
 * its outDir before it writes a page, so a failure while pages are generated
 * used to leave a partial dist/ (no index, server chunks in .prerender/).
 * Here Astro builds into a staging folder beside dist/ (`.dist-staging/`),
 * the staged site is checked (checkSite), and only then is it swapped in:
 * dist/ -> `.dist-previous/`, staging -> dist/, previous removed. On any
 * failure dist/ is left as it was and the staging folder is removed.
 *
 * Flags are passed on to `astro build`; `--outDir` names the folder to swap
 * into (default: astro.config's outDir, else dist/). A run that died midway
 * through a swap is repaired at the start of the next (recoverInterruptedSwap).
 *
 * The old site is not deleted after the swap: it waits in `.dist-spare/`. The
 * next build brings it up to date with dist/ (copying only the files that
 * differ, mirrorTree) and builds into it, so Astro keeps every page it need
 * not render where it is instead of copying 30,000 files back from its cache
 * into an empty folder (src/integration/output-reuse.ts says when that is
 * safe). The spare costs one more copy of the site on disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { forgetManifest, moveStamp, outputTrust } from '../src/integration/output-reuse.ts';
import { SITE_SETTINGS } from '../src/integration/settings.ts';
import { routeFile } from '../src/site/paths.ts';
import {
  articlesDataRoute,
  entitiesDataRoute,
  entitiesRoute,
  feedRoute,
  homeRoute,
  notFoundRoute,
  quotesDataRoute,
  speakersRoute,
  unattributedRoute,
} from '../src/site/routes.ts';

/** The files every complete build has, whatever the content. */
const REQUIRED_ROUTES = [
  homeRoute,
  notFoundRoute,
  feedRoute,
  entitiesRoute,
  speakersRoute,
  unattributedRoute,
  articlesDataRoute,
  entitiesDataRoute,
  quotesDataRoute,
] as const;

/** Where Astro looks for its config, in its own order (node_modules/astro/dist/core/config/config.js). */
const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'] as const;
const DEFAULT_OUT_DIR = 'dist';
/** At most this many files of one kind of problem are named; a count says how many more. */
const MAX_NAMED_PROBLEMS = 5;

export interface BuildArgs {
  /** What goes to `astro build`, minus --outDir (the staging folder replaces it). */
  forwarded: string[];
  outDir?: string;
  root?: string;
  config?: string;
  help: boolean;
}

/**
 * Picks out the flags that decide where the site goes. Astro reads flags with
 * yargs-parser, which takes `--flag value` and `--flag=value` and treats
 * `--out-dir` as `--outDir`.
 */
export function parseBuildArgs(argv: readonly string[]): BuildArgs | string {
  const args: BuildArgs = { forwarded: [], help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const flag = /^--(outDir|out-dir|root|config)(?:=(.*))?$/s.exec(arg);
    if (flag === null) {
      if (arg === '--help' || arg === '-h') args.help = true;
      args.forwarded.push(arg);
      continue;
    }
    let value = flag[2];
    if (value === undefined) {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '') return `${arg} needs a value`;
    const name = flag[1] === 'out-dir' ? 'outDir' : (flag[1] as 'outDir' | 'root' | 'config');
    args[name] = value;
    if (name !== 'outDir') args.forwarded.push(`--${name}`, value);
  }
  return args;
}

export interface BuildFolders {
  /** The folder the site is served from: dist/. */
  target: string;
  /** Where Astro builds: a sibling, so the swap is a rename on one filesystem. */
  staging: string;
  /** Where the old site waits during the swap. */
  previous: string;
}

export function buildFolders(target: string): BuildFolders {
  const name = basename(target);
  return {
    target,
    staging: join(dirname(target), `.${name}-staging`),
    previous: join(dirname(target), `.${name}-previous`),
  };
}

/** The outDir Astro would use: --outDir, else the config's, else dist/, relative to the project root. */
async function resolveTarget(cwd: string, args: BuildArgs): Promise<string> {
  const root = resolve(cwd, args.root ?? '.');
  if (args.outDir !== undefined) return resolve(root, args.outDir);
  const configured = await configuredOutDir(root, args.config);
  if (configured === undefined) return resolve(root, DEFAULT_OUT_DIR);
  return configured instanceof URL ? fileURLToPath(configured) : resolve(root, configured);
}

async function configuredOutDir(root: string, configFile: string | undefined): Promise<string | URL | undefined> {
  const file = configFile !== undefined ? join(root, configFile) : CONFIG_FILES.map((name) => join(root, name)).find(existsSync);
  if (file === undefined) return undefined;
  if (!existsSync(file)) throw new Error(`${file}: no such config file`);
  let config: unknown;
  try {
    config = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new Error(`${file}: cannot be loaded to read its outDir (${(error as Error).message})`, { cause: error });
  }
  const outDir = (config as { outDir?: unknown } | undefined)?.outDir;
  if (outDir === undefined || typeof outDir === 'string' || outDir instanceof URL) return outDir;
  throw new Error(`${file}: outDir must be a string or a URL`);
}

/** Astro's cache folder, as newsgraph() sets it. */
function cacheFolder(root: string): string {
  return join(root, SITE_SETTINGS.cacheDir);
}

/**
 * Makes the next build render every page. Astro writes each re-rendered page
 * into its cache as it goes but its record of keys only at the end, so after
 * a build that stopped midway a page's cached copy can be newer than its
 * recorded key, and a later build whose data matches the old key would serve
 * the newer page. (newsgraph() also refuses a manifest no finished build
 * vouches for; this covers a build Astro finished but this script failed.)
 */
export function forgetReusablePages(root: string): void {
  forgetManifest(cacheFolder(root));
}

/** Where the site before the current one waits to be built into next time: a sibling of the target. */
export function spareFolder(target: string): string {
  return join(dirname(target), `.${basename(target)}-spare`);
}

/** Two files with the same size whose modification times are this close are taken to be the same (as rsync does). */
const SAME_MTIME_MS = 2;

export interface MirrorResult {
  /** Files copied because the mirror lacked them or held another size or time. */
  copied: number;
  /** Files and folders the source does not have, removed from the mirror. */
  removed: number;
}

/** A folder, or a file's size and modification time. */
type TreeEntry = { folder: true } | { folder: false; size: number; mtimeMs: number; stats: Stats };

/** Every entry under dir by relative path; fails on anything but files and folders. Folders are not stat'ed: half the calls. */
function treeEntries(dir: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) entries.set(relative(dir, path), { folder: true });
    else if (entry.isFile()) {
      const stats = lstatSync(path);
      entries.set(relative(dir, path), { folder: false, size: stats.size, mtimeMs: stats.mtimeMs, stats });
    } else throw new Error(`${path} is neither a file nor a folder`);
  }
  return entries;
}

/**
 * Makes `mirror` hold the same files as `source`, byte for byte: removes what
 * the source lacks, copies what is missing or differs. A file counts as the
 * same when its size is equal and its modification time within
 * SAME_MTIME_MS; copies keep the source's time, so a file copied once is not
 * copied again. That is sound here because every file in both trees was
 * written by a build (or copied with its time), and two builds never write
 * the same file within milliseconds of each other.
 */
export function mirrorTree(source: string, mirror: string): MirrorResult {
  const from = treeEntries(source);
  mkdirSync(mirror, { recursive: true });
  let to = treeEntries(mirror);
  let removed = 0;
  // Sorted, a folder comes before what is in it; once it is gone, so is its content.
  for (const path of [...to.keys()].sort()) {
    const entry = to.get(path)!;
    const wanted = from.get(path);
    if (wanted !== undefined && wanted.folder === entry.folder) continue;
    if (!existsSync(join(mirror, path))) continue;
    rmSync(join(mirror, path), { recursive: true, force: true });
    removed += 1;
  }
  // What went took its content with it; reading the mirror again is cheaper than asking for every file.
  if (removed > 0) to = treeEntries(mirror);
  let copied = 0;
  for (const [path, entry] of [...from].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const target = join(mirror, path);
    if (entry.folder) {
      if (!to.has(path)) mkdirSync(target, { recursive: true });
      continue;
    }
    const current = to.get(path);
    if (current !== undefined && !current.folder && current.size === entry.size && Math.abs(current.mtimeMs - entry.mtimeMs) < SAME_MTIME_MS) continue;
    copyFileSync(join(source, path), target);
    utimesSync(target, entry.stats.atime, entry.stats.mtime);
    copied += 1;
  }
  return { copied, removed };
}

/**
 * Puts the spare site in the staging folder, brought up to date with the
 * target, when the target is what Astro's last finished build wrote (so
 * newsgraph() keeps the staged pages it need not render). Returns what it
 * did, or undefined when the staging folder is left to start empty.
 */
export function seedStaging(folders: BuildFolders, root: string): string | undefined {
  const spare = spareFolder(folders.target);
  if (!existsSync(spare) || !existsSync(folders.target)) return undefined;
  const cacheDir = cacheFolder(root);
  if (outputTrust(cacheDir, folders.target) !== 'outDir') return undefined;
  try {
    const { copied, removed } = mirrorTree(folders.target, spare);
    renameSync(spare, folders.staging);
    if (!moveStamp(cacheDir, folders.target, folders.staging)) throw new Error('the record of the last build changed meanwhile');
    return `building into the last site but one (${relative(dirname(folders.target), spare)}), brought up to date: ${copied} file(s) copied, ${removed} removed`;
  } catch (error) {
    rmSync(folders.staging, { recursive: true, force: true });
    rmSync(spare, { recursive: true, force: true });
    return `cannot reuse ${spare} (${(error as Error).message}); building into an empty folder`;
  }
}

/**
 * Repairs what a run that died midway left: the old site parked in
 * previous/ with no target means it died between the two renames, so the old
 * site goes back; previous/ beside a target means it died after the swap, so
 * previous/ goes. A staging folder is always stale. Returns what it did.
 */
export function recoverInterruptedSwap(folders: BuildFolders): string[] {
  const done: string[] = [];
  if (existsSync(folders.previous)) {
    if (existsSync(folders.target)) {
      rmSync(folders.previous, { recursive: true, force: true });
      done.push(`removed ${folders.previous}, left by a build that stopped after its swap`);
    } else {
      renameSync(folders.previous, folders.target);
      done.push(`restored ${folders.target} from ${folders.previous}, left by a build that stopped during its swap`);
    }
  }
  if (existsSync(folders.staging)) {
    rmSync(folders.staging, { recursive: true, force: true });
    done.push(`removed ${folders.staging}, left by a build that stopped`);
  }
  return done;
}

/**
 * What is wrong with the site in `dir`; empty when it is complete. Cheap:
 * one walk of the tree and the three data files, whose urls name every
 * article, entity and speaker page the build must have written.
 */
export async function checkSite(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [`${dir} was not written`];
  const files = new Set<string>();
  const problems: string[] = [];
  const serverCode: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isDirectory() && entry.name === '.prerender') problems.push(`${path}/ holds Astro's server code: page generation did not finish`);
    else if (path.split('/').includes('.prerender')) continue;
    else if (entry.isFile() && entry.name.endsWith('.mjs')) serverCode.push(path);
    else if (entry.isFile()) files.add(path);
  }
  problems.push(...named(serverCode, (path) => `${path} is server code left in the site`));
  for (const route of REQUIRED_ROUTES) {
    if (!files.has(routeFile(route))) problems.push(`${routeFile(route)} is missing`);
  }
  const missingPages: string[] = [];
  for (const [route, fields] of [
    [articlesDataRoute, ['url']],
    [entitiesDataRoute, ['url', 'speakerUrl']],
  ] as const) {
    const data = routeFile(route);
    if (!files.has(data)) continue;
    const items = await dataItems(join(dir, data));
    if (typeof items === 'string') {
      problems.push(`${data}: ${items}`);
      continue;
    }
    for (const item of items) {
      for (const field of fields) {
        const url = item[field];
        if (typeof url === 'string' && !files.has(urlFile(url))) missingPages.push(`${urlFile(url)} (${field} in ${data})`);
      }
    }
  }
  problems.push(...named(missingPages, (page) => `${page} is missing`));
  return problems;
}

/** One problem per item for the first few, then how many more: a broken build can miss thousands of files. */
function named(items: readonly string[], describe: (item: string) => string): string[] {
  const lines = items.slice(0, MAX_NAMED_PROBLEMS).map(describe);
  if (items.length > MAX_NAMED_PROBLEMS) lines.push(`and ${items.length - MAX_NAMED_PROBLEMS} more like these`);
  return lines;
}

/** The items of a data export (`{ "version": 2, "items": [...] }`), or what is wrong with it. */
async function dataItems(file: string): Promise<Record<string, unknown>[] | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return 'has no items list';
  return items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/** A data export's url (relative to the site root, percent-encoded) as a file path in the site. */
function urlFile(url: string): string {
  return url
    .split('#')[0]!
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/**
 * Puts the staged site at the target with two renames, so at every moment
 * the target is either absent for the instant between them or a complete site;
 * recoverInterruptedSwap handles a death in that instant.
 */
export function swapIn(folders: BuildFolders, spare?: string): void {
  const hadTarget = existsSync(folders.target);
  if (hadTarget) renameSync(folders.target, folders.previous);
  try {
    renameSync(folders.staging, folders.target);
  } catch (error) {
    if (hadTarget) renameSync(folders.previous, folders.target);
    throw error;
  }
  if (!hadTarget) return;
  if (spare === undefined) {
    rmSync(folders.previous, { recursive: true, force: true });
    return;
  }
  // The old site becomes the spare (seedStaging); a spare this build did not use is older still.
  rmSync(spare, { recursive: true, force: true });
  renameSync(folders.previous, spare);
}

/** The one line a failed build ends with. */
export function failureSummary(target: string, cwd: string): string {
  const shown = `${relative(cwd, target) || '.'}/`;
  const index = join(target, routeFile(homeRoute));
  if (!existsSync(index)) return `build failed; ${shown} holds no previous site`;
  return `build failed; ${shown} still holds the last good site (built ${formatTime(statSync(index).mtime)})`;
}

function formatTime(time: Date): string {
  return `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type ForwardedSignal = (typeof FORWARDED_SIGNALS)[number];

/** Exit code of a process ended by a signal, as shells report it. */
function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

interface SignalWatch {
  /** The last signal received, if any. */
  received(): ForwardedSignal | undefined;
  /** The running Astro process that signals are passed on to, or undefined when none runs. */
  forwardTo(child: ChildProcess | undefined): void;
  stop(): void;
}

/**
 * A signal must not kill this script mid-way (the staging folder would stay);
 * it goes on to Astro, and the run ends through the failure path instead.
 */
function watchSignals(): SignalWatch {
  let received: ForwardedSignal | undefined;
  let child: ChildProcess | undefined;
  const handlers = FORWARDED_SIGNALS.map((signal) => {
    const handler = (): void => {
      received = signal;
      child?.kill(signal);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return {
    received: () => received,
    forwardTo: (next) => (child = next),
    stop: () => handlers.forEach(([signal, handler]) => process.off(signal, handler)),
  };
}

function astroCli(cwd: string): string {
  const astroPackage = createRequire(join(cwd, 'package.json')).resolve('astro/package.json');
  return join(dirname(astroPackage), 'bin', 'astro.mjs');
}

/** Runs `astro build` with this script's Node and terminal, resolving to its exit code. */
function runAstroBuild(cwd: string, args: readonly string[], signals: SignalWatch): Promise<number> {
  return new Promise((resolvePromise) => {
    let cli: string;
    try {
      cli = astroCli(cwd);
    } catch (error) {
      console.error(`cannot find Astro from ${cwd} (run npm ci first?): ${(error as Error).message}`);
      resolvePromise(1);
      return;
    }
    const child = spawn(process.execPath, [cli, 'build', ...args], { cwd, stdio: 'inherit' });
    signals.forwardTo(child);
    child.on('error', (error) => {
      console.error(`cannot start astro build: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => {
      signals.forwardTo(undefined);
      resolvePromise(code ?? (signal === null ? 1 : signalExitCode(signal)));
    });
  });
}

async function main(): Promise<number> {
  const cwd = process.cwd();
  const args = parseBuildArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`npm run build: ${args}`);
    return 2;
  }
  const signals = watchSignals();
  // `astro build --help` builds nothing, so there is nothing to stage.
  if (args.help) return runAstroBuild(cwd, args.forwarded, signals);

  let folders: BuildFolders;
  try {
    folders = buildFolders(await resolveTarget(cwd, args));
  } catch (error) {
    console.error(`npm run build: ${(error as Error).message}`);
    return 2;
  }
  const root = resolve(cwd, args.root ?? '.');
  const repaired = recoverInterruptedSwap(folders);
  for (const line of repaired) console.log(`npm run build: ${line}`);
  // A run that died left Astro's cache as it was when it died.
  if (repaired.length > 0) forgetReusablePages(root);
  const seeded = SITE_SETTINGS.incrementalBuild ? seedStaging(folders, root) : undefined;
  if (seeded !== undefined) console.log(`npm run build: ${seeded}`);

  const fail = async (code: number, problems: readonly string[]): Promise<number> => {
    rmSync(folders.staging, { recursive: true, force: true });
    forgetReusablePages(root);
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(failureSummary(folders.target, cwd));
    return code;
  };

  const astroExit = await runAstroBuild(cwd, ['--outDir', folders.staging, ...args.forwarded], signals);
  if (astroExit !== 0) return fail(astroExit, []);
  const problems = await checkSite(folders.staging);
  if (problems.length > 0) return fail(1, [`the built site in ${relative(cwd, folders.staging)}/ is incomplete:`, ...problems]);
  const stoppedBy = signals.received();
  if (stoppedBy !== undefined) return fail(signalExitCode(stoppedBy), [`stopped by ${stoppedBy}`]);

  try {
    // Synchronous: no signal handler runs between the two renames.
    swapIn(folders, SITE_SETTINGS.incrementalBuild ? spareFolder(folders.target) : undefined);
    // The pages newsgraph() vouched for in staging are now the target's.
    moveStamp(cacheFolder(root), folders.staging, folders.target);
  } catch (error) {
    return fail(1, [`cannot put the new site in place: ${(error as Error).message}`]);
  }
  signals.stop();
  console.log(`build ok; ${relative(cwd, folders.target) || '.'}/ now holds the new site`);
  return 0;
}

/**
 * Run as `node scripts/build.ts`, not when a test imports it. Not
 * import.meta.main: Node 23.6 to 24.1 strip types but lack it, and there the
 * build would silently do nothing.
 */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined || !existsSync(entry)) return false;
  return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) process.exitCode = await main();
