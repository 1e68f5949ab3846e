import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configConflicts } from '../../src/integration/config-check.ts';
import {
  fileSystemNow,
  forgetManifest,
  manifestFile,
  moveStamp,
  outputTrust,
  pruneOutputs,
  readStamp,
  staleOutputs,
  stampFile,
  writeStamp,
} from '../../src/integration/output-reuse.ts';

let root: string;
let cacheDir: string;
let outDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsgraph-output-reuse-'));
  cacheDir = join(root, '.astro', 'cache');
  outDir = join(root, 'dist');
  await mkdir(cacheDir, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Sets a file's modification time, in ms since the epoch. */
function age(path: string, mtimeMs: number): void {
  utimesSync(path, mtimeMs / 1000, mtimeMs / 1000);
}

describe('outputTrust', () => {
  it('trusts nothing when Astro left no manifest', () => {
    expect(outputTrust(cacheDir, outDir)).toBe('none');
  });

  it('trusts nothing when no finished build stamped the manifest (a build stopped midway, or came before the stamp)', async () => {
    await put(manifestFile(cacheDir), '{"routes":{}}');
    expect(outputTrust(cacheDir, outDir)).toBe('none');
  });

  it('trusts the outDir the finished build wrote', async () => {
    await put(manifestFile(cacheDir), '{"routes":{}}');
    writeStamp(cacheDir, outDir);
    expect(outputTrust(cacheDir, outDir)).toBe('outDir');
    expect(outputTrust(cacheDir, `${outDir}/`)).toBe('outDir');
  });

  it("trusts only Astro's cache for another outDir", async () => {
    await put(manifestFile(cacheDir), '{"routes":{}}');
    writeStamp(cacheDir, outDir);
    expect(outputTrust(cacheDir, join(root, 'elsewhere'))).toBe('cache');
  });

  it('trusts nothing once the manifest changed after the stamp', async () => {
    await put(manifestFile(cacheDir), '{"routes":{}}');
    writeStamp(cacheDir, outDir);
    await put(manifestFile(cacheDir), '{"routes":{"src/pages/a.astro":{}}}');
    expect(outputTrust(cacheDir, outDir)).toBe('none');
  });
});

describe('the stamp', () => {
  it('is not written without a manifest', () => {
    writeStamp(cacheDir, outDir);
    expect(existsSync(stampFile(cacheDir))).toBe(false);
  });

  it('follows the site when it moves, and only from the folder it names', async () => {
    await put(manifestFile(cacheDir), '{}');
    writeStamp(cacheDir, join(root, '.dist-staging'));
    expect(moveStamp(cacheDir, outDir, join(root, 'other'))).toBe(false);
    expect(moveStamp(cacheDir, join(root, '.dist-staging'), outDir)).toBe(true);
    expect(readStamp(cacheDir)?.outDir).toBe(outDir);
    expect(outputTrust(cacheDir, outDir)).toBe('outDir');
  });

  it('is ignored when it is not JSON this code wrote', async () => {
    await put(manifestFile(cacheDir), '{}');
    await put(stampFile(cacheDir), '{"outDir":"/x"}');
    expect(readStamp(cacheDir)).toBeUndefined();
    expect(outputTrust(cacheDir, '/x')).toBe('none');
  });

  it('goes with the manifest when every page must be rendered again', async () => {
    await put(manifestFile(cacheDir), '{}');
    writeStamp(cacheDir, outDir);
    forgetManifest(cacheDir);
    expect(existsSync(manifestFile(cacheDir))).toBe(false);
    expect(existsSync(stampFile(cacheDir))).toBe(false);
  });
});

describe('pruning a kept outDir', () => {
  const BEFORE = Date.UTC(2026, 11, 1);
  const SINCE = Date.UTC(2026, 11, 2);
  let publicDir: string;

  beforeEach(async () => {
    publicDir = join(root, 'public');
    await put(join(publicDir, 'styles', 'site.css'), 'body{}');
    // What the last build wrote and this one kept or rewrote.
    for (const file of ['index.html', 'articles/a/index.html', 'styles/site.css']) {
      await put(join(outDir, file), 'old');
      age(join(outDir, file), BEFORE);
    }
    // What only an earlier build wrote.
    await put(join(outDir, 'articles', 'gone', 'index.html'), 'old');
    age(join(outDir, 'articles', 'gone', 'index.html'), BEFORE);
    await put(join(outDir, 'notice.txt'), 'old');
    age(join(outDir, 'notice.txt'), BEFORE);
    // Written during this build by something that is not a route.
    await put(join(outDir, 'extra.json'), 'new');
    age(join(outDir, 'extra.json'), SINCE + 5);
  });

  const routeFiles = ['index.html', 'articles/a/index.html'];

  it('finds the files no route wrote, not from public/, older than the build', () => {
    expect(staleOutputs({ outDir, routeFiles, publicDir, since: SINCE })).toEqual(['articles/gone/index.html', 'notice.txt']);
  });

  it('deletes them and the folders they leave empty, and nothing else', () => {
    expect(pruneOutputs({ outDir, routeFiles, publicDir, since: SINCE })).toEqual(['articles/gone/index.html', 'notice.txt']);
    expect(existsSync(join(outDir, 'articles', 'gone'))).toBe(false);
    expect(existsSync(join(outDir, 'articles', 'a', 'index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'extra.json'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'styles', 'site.css'))).toBe(true);
    expect(existsSync(outDir)).toBe(true);
  });
});

describe('fileSystemNow', () => {
  it("is no later than the time of a file written after it, by the file system's clock", async () => {
    const now = fileSystemNow(cacheDir);
    await put(join(root, 'later.txt'), 'x');
    expect(statSync(join(root, 'later.txt')).mtimeMs).toBeGreaterThanOrEqual(now);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('vite.build.emptyOutDir in astro.config.mjs', () => {
  const config = {
    build: { format: 'directory', inlineStylesheets: 'auto' },
    trailingSlash: 'ignore',
    markdown: { processor: { name: 'satteri', options: {} } },
  };

  it('is refused, whatever its value: newsgraph() decides whether the outDir is kept', () => {
    for (const emptyOutDir of [true, false]) {
      expect(configConflicts({ ...config, vite: { build: { emptyOutDir } } }, 'user')).toEqual([
        'vite.build.emptyOutDir is set, but newsgraph() decides it: the pages in outDir are kept only when the last finished build wrote them ' +
          '(src/integration/output-reuse.ts); otherwise Astro empties it.',
      ]);
    }
  });

  it("is newsgraph()'s own in the final config", () => {
    expect(configConflicts({ ...config, build: { ...config.build, inlineStylesheets: 'never' }, markdown: { processor: { name: 'unified', options: { smartypants: false } } }, vite: { build: { emptyOutDir: false } } }, 'final')).toEqual([]);
  });
});
