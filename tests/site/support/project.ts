import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project the site tests build: this repository. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Articles the site tests add to the seed: shared speakers, a non-ASCII name, an override, unsafe input. */
export const FIXTURE_ARTICLES = join(repoRoot, 'tests', 'site', 'fixtures', 'articles');

/** What `astro build` reads; a copy of these plus node_modules is a buildable project. */
export const SITE_INPUTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'] as const;

/** Copies the buildable parts of the project into `target`, sharing node_modules by symlink. */
export async function copyProject(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const input of SITE_INPUTS) {
    const from = join(repoRoot, input);
    if (existsSync(from)) await cp(from, join(target, input), { recursive: true });
  }
  await symlink(join(repoRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
}

/** Copies every fixture article into the project's content/articles/, beside the seed. */
export async function addFixtureArticles(target: string): Promise<void> {
  const folder = join(target, 'content', 'articles');
  await mkdir(folder, { recursive: true });
  for (const file of await readdir(FIXTURE_ARTICLES)) await cp(join(FIXTURE_ARTICLES, file), join(folder, file));
}

export interface BuildResult {
  exitCode: number;
  /** stdout and stderr interleaved, as a person running the build would see them. */
  output: string;
}

/** Runs `astro build --outDir <outDir>` in `root` with the Node that runs the tests. */
export function runAstroBuild(root: string, outDir: string): Promise<BuildResult> {
  const astroCli = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return runNode(root, [astroCli, 'build', '--outDir', outDir]);
}

/**
 * Runs what `npm run build` runs (`node scripts/build.ts`, the staged build
 * into dist/) in `root`, with the Node that runs the tests and this
 * repository's script, so a copy of the project needs no scripts/ folder.
 */
export function runSiteBuild(root: string, args: readonly string[] = []): Promise<BuildResult> {
  return runNode(root, [join(repoRoot, 'scripts', 'build.ts'), ...args]);
}

function runNode(cwd: string, args: readonly string[]): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}
