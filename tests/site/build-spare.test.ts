import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFolders, mirrorTree, seedStaging, spareFolder, swapIn, type BuildFolders } from '../../scripts/build.ts';
import { manifestFile, readStamp, writeStamp } from '../../src/integration/output-reuse.ts';
import { SITE_SETTINGS } from '../../src/integration/settings.ts';
import { digestTree } from './support/digest-tree.ts';

const roots: string[] = [];

afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'newsgraph-build-spare-'));
  roots.push(root);
  return root;
}

/** Writes files given as relative path -> text. */
async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Dates every file under dir an hour back: written by an earlier build than the files it is compared with. */
function ageTree(dir: string): void {
  const then = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), then, then);
  }
}

/** Every folder under dir, relative, sorted: a cold build has no empty folders a mirror should keep. */
function foldersUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('spareFolder', () => {
  it('is a sibling of the target, named after it', () => {
    expect(spareFolder('/site/dist')).toBe('/site/.dist-spare');
  });
});

describe('mirrorTree', () => {
  it('makes the mirror hold the source, byte for byte, whatever both held before', async () => {
    const name = fc.constantFrom('a', 'b', 'c', 'index.html');
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
    const tree = fc.dictionary(path, fc.string({ maxLength: 12 }), { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(tree, tree, async (sourceFiles, mirrorFiles) => {
        const root = await scratch();
        const source = join(root, 'source');
        const mirror = join(root, 'mirror');
        await writeTreeLeniently(source, sourceFiles);
        await writeTreeLeniently(mirror, mirrorFiles);
        ageTree(mirror);
        mirrorTree(source, mirror);
        expect(await digestTree(mirror)).toEqual(await digestTree(source));
        expect(foldersUnder(mirror)).toEqual(foldersUnder(source));
        await rm(root, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('copies nothing the second time, and then only the file a build rewrote', async () => {
    const root = await scratch();
    const source = join(root, 'dist');
    const mirror = join(root, '.dist-spare');
    await writeTree(source, { 'index.html': 'home', 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    expect(mirrorTree(source, mirror)).toEqual({ copied: 3, removed: 0 });
    expect(mirrorTree(source, mirror)).toEqual({ copied: 0, removed: 0 });
    await writeFile(join(source, 'articles', 'a', 'index.html'), 'A');
    // Same size, so only the time tells the rewrite apart.
    utimesSync(join(source, 'articles', 'a', 'index.html'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(mirrorTree(source, mirror)).toEqual({ copied: 1, removed: 0 });
    expect(readFileSync(join(mirror, 'articles', 'a', 'index.html'), 'utf8')).toBe('A');
  });

  it('removes what the source no longer has, folders included', async () => {
    const root = await scratch();
    const source = join(root, 'dist');
    const mirror = join(root, '.dist-spare');
    await writeTree(source, { 'index.html': 'home' });
    await writeTree(mirror, { 'index.html': 'old home', 'articles/gone/index.html': 'gone' });
    ageTree(mirror);
    expect(mirrorTree(source, mirror)).toEqual({ copied: 1, removed: 1 });
    expect(foldersUnder(mirror)).toEqual([]);
  });
});

/** writeTree for generated trees, where one path may be a file and the prefix of another: the first write wins. */
async function writeTreeLeniently(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    try {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      if (existsSync(join(dir, path)) && statSync(join(dir, path)).isDirectory()) continue;
      await writeFile(join(dir, path), text);
    } catch {
      // A file stands where this path needs a folder.
    }
  }
}

describe('seedStaging and swapIn with a spare', () => {
  let root: string;
  let folders: BuildFolders;
  let cacheDir: string;

  beforeEach(async () => {
    root = await scratch();
    folders = buildFolders(join(root, 'dist'));
    cacheDir = join(root, SITE_SETTINGS.cacheDir);
    await writeTree(folders.target, { 'index.html': 'new home', 'articles/a/index.html': 'a' });
    await writeTree(spareFolder(folders.target), { 'index.html': 'old home', 'articles/gone/index.html': 'gone' });
    ageTree(spareFolder(folders.target));
    await mkdir(cacheDir, { recursive: true });
    await writeFile(manifestFile(cacheDir), '{}');
  });

  it('builds into the spare, brought up to date, when the last finished build wrote the target', async () => {
    writeStamp(cacheDir, folders.target);
    expect(seedStaging(folders, root)).toBe('building into the last site but one (.dist-spare), brought up to date: 2 file(s) copied, 1 removed');
    expect(await digestTree(folders.staging)).toEqual(await digestTree(folders.target));
    expect(existsSync(spareFolder(folders.target))).toBe(false);
    expect(readStamp(cacheDir)?.outDir).toBe(folders.staging);
  });

  it('leaves staging to start empty when the target is not what the last finished build wrote', async () => {
    writeStamp(cacheDir, join(root, 'elsewhere'));
    expect(seedStaging(folders, root)).toBeUndefined();
    expect(existsSync(folders.staging)).toBe(false);
    expect(existsSync(spareFolder(folders.target))).toBe(true);
  });

  it('swapIn keeps the old site as the spare, replacing an older spare', async () => {
    await writeTree(folders.staging, { 'index.html': 'newest home' });
    swapIn(folders, spareFolder(folders.target));
    expect(readFileSync(join(folders.target, 'index.html'), 'utf8')).toBe('newest home');
    expect(await digestTree(spareFolder(folders.target))).toEqual({
      'index.html': expect.any(String),
      'articles/a/index.html': expect.any(String),
    });
    expect(readFileSync(join(spareFolder(folders.target), 'index.html'), 'utf8')).toBe('new home');
    expect(existsSync(folders.previous)).toBe(false);
  });
});
