import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatArticlePageWeights } from '../../scripts/bench-build/article-page-weight.ts';
import { parseBenchBuildArgs } from '../../src/eval/bench-build-args.ts';
import { buildFigures, formatComparison, ratios, type SizeComparison } from '../../src/eval/bench-build-report.ts';
import { bareAstroProjectFiles } from '../../src/eval/bare-astro-project.ts';
import { codeGroup, selfTimeMs, summarizeProfile, type CpuProfile } from '../../src/eval/cpu-profile-summary.ts';
import { parseProcStatus, readProcTable, treeRssKb, type ProcEntry } from '../../src/eval/rss-tree.ts';
import { DEFAULT_POOL_SIZES, EDIT_SENTENCE, editedArticle, namePools, syntheticArticle } from '../../src/eval/synthetic-archive.ts';

describe('bench:build arguments', () => {
  it('defaults to 100 and 1000 articles, text output, warm and bare builds on', () => {
    expect(parseBenchBuildArgs([])).toEqual({ sizes: [100, 1000], json: false, keep: false, warm: true, bare: true });
  });

  it('takes several counts after one --articles', () => {
    expect(parseBenchBuildArgs(['--articles', '1000', '4000', '--json'])).toEqual({ sizes: [1000, 4000], json: true, keep: false, warm: true, bare: true });
  });

  it('turns the warm and bare builds off and keeps the temp projects on request', () => {
    expect(parseBenchBuildArgs(['--no-warm', '--no-bare', '--keep'])).toEqual({ sizes: [100, 1000], json: false, keep: true, warm: false, bare: false });
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(parseBenchBuildArgs(['--articles', '0'])).toBe('--articles needs positive whole numbers, got 0');
    expect(parseBenchBuildArgs(['--articles', '2.5'])).toBe('--articles needs positive whole numbers, got 2.5');
  });

  it('refuses --articles without a count and unknown options', () => {
    expect(parseBenchBuildArgs(['--articles', '--json'])).toBe('--articles needs at least one count');
    expect(parseBenchBuildArgs(['--warm'])).toBe('unknown option --warm');
  });

  it('reads back any list of positive counts in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), (sizes) => {
        const args = parseBenchBuildArgs(['--articles', ...sizes.map(String)]);
        expect(typeof args === 'string' ? args : args.sizes).toEqual(sizes);
      }),
    );
  });
});

describe('synthetic archive name pools', () => {
  it('fills every pool to its size: 200 x 200 people, 500 places, 300 organizations by default', () => {
    const pools = namePools();
    expect(DEFAULT_POOL_SIZES).toEqual({ givenNames: 200, familyNames: 200, places: 500, organizations: 300 });
    expect([pools.givenNames.length, pools.familyNames.length, pools.places.length, pools.organizations.length]).toEqual([200, 200, 500, 300]);
  });

  it('draws the same pools from the same seed and different ones from another', () => {
    expect(namePools()).toEqual(namePools());
    expect(namePools(DEFAULT_POOL_SIZES, 1).places).not.toEqual(namePools(DEFAULT_POOL_SIZES, 2).places);
  });

  it('never repeats a string within or across pools', () => {
    const pools = namePools();
    const all = [...pools.givenNames, ...pools.familyNames, ...pools.places, ...pools.organizations];
    expect(new Set(all).size).toBe(all.length);
  });

  it('invents capitalized one-word person names and organizations named after a pooled place', () => {
    const pools = namePools({ givenNames: 30, familyNames: 30, places: 40, organizations: 20 }, 7);
    for (const name of [...pools.givenNames, ...pools.familyNames]) expect(name).toMatch(/^[A-Z][a-z]+$/);
    for (const organization of pools.organizations) expect(pools.places.some((place) => organization.startsWith(`the ${place} `))).toBe(true);
  });

  it('throws rather than loop when a pool cannot be filled with distinct names', () => {
    expect(() => namePools({ givenNames: 1, familyNames: 1, places: 1, organizations: 20 }, 3)).toThrow(
      'synthetic archive: cannot invent 20 distinct organizations',
    );
  });
});

