import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { articleLoader } from '../../src/content/article-loader.ts';
import type { SiteExtraction } from '../../src/graph/site-extraction.ts';

interface Stored {
  id: string;
  data: { extraction: SiteExtraction };
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

let project: string | undefined;

afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

/** A project folder with one entry, one entity-list file and an engine folder, and a stand-in loader context over one store. */
async function setUp(): Promise<{ run: () => Promise<string[]>; write: (path: string, text: string) => Promise<void>; store: Map<string, Stored> }> {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-articles-'));
  const root = project;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  };
  await write('content/articles/ferry-talks.md', ENTRY);
  await write('content/entities/people.yaml', BRANDT);
  await write('engine/rules.ts', 'export const version = 1;\n');
  const store = new Map<string, Stored>();
  const run = async (): Promise<string[]> => {
    const written: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
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
    await articleLoader({ base: 'content/articles', entities: 'content/entities', engine: ['engine'] }).load(context);
    return written;
  };
  return { run, write, store };
}

describe('articleLoader', () => {
  it("stores the article's extraction in its data, speakers resolved through the entity list", async () => {
    const { run, store } = await setUp();
    await run();
    const quotes = store.get('ferry-talks')?.data.extraction.quotes ?? [];
    expect(quotes.map((quote) => [quote.text, quote.speakerId])).toEqual([['We are back at the table,', 'ilse-brandt']]);
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

  it('extracts every article again when the extraction engine changes', async () => {
    const { run, write } = await setUp();
    await run();
    await write('engine/rules.ts', 'export const version = 2;\n');
    expect(await run()).toEqual(['ferry-talks']);
  });

  it('applies the editor overrides of the frontmatter and marks them', async () => {
    const { run, write, store } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nquotes:\n  - match: back at the table\n    speaker: null'));
    await run();
    const [quote] = store.get('ferry-talks')?.data.extraction.quotes ?? [];
    expect([quote?.speakerId, quote?.editorConfirmed]).toEqual([null, true]);
  });

  it('refuses an extraction written into the frontmatter', async () => {
    const { run, write } = await setUp();
    await write('content/articles/ferry-talks.md', ENTRY.replace('removed: []', 'removed: []\nextraction: {}'));
    await expect(run()).rejects.toThrow('content/articles/ferry-talks.md: "extraction" is computed by the build');
  });
});
