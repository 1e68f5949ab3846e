import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFolders,
  checkSite,
  parseBuildArgs,
  recoverInterruptedSwap,
  swapIn,
  type BuildArgs,
} from '../../scripts/build.ts';
import { copyProject, repoRoot, runAstroBuild, runSiteBuild, type BuildResult } from './support/project.ts';
import { digestTree } from './support/digest-tree.ts';

/** Renders after most pages (Astro generates routes in order), so it fails once output is being written. */
const BROKEN_PAGE_NAME = 'zz-broken.astro';
const BROKEN_PAGE = `---
throw new Error('deliberate failure while rendering a page');
---
<p>never rendered</p>
`;

const SUMMARY = /^build failed; dist\/ still holds the last good site \(built (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC\)$/m;

/**
 * Gives the copy its own node_modules/.astro (the content data store), so
 * these builds neither read nor overwrite the repository's: the copy shares
 * every package by symlink except Astro's and Vite's caches.
 */
async function useOwnCaches(project: string): Promise<void> {
  const modules = join(project, 'node_modules');
  await unlink(modules);
  await mkdir(modules);
  for (const name of await readdir(join(repoRoot, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) await symlink(join(repoRoot, 'node_modules', name), join(modules, name));
  }
}

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

describe('npm run build', () => {
  it('runs the staged build script', async () => {
    const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['build']).toBe('node scripts/node-version.mjs && node scripts/build.ts');
  });
});

describe('a build that fails while Astro writes pages', () => {
  let project: string;
  let first: BuildResult;
  let before: Record<string, string>;
  let failed: BuildResult;
  let after: Record<string, string>;
  let plain: BuildResult;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'newsgraph-staged-'));
    await copyProject(project);
    await useOwnCaches(project);
    first = await runSiteBuild(project);
    if (first.exitCode !== 0) throw new Error(`the first build failed (exit ${first.exitCode}):\n${first.output}`);
    before = await digestTree(join(project, 'dist'));
    await writeFile(join(project, 'src', 'pages', BROKEN_PAGE_NAME), BROKEN_PAGE);
    failed = await runSiteBuild(project);
    after = await digestTree(join(project, 'dist'));
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('a good build leaves a complete site in dist/ and nothing beside it', () => {
    expect(first.output).toMatch(/^build ok; dist\/ now holds the new site$/m);
    expect(before).toHaveProperty(['index.html']);
    expect(before).toHaveProperty(['feed.xml']);
    expect(existsSync(join(project, '.dist-staging'))).toBe(false);
    expect(existsSync(join(project, '.dist-previous'))).toBe(false);
  });

  it('exits non-zero', () => {
    expect(failed.exitCode).not.toBe(0);
  });

  it("passes on Astro's own error", () => {
    expect(failed.output).toContain('deliberate failure while rendering a page');
  });

  it('ends with one line saying dist/ still holds the last good site and when it was built', () => {
    const summary = SUMMARY.exec(failed.output);
    expect(summary).not.toBeNull();
    expect(failed.output.trimEnd().endsWith(summary![0])).toBe(true);
    const built = statSync(join(project, 'dist', 'index.html')).mtime.toISOString().slice(0, 19).replace('T', ' ');
    expect(summary![1]).toBe(built);
  });

  it('leaves dist/ byte for byte as the good build left it', () => {
    expect(after).toEqual(before);
  });

  it('leaves no staging or previous folder behind', () => {
    expect(existsSync(join(project, '.dist-staging'))).toBe(false);
    expect(existsSync(join(project, '.dist-previous'))).toBe(false);
  });

  // Guards the test itself: the failure chosen must be one that breaks dist/ without staging.
  describe('the same failure under plain astro build', () => {
    beforeAll(async () => {
      plain = await runAstroBuild(project, join(project, 'dist'));
    });

    it('leaves a broken dist/: no front page, server code in .prerender/', () => {
      expect(plain.exitCode).not.toBe(0);
      expect(existsSync(join(project, 'dist', 'index.html'))).toBe(false);
      expect(existsSync(join(project, 'dist', '.prerender'))).toBe(true);
    });
  });
});