describe('synthetic archive articles', () => {
  const pools = namePools({ givenNames: 10, familyNames: 10, places: 10, organizations: 5 }, 11);

  it('gives the same article for the same index and pools', () => {
    expect(syntheticArticle(41, pools)).toEqual(syntheticArticle(41, pools));
    expect(syntheticArticle(41, pools).slug).toBe('synthetic-00042');
  });

  it('writes a frontmatter block and a body of at least 3 KB naming a pooled place in its dateline', () => {
    const { markdown } = syntheticArticle(0, pools);
    const [, frontmatter, body] = markdown.split('---\n');
    expect(frontmatter).toMatch(/^title: ".+"\ndateline: \[".+"\]\n/);
    expect(body!.length).toBeGreaterThanOrEqual(3 * 1024);
    const dateline = /dateline: \["(.+)"\]/.exec(frontmatter!)![1]!;
    expect(pools.places).toContain(dateline);
  });

  it('edits an article by appending a sentence to its body, frontmatter unchanged', () => {
    const markdown = '---\ntitle: "A"\n---\n\nFirst paragraph.\n\nLast paragraph.\n';
    expect(editedArticle(markdown)).toBe(`---\ntitle: "A"\n---\n\nFirst paragraph.\n\nLast paragraph. ${EDIT_SENTENCE}\n`);
  });

  it('refuses to edit text without a frontmatter block', () => {
    expect(() => editedArticle('Just a paragraph.\n')).toThrow('synthetic archive: edited entry has no frontmatter block');
  });
});

describe('bare Astro project files', () => {
  const files = bareAstroProjectFiles();

  it('holds a package, a default config, a content config and one article route', () => {
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'package.json', 'src/content.config.ts', 'src/pages/articles/[slug].astro']);
    expect(files['astro.config.mjs']).toBe("import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
    expect(JSON.parse(files['package.json']!)).toEqual({ name: 'bench-build-bare', private: true, type: 'module' });
  });

  it('loads content/articles/*.md with glob() under a schema that accepts any frontmatter', () => {
    const config = files['src/content.config.ts']!;
    expect(config).toContain("import { glob } from 'astro/loaders';");
    expect(config).toContain("import { z } from 'astro/zod';");
    expect(config).toContain("loader: glob({ pattern: '*.md', base: 'content/articles' }),");
    expect(config).toContain('schema: z.looseObject({}),');
  });

  it('renders each entry on its own page with render()', () => {
    const page = files['src/pages/articles/[slug].astro']!;
    expect(page).toContain("import { getCollection, render } from 'astro:content';");
    expect(page).toContain('params: { slug: entry.id }');
    expect(page).toContain('const { Content } = await render(entry);');
    expect(page).toContain('<Content />');
  });
});

describe('process tree RSS', () => {
  const status = (ppid: number, rssKb?: number) => `Name:\tnode\nState:\tS (sleeping)\nPPid:\t${ppid}\n${rssKb === undefined ? '' : `VmRSS:\t  ${rssKb} kB\n`}Threads:\t7\n`;

  it('reads PPid and VmRSS from a status file, 0 kB when there is no VmRSS line', () => {
    expect(parseProcStatus(status(12, 5120))).toEqual({ ppid: 12, rssKb: 5120 });
    expect(parseProcStatus(status(2))).toEqual({ ppid: 2, rssKb: 0 });
    expect(parseProcStatus('Name:\tbroken\n')).toBeUndefined();
  });

  it('sums the root and all its descendants, not its parent or siblings', () => {
    const table: ProcEntry[] = [
      { pid: 1, ppid: 0, rssKb: 9000 },
      { pid: 10, ppid: 1, rssKb: 100 },
      { pid: 11, ppid: 10, rssKb: 20 },
      { pid: 12, ppid: 11, rssKb: 3 },
      { pid: 13, ppid: 10, rssKb: 40 },
      { pid: 20, ppid: 1, rssKb: 5000 },
    ];
    expect(treeRssKb(10, table)).toBe(163);
    expect(treeRssKb(11, table)).toBe(23);
  });

  it('gives 0 for a root that has exited', () => {
    expect(treeRssKb(99, [{ pid: 1, ppid: 0, rssKb: 10 }])).toBe(0);
  });

  it('counts every process once when every process descends from the root', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1_000_000 })), { maxLength: 30 }), (specs) => {
        // Process i+2 has a parent among 1..i+1, so all descend from pid 1.
        const table: ProcEntry[] = [{ pid: 1, ppid: 0, rssKb: 7 }, ...specs.map(([parent, rssKb], i) => ({ pid: i + 2, ppid: (parent % (i + 1)) + 1, rssKb }))];
        expect(treeRssKb(1, table)).toBe(table.reduce((sum, entry) => sum + entry.rssKb, 0));
      }),
    );
  });

  describe('reading a /proc-shaped folder', () => {
    let proc = '';
    afterEach(async () => {
      await rm(proc, { recursive: true, force: true });
    });

    it('lists numeric folders with a status file and sums the tree from them', async () => {
      proc = await mkdtemp(join(tmpdir(), 'fake-proc-'));
      const files: Record<string, string> = { '100': status(1, 300_000), '101': status(100, 50_000), '102': status(101, 7_000), '200': status(1, 80_000) };
      for (const [pid, text] of Object.entries(files)) {
        await mkdir(join(proc, pid));
        await writeFile(join(proc, pid, 'status'), text);
      }
      await mkdir(join(proc, 'self'));
      await writeFile(join(proc, 'self', 'status'), status(1, 1));
      await mkdir(join(proc, '300')); // exited between listing and reading: no status file
      const table = readProcTable(proc);
      expect(table.sort((a, b) => a.pid - b.pid)).toEqual([
        { pid: 100, ppid: 1, rssKb: 300_000 },
        { pid: 101, ppid: 100, rssKb: 50_000 },
        { pid: 102, ppid: 101, rssKb: 7_000 },
        { pid: 200, ppid: 1, rssKb: 80_000 },
      ]);
      expect(treeRssKb(100, table)).toBe(357_000);
    });
  });
});

