import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { entityLoader } from '../../src/content/entity-loader.ts';

interface StoredEntity {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

let project: string | undefined;

afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

/** Runs the loader over `files` (name -> YAML) with a stand-in for Astro's loader context. */
async function loadEntities(files: Record<string, string>): Promise<StoredEntity[]> {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-entities-'));
  await mkdir(join(project, 'content', 'entities'), { recursive: true });
  for (const [name, yaml] of Object.entries(files)) await writeFile(join(project, 'content', 'entities', name), yaml);

  const stored: StoredEntity[] = [];
  const context = {
    config: { root: pathToFileURL(`${project}/`) },
    store: { clear: () => (stored.length = 0), set: (entry: StoredEntity) => stored.push(entry) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext; // only the members the loader uses are provided
  await entityLoader({ base: 'content/entities' }).load(context);
  return stored;
}

describe('entityLoader', () => {
  it('reads a file holding one entity as one entry, keyed by its id field', async () => {
    const entries = await loadEntities({ 'camilleri.yaml': 'id: maria-camilleri\nname: Maria Camilleri\nkind: person\naliases: []\n' });
    expect(entries.map((entry) => [entry.id, entry.filePath])).toEqual([['maria-camilleri', 'content/entities/camilleri.yaml']]);
  });

  it('reads a file holding a list as one entry per row', async () => {
    const entries = await loadEntities({
      'places.yaml': '- id: valletta\n  name: Valletta\n  kind: place\n  aliases: []\n- id: tunis\n  name: Tunis\n  kind: place\n  aliases: []\n',
    });
    expect(entries.map((entry) => entry.id)).toEqual(['valletta', 'tunis']);
  });

  it('fails when two rows share an id, naming both files', async () => {
    const row = 'id: tunis\nname: Tunis\nkind: place\naliases: []\n';
    await expect(loadEntities({ 'a.yaml': row, 'b.yaml': row })).rejects.toThrow(
      'Entity id "tunis" is defined twice: in content/entities/a.yaml and in content/entities/b.yaml',
    );
  });
});