describe('parseBuildArgs', () => {
  const parsed = (argv: string[]): BuildArgs => {
    const args = parseBuildArgs(argv);
    if (typeof args === 'string') throw new Error(args);
    return args;
  };

  it('takes --outDir out of what goes to Astro, in both spellings and both forms', () => {
    expect(parsed(['--outDir', 'site', '--verbose'])).toEqual({ forwarded: ['--verbose'], outDir: 'site', help: false });
    expect(parsed(['--outDir=site'])).toEqual({ forwarded: [], outDir: 'site', help: false });
    expect(parsed(['--out-dir', 'site'])).toEqual({ forwarded: [], outDir: 'site', help: false });
  });

  it('reads --root and --config and still passes them to Astro', () => {
    expect(parsed(['--root=web', '--config', 'astro.site.mjs'])).toEqual({
      forwarded: ['--root', 'web', '--config', 'astro.site.mjs'],
      root: 'web',
      config: 'astro.site.mjs',
      help: false,
    });
  });

  it('notes --help, which builds nothing', () => {
    expect(parsed(['-h'])).toEqual({ forwarded: ['-h'], help: true });
  });

  it('rejects a flag without its value', () => {
    expect(parseBuildArgs(['--outDir'])).toBe('--outDir needs a value');
    expect(parseBuildArgs(['--root='])).toBe('--root= needs a value');
  });

  it('passes every other argument on unchanged and in order', () => {
    const other = fc.string().filter((arg) => !/^--(outDir|out-dir|root|config)(=|$)/.test(arg));
    fc.assert(
      fc.property(fc.array(other), (argv) => {
        const args = parseBuildArgs(argv);
        expect(typeof args === 'string' ? args : args.forwarded).toEqual(argv);
      }),
    );
  });
});

describe('buildFolders', () => {
  it('puts staging and previous beside the target, named after it', () => {
    expect(buildFolders('/site/dist')).toEqual({ target: '/site/dist', staging: '/site/.dist-staging', previous: '/site/.dist-previous' });
  });
});

