import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { articleLoader } from '../../src/content/article-loader.ts';
import { readRenderedArticle } from '../../src/content/rendered-articles.ts';

interface Stored {
  id: string;
  data: { renderedFile: string };
  digest: string;
}

const ENTRY = `---
title: Ferry talks resume
dateline: [Gdansk]
caption: null
source: raw/ferry.txt
removed: []
---
"We are back at the table," Ilse Brandt said on Monday.
`;
const BRANDT = 'id: ilse-brandt\nname: Ilse Brandt\nkind: person\naliases: [Brandt]\n';
const LOCK = '{"packages": {"node_modules/yaml": {"version": "VERSION"}}}\n';

let project: string | undefined;

afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

/**
 * A project folder with one entry, one entity-list file, a lock file and the
 * loader's "code": engine/loader.ts, which imports rules.ts, which imports
 * tables.ts; engine/unrelated.ts is imported by nothing. And a stand-in
 * loader context over one store.
 */
async function setUp(): Promise<{ root: string; run: () => Promise<string[]>; write: (path: string, text: string) => Promise<void>; store: Map<string, Stored> }> {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-articles-'));
  const root = project;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  };
  await write('content/articles/ferry-talks.md', ENTRY);
  await write('content/entities/people.yaml', BRANDT);
  await write('engine/loader.ts', "import { version } from './rules.ts';\nexport const loader = version;\n");
  await write('engine/rules.ts', "import { table } from './tables.ts';\nexport const version = table.length;\n");
  await write('engine/tables.ts', 'export const table = [1];\n');
  await write('engine/unrelated.ts', 'export const unrelated = 1;\n');
  await write('package-lock.json', LOCK.replace('VERSION', '2.9.1'));
  const store = new Map<string, Stored>();
  const run = async (): Promise<string[]> => {
    const written: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.astro/cache/`) },
      logger: { warn: () => undefined },
      store: {
        keys: () => [...store.keys()],
        get: (id: string) => store.get(id),
        set: (entry: Stored) => (written.push(entry.id), store.set(entry.id, entry)),
        delete: (id: string) => store.delete(id),
      },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (value: string) => value,
    } as unknown as LoaderContext; // only the members the loader uses are provided
    await articleLoader({ base: 'content/articles', entities: 'content/entities', code: ['engine/loader.ts'] }).load(context);
    return written;
  };
  return { root, run, write, store };
}

/** The extraction the loader kept for the entry, in the file its data names. */
function extractionOf(store: Map<string, Stored>, id = 'ferry-talks') {
  return readRenderedArticle(store.get(id)?.data.renderedFile ?? '', id).extraction;
}

describe('articleLoader', () => {
  it('keeps the extraction out of the content store, which the build bundles whole as one string', async () => {
    const { run, store } = await setUp();
    await run();
    expect(Object.keys(store.get('ferry-talks')?.data ?? {}).sort()).toEqual(['caption', 'dateline', 'removed', 'renderedFile', 'source', 'title']);
  });

  it("keeps the article's extraction in its file, speakers resolved through the entity list", async () => {
    const { run, store } = await setUp();
    await run();
    const quotes = extractionOf(store).quotes;
    expect(quotes.map((quote) => [quote.text, quote.speakerId])).toEqual([['We are back at the table,', 'ilse-brandt']]);
  });

  const renderedOf = (store: Map<string, Stored>) => {
    const file = store.get('ferry-talks')?.data.renderedFile ?? '';
    return readRenderedArticle(file, 'ferry-talks');
  };

  it("keeps the body's text blocks in a file of the cache folder, so the site graph does not parse the markdown again", async () => {
    const { root, run, store } = await setUp();
    await run();
    expect(store.get('ferry-talks')?.data.renderedFile.startsWith(join(root, '.astro/cache/newsgraph-articles/'))).toBe(true);
    expect(renderedOf(store).paragraphs).toEqual(['"We are back at the table," Ilse Brandt said on Monday.']);
  });

  it('keeps the title and body rendered in the same file, their links to the speaker and entity as holes the page fills', async () => {
    const { run, write, store } = await setUp();
    // The editor names the speaker, so the quote links to her page whatever the extraction decides.
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: back at the table\n    speaker: Ilse Brandt'));
    await run();
    const rendered = renderedOf(store);
    expect(rendered.title).toEqual({ html: 'Ferry talks resume', targets: [] });
    expect(rendered.caption).toBeNull();
    expect(rendered.body?.targets).toEqual([
      { kind: 'entity', id: 'ilse-brandt' },
      { kind: 'speaker', id: 'ilse-brandt' },
    ]);
    expect(rendered.body?.html).toMatch(/^<p id="p-0"><q id="q-b0-1" class="quote--editor">/);
    expect(rendered.body?.html).toContain('<small>Quoted: <a href="\uE0001\uE001">Ilse Brandt</a>, confirmed by an editor</small>');
  });

  it('renders an unchanged entry again when its file has gone from the cache folder', async () => {
    const { run, store } = await setUp();
    await run();
    await rm(store.get('ferry-talks')?.data.renderedFile ?? '');
    expect(await run()).toEqual(['ferry-talks']);
    expect(renderedOf(store).paragraphs).toHaveLength(1);
  });

  it('removes the file of an entry that changed or went, keeping only the current ones', async () => {
    const { root, run, write, store } = await setUp();
    await run();
    const before = store.get('ferry-talks')?.data.renderedFile;
    await write('content/articles/ferry-talks.md', `${ENTRY}\nTalks continue on Tuesday.\n`);
    await write('content/articles/calm-day.md', ENTRY.replace('Ferry talks resume', 'Calm day'));
    await run();
    const folder = join(root, '.astro/cache/newsgraph-articles');
    const current = () => [...store.values()].map((entry) => entry.data.renderedFile.slice(folder.length + 1)).sort();
    expect((await readdir(folder)).sort()).toEqual(current());
    expect(current()).not.toContain(before?.slice(folder.length + 1));
    await rm(join(root, 'content/articles/calm-day.md'));
    await run();
    expect(await readdir(folder)).toEqual(current());
    expect(current()).toHaveLength(1);
  });

  it('does not extract again when nothing changed', async () => {
    const { run } = await setUp();
    await run();
    expect(await run()).toEqual([]);
  });

  it('extracts again when the entry changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('content/articles/ferry-talks.md', `${ENTRY}\nTalks continue on Tuesday.\n`);
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('extracts every article again when the entity list changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('content/entities/people.yaml', `${BRANDT}description: Union negotiator.\n`);
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('extracts every article again when the loader code changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('engine/loader.ts', "import { version } from './rules.ts';\nexport const loader = version + 1;\n");
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('extracts every article again when a file the loader code imports transitively changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('engine/tables.ts', 'export const table = [1, 2];\n');
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('does not extract again when a source file the loader does not import changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('engine/unrelated.ts', 'export const unrelated = 2;\n');
    expect(await run()).toEqual([]);
  });

  it('extracts every article again when the lock file changes, as when a dependency is upgraded', async () => {
    const { run, write } = await setUp();
    await run();
    await write('package-lock.json', LOCK.replace('VERSION', '2.9.2'));
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('applies the editor overrides of the frontmatter and marks them', async () => {
    const { run, write, store } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: back at the table\n    speaker: null'));
    await run();
    const [quote] = extractionOf(store).quotes;
    expect([quote?.speakerId, quote?.editorConfirmed]).toEqual([null, true]);
  });

  it('refuses an extraction written into the frontmatter', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nextraction: {}'));
    await expect(run()).rejects.toThrow('content/articles/ferry-talks.md: "extraction" is computed by the build');
  });

  it.each(['renderedFile'])('refuses %s written into the frontmatter', async (field) => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', `removed: []\n${field}: []`));
    await expect(run()).rejects.toThrow(`content/articles/ferry-talks.md: "${field}" is computed by the build`);
  });

  it('names the file and the line of a key given twice in the frontmatter', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('caption: null', 'caption: null\ncaption: null'));
    expect(await failure(run)).toBe('content/articles/ferry-talks.md: frontmatter: Map keys must be unique at line 5, column 1');
  });

  it('names the file of an alias bomb in the frontmatter and stops it', async () => {
    const { run, write } = await setUp();
    const bomb = ['a: &a [x, x, x, x]', 'b: &b [*a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b]', 'd: [*c, *c, *c, *c]'].join('\n');
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', `removed: []\n${bomb}`));
    expect(await failure(run)).toBe(
      'content/articles/ferry-talks.md: frontmatter: Excessive alias count indicates a resource exhaustion attack at line 8, column 8',
    );
  });

  it('refuses an entry that is not UTF-8, naming the file and the byte', async () => {
    const { run, root } = await setUp();
    // "Grüße" saved as Latin-1 at the end of the entry: ü is the byte 0xFC.
    const latin1 = Buffer.concat([Buffer.from(ENTRY), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a])]);
    await writeFile(join(root, 'content/articles/ferry-talks.md'), latin1);
    expect(await failure(run)).toBe(`content/articles/ferry-talks.md: is not valid UTF-8: byte 0xFC at offset ${ENTRY.length + 2} (line 9); save the file as UTF-8`);
  });

  it('reports a blank override speaker at its own field, and nothing about the computed extraction', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: back at the table\n    speaker: "   "'));
    expect(await failure(run)).toBe('content/articles/ferry-talks.md: quotes.0.speaker: must not be blank; use null for no speaker');
  });

  it('reports every problem of the frontmatter in one line, each with its field', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('dateline: [Gdansk]', 'dateline: Gdansk\ncaptoin: Ferry'));
    expect(await failure(run)).toBe(
      'content/articles/ferry-talks.md: dateline: Invalid input: expected array, received string; captoin: is not a known field (misspelt?)',
    );
  });

  it('refuses a blank override match, naming the field, instead of giving every quote to the speaker', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: " "\n    speaker: Ilse Brandt'));
    expect(await failure(run)).toBe('content/articles/ferry-talks.md: quotes.0.match: must not be blank: it would match every quote of the article');
  });

  it('puts the file first in the error of an override that matches nothing', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: never said\n    speaker: null'));
    expect(await failure(run)).toMatch(/^content\/articles\/ferry-talks\.md: .*"never said" matches no quote/);
  });

  it('stores the extraction of a title with its bidi controls stripped', async () => {
    const { run, write, store } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('title: Ferry talks resume', 'title: "Ferry \\u202Eemuser\\u202C talks"'));
    await run();
    expect((store.get('ferry-talks')?.data as { title?: string } | undefined)?.title).toBe('Ferry emuser talks');
  });

  it('gives a file name with # or ? the id its URL can carry', async () => {
    const { run, write, store } = await setUp();
    await write('content/articles/talks#2?.md', ENTRY);
    await run();
    expect([...store.keys()].sort()).toEqual(['ferry-talks', 'talks-2']);
  });

  it('gives a decomposed file name the NFC id', async () => {
    const { run, write, store } = await setUp();
    await write('content/articles/gdan\u0301sk-talks.md', ENTRY);
    await run();
    expect([...store.keys()].sort()).toEqual(['ferry-talks', 'gda\u0144sk-talks']);
  });

  it('fails on two files that become one page, naming both, and leaves the store as it was', async () => {
    const { run, write, store } = await setUp();
    await run();
    await write('content/articles/caf\u00e9.md', ENTRY);
    await write('content/articles/cafe\u0301.md', ENTRY);
    expect(await failure(run)).toBe(
      'content/articles/cafe\u0301.md (NFD) and content/articles/caf\u00e9.md both become /articles/caf\u00e9/; rename one',
    );
    expect([...store.keys()]).toEqual(['ferry-talks']);
  });
});

/** The message the sync fails with. */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the sync to fail');
}
