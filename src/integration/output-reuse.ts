import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Whether a build may keep the pages its outDir already holds.
 *
 * Astro's incremental build skips a page whose cacheKey and code are unchanged
 * and takes its output from the outDir when the file is already there
 * (`(cached)` in the log), otherwise it copies the file from its cache
 * (`(restored)`). By default Astro first empties the outDir, so every skipped
 * page is a copy: at 4,000 articles, deleting the old dist/ and copying 30,000
 * files back was most of an unchanged rebuild (docs/incremental-build.md).
 *
 * Keeping the outDir is only right when it holds exactly what the build in
 * Astro's manifest wrote. The stamp says so: written after a build finished
 * (naming its outDir and a digest of the manifest it left), deleted when the
 * next build starts writing, so a build that stops midway leaves none.
 */

/** Astro's record of reusable pages in its cacheDir (node_modules/astro/dist/core/build/incremental.js). */
export const MANIFEST_FILE = 'incremental-build.json';
/** This integration's record of the last build that finished, beside the manifest. */
export const STAMP_FILE = 'newsgraph-output.json';

const STAMP_VERSION = 1;

/** What the stamp holds: the folder the last finished build wrote and the manifest it left. */
export interface OutputStamp {
  version: typeof STAMP_VERSION;
  /** Absolute path of the outDir, without a trailing separator. */
  outDir: string;
  /** sha256 (hex) of the manifest file as that build left it. */
  manifest: string;
}

/**
 * What the last build left can be trusted for:
 * - `outDir`: the manifest is the last finished build's and that build wrote
 *   this outDir, so the pages in it may be kept;
 * - `cache`: the manifest is the last finished build's, but it wrote another
 *   folder, so Astro's cached copies may be reused and the outDir is emptied;
 * - `none`: there is no manifest, or no finished build vouches for it (a
 *   build stopped midway, after Astro had rewritten some cached copies), so
 *   every page must be rendered.
 */
export type OutputTrust = 'outDir' | 'cache' | 'none';

export function manifestFile(cacheDir: string): string {
  return join(cacheDir, MANIFEST_FILE);
}

export function stampFile(cacheDir: string): string {
  return join(cacheDir, STAMP_FILE);
}

/** sha256 of a file's bytes, or undefined when it does not exist. */
function fileDigest(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The stamp in cacheDir, or undefined when there is none or it is not one this code wrote. */
export function readStamp(cacheDir: string): OutputStamp | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(stampFile(cacheDir), 'utf8'));
  } catch {
    return undefined;
  }
  const stamp = data as Partial<OutputStamp> | null;
  if (stamp?.version !== STAMP_VERSION || typeof stamp.outDir !== 'string' || typeof stamp.manifest !== 'string') return undefined;
  return stamp as OutputStamp;
}

export function outputTrust(cacheDir: string, outDir: string): OutputTrust {
  const manifest = fileDigest(manifestFile(cacheDir));
  if (manifest === undefined) return 'none';
  const stamp = readStamp(cacheDir);
  if (stamp === undefined || stamp.manifest !== manifest) return 'none';
  return stamp.outDir === resolve(outDir) ? 'outDir' : 'cache';
}

/** Records that the build which just left the manifest finished, writing outDir. */
export function writeStamp(cacheDir: string, outDir: string): void {
  const manifest = fileDigest(manifestFile(cacheDir));
  if (manifest === undefined) return;
  const stamp: OutputStamp = { version: STAMP_VERSION, outDir: resolve(outDir), manifest };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile(cacheDir), `${JSON.stringify(stamp)}\n`);
}

/**
 * The last build's output moved (or was copied) from `from` to `to`: the stamp
 * follows it. Returns false, changing nothing, when the stamp did not name `from`.
 */
export function moveStamp(cacheDir: string, from: string, to: string): boolean {
  const stamp = readStamp(cacheDir);
  if (stamp === undefined || stamp.outDir !== resolve(from)) return false;
  writeFileSync(stampFile(cacheDir), `${JSON.stringify({ ...stamp, outDir: resolve(to) } satisfies OutputStamp)}\n`);
  return true;
}

export function forgetStamp(cacheDir: string): void {
  rmSync(stampFile(cacheDir), { force: true });
}

/** Makes the next build render every page: Astro's manifest goes, and the stamp with it. */
export function forgetManifest(cacheDir: string): void {
  rmSync(manifestFile(cacheDir), { force: true });
  forgetStamp(cacheDir);
}

/** Every regular file under dir, as a path relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export interface PruneInput {
  outDir: string;
  /** Files the build's routes wrote or kept (Astro's `assets` at astro:build:done), relative to outDir. */
  routeFiles: Iterable<string>;
  /** The public folder, whose files Astro copies into every build. */
  publicDir: string;
  /** Files modified at or after this time (ms, the file system's clock) were written by this build and stay. */
  since: number;
}

/**
 * The files a build into a kept outDir left from earlier builds: not written
 * by this build's routes, not from public/, and older than the build. A cold
 * build would not have them (a deleted article's page, a file removed from
 * public/). Relative paths, sorted.
 */
export function staleOutputs({ outDir, routeFiles, publicDir, since }: PruneInput): string[] {
  const kept = new Set(routeFiles);
  for (const file of filesUnder(publicDir)) kept.add(file);
  return filesUnder(outDir)
    .filter((file) => !kept.has(file) && lstatSync(join(outDir, ...file.split('/'))).mtimeMs < since)
    .sort();
}

/** Deletes the stale files and then every folder left empty under outDir; returns the files deleted. */
export function pruneOutputs(input: PruneInput): string[] {
  const stale = staleOutputs(input);
  const outDir = resolve(input.outDir);
  for (const file of stale) {
    const path = join(outDir, ...file.split('/'));
    unlinkSync(path);
    // A cold build has no empty folders either.
    for (let folder = dirname(path); folder !== outDir && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
  }
  return stale;
}

/**
 * Now, by the file system's clock: the modification time of a file written
 * in dir. File times come from the kernel's coarse clock, which can lag
 * Date.now() by a few milliseconds; comparing file times with file times
 * does not depend on that.
 */
export function fileSystemNow(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, `newsgraph-clock-${process.pid}`);
  writeFileSync(probe, '');
  try {
    return lstatSync(probe).mtimeMs;
  } finally {
    unlinkSync(probe);
  }
}