describe('bench:build report', () => {
  it('derives ms per page and bytes per article from a cold build', () => {
    expect(buildFigures({ seconds: 30, peakRssKb: 1_536_000, pages: 4000, distBytes: 50_000_000 }, 1000)).toEqual({
      coldS: 30,
      peakRssMb: 1500,
      pages: 4000,
      distBytes: 50_000_000,
      msPerPage: 7.5,
      bytesPerArticle: 50_000,
    });
  });

  it('divides the full site by the bare site', () => {
    const site = buildFigures({ seconds: 30, peakRssKb: 0, pages: 4000, distBytes: 0 }, 1000);
    const bare = buildFigures({ seconds: 10, peakRssKb: 0, pages: 1000, distBytes: 0 }, 1000);
    expect(ratios(site, bare)).toEqual({ wall: 3, msPerPage: 0.75 });
  });

  it('prints one row per build and a ratio table', () => {
    const site = buildFigures({ seconds: 30, peakRssKb: 1_536_000, pages: 4000, distBytes: 50 * 1024 * 1024 }, 1000);
    const bare = buildFigures({ seconds: 10, peakRssKb: 512_000, pages: 1000, distBytes: 5 * 1024 * 1024 }, 1000);
    const result: SizeComparison = { articles: 1000, meanEntryBytes: 3400, site: { ...site, warmS: 20, editS: 15, editToCold: 0.5 }, bare, ratios: ratios(site, bare) };
    expect(formatComparison([result])).toBe(
      [
        '   N  build     pages  cold s  ms/page  ms/article  peak RSS MB  dist MB  KB/article  warm s  edit s  edit/cold',
        '----  --------  -----  ------  -------  ----------  -----------  -------  ----------  ------  ------  ---------',
        '1000  site (a)   4000   30.00     7.50        30.0         1500     50.0        51.2   20.00   15.00       0.50',
        '1000  bare (b)   1000   10.00    10.00        10.0          500      5.0         5.1       -       -          -',
        '',
        '   N  cold wall a/b  ms/page a/b',
        '----  -------------  -----------',
        '1000           3.00         0.75',
      ].join('\n'),
    );
  });

  it('leaves out the ratio table and shows a dash for a skipped warm build', () => {
    const site = buildFigures({ seconds: 8, peakRssKb: 1024, pages: 80, distBytes: 1024 * 1024 }, 10);
    const text = formatComparison([{ articles: 10, meanEntryBytes: 3400, site: { ...site, editS: 4, editToCold: 0.5 } }]);
    expect(text.split('\n')).toEqual([
      ' N  build     pages  cold s  ms/page  ms/article  peak RSS MB  dist MB  KB/article  warm s  edit s  edit/cold',
      '--  --------  -----  ------  -------  ----------  -----------  -------  ----------  ------  ------  ---------',
      '10  site (a)     80    8.00   100.00       800.0            1      1.0       102.4       -    4.00       0.50',
    ]);
  });
});