describe('swapping and recovering', () => {
  let root: string;
  let folders: ReturnType<typeof buildFolders>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'newsgraph-swap-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const fresh = async (name: string, files: Record<string, Record<string, string>>): Promise<void> => {
    folders = buildFolders(join(root, name, 'dist'));
    const parent = join(root, name);
    for (const [folder, contents] of Object.entries(files)) await writeFiles(join(parent, folder), contents);
  };

  it('swapIn replaces the old site with the staged one and keeps neither folder', async () => {
    await fresh('swap', { dist: { 'index.html': 'old', 'gone.html': 'old' }, '.dist-staging': { 'index.html': 'new' } });
    swapIn(folders);
    expect(await readdir(folders.target)).toEqual(['index.html']);
    expect(await readFile(join(folders.target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(folders.staging)).toBe(false);
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('swapIn puts the first site in place when there was none', async () => {
    await fresh('first', { '.dist-staging': { 'index.html': 'new' } });
    swapIn(folders);
    expect(await readFile(join(folders.target, 'index.html'), 'utf8')).toBe('new');
  });

  it('restores the old site when a run died between the two renames', async () => {
    await fresh('mid-swap', { '.dist-previous': { 'index.html': 'old' }, '.dist-staging': { 'index.html': 'new' } });
    expect(recoverInterruptedSwap(folders)).toEqual([
      `restored ${folders.target} from ${folders.previous}, left by a build that stopped during its swap`,
      `removed ${folders.staging}, left by a build that stopped`,
    ]);
    expect(await readFile(join(folders.target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('removes the old site when a run died after the swap', async () => {
    await fresh('after-swap', { dist: { 'index.html': 'new' }, '.dist-previous': { 'index.html': 'old' } });
    expect(recoverInterruptedSwap(folders)).toEqual([`removed ${folders.previous}, left by a build that stopped after its swap`]);
    expect(await readFile(join(folders.target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('does nothing after a clean run', async () => {
    await fresh('clean', { dist: { 'index.html': 'site' } });
    expect(recoverInterruptedSwap(folders)).toEqual([]);
    expect(await readFile(join(folders.target, 'index.html'), 'utf8')).toBe('site');
  });
});

describe('checkSite', () => {
  const COMPLETE_SITE: Record<string, string> = {
    'index.html': '<h1>News</h1>',
    '404.html': '<h1>Not found</h1>',
    'feed.xml': '<feed/>',
    'favicon.svg': '<svg/>',
    'entities/index.html': '',
    'speakers/index.html': '',
    'quotes/unattributed/index.html': '',
    'articles/harbour-talks/index.html': '',
    'entities/mara-velez/index.html': '',
    'entities/valletta/index.html': '',
    'speakers/mara-velez/index.html': '',
    'data/articles.json': JSON.stringify({ version: 2, items: [{ id: 'harbour-talks', url: 'articles/harbour-talks/index.html' }] }),
    'data/entities.json': JSON.stringify({
      version: 2,
      items: [
        { id: 'mara-velez', url: 'entities/mara-velez/index.html', speakerUrl: 'speakers/mara-velez/index.html' },
        { id: 'valletta', url: 'entities/valletta/index.html', speakerUrl: null },
      ],
    }),
    'data/quotes.json': JSON.stringify({ version: 2, items: [] }),
  };
  let root: string;
  let count = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'newsgraph-check-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const site = async (change: (files: Record<string, string>) => void): Promise<string> => {
    const files = { ...COMPLETE_SITE };
    change(files);
    const dir = join(root, `site-${(count += 1)}`);
    await writeFiles(dir, files);
    return dir;
  };

  it('finds nothing wrong with a complete site', async () => {
    expect(await checkSite(await site(() => {}))).toEqual([]);
  });

  it('names a missing front page, 404 page, feed or data file', async () => {
    const dir = await site((files) => {
      delete files['index.html'];
      delete files['404.html'];
      delete files['feed.xml'];
      delete files['data/quotes.json'];
    });
    expect(await checkSite(dir)).toEqual(['index.html is missing', '404.html is missing', 'feed.xml is missing', 'data/quotes.json is missing']);
  });

  it('names a page that a data file links to but the build did not write', async () => {
    const dir = await site((files) => {
      delete files['articles/harbour-talks/index.html'];
      delete files['speakers/mara-velez/index.html'];
    });
    expect(await checkSite(dir)).toEqual([
      'articles/harbour-talks/index.html (url in data/articles.json) is missing',
      'speakers/mara-velez/index.html (speakerUrl in data/entities.json) is missing',
    ]);
  });

  it("names Astro's server code left in the site", async () => {
    const dir = await site((files) => {
      files['.prerender/chunks/page.mjs'] = 'export {}';
      files['stray.mjs'] = 'export {}';
    });
    expect(await checkSite(dir)).toEqual([
      ".prerender/ holds Astro's server code: page generation did not finish",
      'stray.mjs is server code left in the site',
    ]);
  });

  it('names a data file that is not JSON', async () => {
    const dir = await site((files) => {
      files['data/articles.json'] = '{';
    });
    expect(await checkSite(dir)).toEqual([expect.stringMatching(/^data\/articles\.json: not JSON \(/)]);
  });

  it('names the first five missing pages and counts the rest', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ url: `articles/a${i}/index.html` }));
    const dir = await site((files) => {
      files['data/articles.json'] = JSON.stringify({ version: 2, items });
    });
    const problems = await checkSite(dir);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toBe('articles/a0/index.html (url in data/articles.json) is missing');
    expect(problems[5]).toBe('and 2 more like these');
  });

  it('says so when nothing was written', async () => {
    expect(await checkSite(join(root, 'never-built'))).toEqual([`${join(root, 'never-built')} was not written`]);
  });
});
