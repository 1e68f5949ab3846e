import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SITE_INPUTS, addFixtureArticles, copyProject, repoRoot, runAstroBuild } from './project.ts';

const STALE_LOCK_MS = 5 * 60_000;
/** Builds of older sources are deleted once this old, so /tmp does not fill up with them. */
const OLD_BUILD_MS = 60 * 60_000;
const CACHE_PREFIX = 'newsgraph-site-';

/**
 * The project, plus the fixture articles of tests/site/fixtures/articles/,
 * built into a temporary dist/ once per set of inputs: every site test file
 * calls this, the first one builds and the others (in other workers, or in a
 * later run with unchanged sources) reuse the result. The cache key is a
 * digest of every file the build reads, so an edit always rebuilds. The
 * copy holds the committed content (the seed) as it is, so this is also
 * the real build, with more articles.
 */
export async function builtSite(): Promise<string> {
  const cacheDir = join(tmpdir(), `${CACHE_PREFIX}${await inputDigest()}`);
  const outDir = join(cacheDir, 'dist');
  const done = join(cacheDir, 'complete');
  const lock = `${cacheDir}.lock`;

  for (;;) {
    if (existsSync(done)) return outDir;
    if (await tryLock(lock)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    await rm(cacheDir, { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    const project = join(cacheDir, 'project');
    await copyProject(project);
    await addFixtureArticles(project);
    const { exitCode, output } = await runAstroBuild(project, outDir);
    if (exitCode !== 0) throw new Error(`astro build failed (exit ${exitCode}):\n${output}`);
    await writeFile(done, new Date().toISOString());
    await removeOldBuilds(cacheDir);
    return outDir;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** mkdir is atomic, so it serves as a lock between test workers; a lock left by a crashed run expires. */
async function tryLock(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    return true;
  } catch {
    const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true });
    return false;
  }
}

async function removeOldBuilds(current: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(CACHE_PREFIX) || path === current || path.endsWith('.lock')) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > OLD_BUILD_MS) await rm(path, { recursive: true, force: true });
  }
}

async function inputDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of [...SITE_INPUTS, 'package-lock.json', 'tests/site/fixtures/articles']) {
    for (const file of await filesUnder(join(repoRoot, input))) {
      hash.update(relative(repoRoot, file)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).sort();
  const nested = await Promise.all(names.map((name) => filesUnder(join(path, name))));
  return nested.flat();
}