describe('CPU profile summary', () => {
  it('groups frames by where their code lives', () => {
    expect(codeGroup('tokenize', 'file:///work/main/node_modules/micromark/lib/create-tokenizer.js')).toBe('markdown');
    expect(codeGroup('findQuotes', 'file:///tmp/x/site/src/extract/quotes.ts')).toBe('extraction');
    expect(codeGroup('$$render', 'file:///tmp/x/site/src/components/Chip.astro')).toBe('site code');
    expect(codeGroup('renderToString', 'file:///work/main/node_modules/astro/dist/runtime/server/render/astro/render.js')).toBe('astro rendering');
    expect(codeGroup('syncData', 'file:///work/main/node_modules/astro/dist/content/content-layer.js')).toBe('astro content layer');
    expect(codeGroup('transform', 'file:///work/main/node_modules/vite/dist/node/chunks/dep.js')).toBe('vite and bundling');
    expect(codeGroup('(garbage collector)', '')).toBe('garbage collection');
    expect(codeGroup('readFileSync', 'node:fs')).toBe('node and v8');
  });

  it('counts the src/ folder of a package as that package, not as the site', () => {
    expect(codeGroup('flatten', 'file:///work/main/node_modules/devalue/src/stringify.js')).toBe('other packages');
    expect(codeGroup('x', 'file:///work/main/node_modules/some-lib/src/extract/x.js')).toBe('other packages');
  });

  it('counts the prerender chunks of the site as site code but the bundled Astro runtime as rendering', () => {
    expect(codeGroup('relativeHref', 'file:///tmp/b/site/dist/.prerender/chunks/paths_BLU3DaWV.mjs')).toBe('site code');
    expect(codeGroup('renderStreaming', 'file:///tmp/b/site/dist/.prerender/chunks/server_BzAwiLsP.mjs')).toBe('astro rendering');
    expect(codeGroup('createAstro', 'file:///tmp/b/site/dist/.prerender/prerender-entry.ChVQL5yn.mjs')).toBe('astro rendering');
  });

  it('counts native file system calls apart from other native time', () => {
    expect(codeGroup('mkdir', '')).toBe('file system');
    expect(codeGroup('open', 'node:internal/fs/promises')).toBe('file system');
    expect(codeGroup('(program)', '')).toBe('node and v8');
  });

  const profile: CpuProfile = {
    startTime: 0,
    endTime: 10_000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'tokenize', url: 'file:///r/node_modules/micromark/lib/t.js', lineNumber: 9 } },
      { id: 3, callFrame: { functionName: 'findQuotes', url: 'file:///r/src/extract/quotes.ts', lineNumber: 0 } },
    ],
    samples: [2, 3, 2, 2],
    timeDeltas: [1000, 2000, 3000, 4000],
  };

  it('adds up self time per node from samples and their time deltas', () => {
    expect([...selfTimeMs(profile)].sort()).toEqual([
      [2, 8],
      [3, 2],
    ]);
  });

  it('ranks groups and functions by self time with their share', () => {
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBe(10);
    expect(summary.groups).toEqual([
      { name: 'markdown', ms: 8, share: 0.8 },
      { name: 'extraction', ms: 2, share: 0.2 },
    ]);
    expect(summary.functions.map((f) => f.name)).toEqual(['tokenize (micromark/lib/t.js:10)', 'findQuotes (src/extract/quotes.ts:1)']);
  });

  it('names the file of a dependency by its path inside node_modules', () => {
    const devalue: CpuProfile = {
      startTime: 0,
      endTime: 1000,
      nodes: [{ id: 1, callFrame: { functionName: 'flatten', url: 'file:///w/node_modules/devalue/src/stringify.js', lineNumber: 95 } }],
      samples: [1],
      timeDeltas: [1000],
    };
    expect(summarizeProfile(devalue).functions[0]!.name).toBe('flatten (devalue/src/stringify.js:96)');
  });
});

describe('article page weight table', () => {
  it('prints the median and max page / text ratio per N, and a dash for an N without article pages', () => {
    const table = formatArticlePageWeights([
      { articles: 100, articlePageWeight: { pages: 100, median: 4.123, max: 5.5, maxId: 'article-0042' } },
      { articles: 1, articlePageWeight: null },
    ]);
    expect(table.split('\n')).toEqual([
      '  N  article pages  article page / text, median    max  heaviest',
      '---  -------------  ---------------------------  -----  ------------',
      '100            100                        4.12x  5.50x  article-0042',
      '  1              0                            -      -  -',
    ]);
  });
});
