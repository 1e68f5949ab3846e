import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importGraph, relativeImports } from '../../src/content/import-graph.ts';
import { filesDigest } from '../../src/content/source-digest.ts';

describe('relativeImports', () => {
  it('finds named, default, namespace and type imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import b from '../b.ts';",
      "import * as c from './c.ts';",
      "import type { D } from './d.ts';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts']);
  });

  it('finds an import list spread over several lines', () => {
    expect(relativeImports("import {\n  one,\n  two,\n} from './numbers.ts';\n")).toEqual(['./numbers.ts']);
  });

  it('finds re-exports, side-effect imports and dynamic imports of a literal', () => {
    const source = "export { x } from './x.ts';\nexport * from \"./y.ts\";\nimport './setup.ts';\nconst z = await import('./z.ts');\n";
    expect(relativeImports(source)).toEqual(['./x.ts', './y.ts', './setup.ts', './z.ts']);
  });

  it('ignores packages and node built-ins, whose versions the lock file holds', () => {
    expect(relativeImports("import { parse } from 'yaml';\nimport { join } from 'node:path';\nimport countries from 'world-countries';\n")).toEqual([]);
  });

  it('lists a module imported twice once', () => {
    expect(relativeImports("import type { A } from './a.ts';\nimport { a } from './a.ts';\n")).toEqual(['./a.ts']);
  });
});

let root: string | undefined;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** A temp folder of .ts files: entry -> middle -> leaf (-> data.json), and an unrelated module. */
async function fixture(): Promise<{ root: string; write: (path: string, text: string) => Promise<void> }> {
  root = await mkdtemp(join(tmpdir(), 'newsgraph-imports-'));
  const base = root;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(base, path, '..'), { recursive: true });
    await writeFile(join(base, path), text);
  };
  await write('src/content/entry.ts', "import { middle } from '../graph/middle.ts';\nexport const entry = middle;\n");
  await write('src/graph/middle.ts', "import { leaf } from './deep/leaf.ts';\nexport const middle = leaf;\n");
  await write('src/graph/deep/leaf.ts', "import data from './data.json' with { type: 'json' };\nexport const leaf = data;\n");
  await write('src/graph/deep/data.json', '{"version": 1}\n');
  await write('src/site/unrelated.ts', 'export const unrelated = 1;\n');
  return { root: base, write };
}

describe('importGraph', () => {
  it('follows relative imports transitively, to the files they import', async () => {
    const { root: base } = await fixture();
    const files = (await importGraph(base, ['src/content/entry.ts'])).map((file) => relative(base, file));
    expect(files).toEqual(['src/content/entry.ts', 'src/graph/deep/data.json', 'src/graph/deep/leaf.ts', 'src/graph/middle.ts']);
  });

  it('survives an import cycle', async () => {
    const { root: base, write } = await fixture();
    await write('src/graph/deep/leaf.ts', "import { middle } from '../middle.ts';\nexport const leaf = middle;\n");
    const files = (await importGraph(base, ['src/content/entry.ts'])).map((file) => relative(base, file));
    expect(files).toEqual(['src/content/entry.ts', 'src/graph/deep/leaf.ts', 'src/graph/middle.ts']);
  });

  it('passes over a specifier that names no file, such as an example in a comment', async () => {
    const { root: base, write } = await fixture();
    await write('src/graph/middle.ts', "// Written as `import { x } from './example.ts'`.\nimport { leaf } from './deep/leaf.ts';\nexport const middle = leaf;\n");
    const files = (await importGraph(base, ['src/content/entry.ts'])).map((file) => relative(base, file));
    expect(files).toEqual(['src/content/entry.ts', 'src/graph/deep/data.json', 'src/graph/deep/leaf.ts', 'src/graph/middle.ts']);
  });

  it('refuses an entry module that does not exist', async () => {
    const { root: base } = await fixture();
    await expect(importGraph(base, ['src/content/missing.ts'])).rejects.toThrow('src/content/missing.ts: not found');
  });
});

describe('the digest of an import graph', () => {
  const digestOf = async (base: string): Promise<string> => filesDigest(base, [...(await importGraph(base, ['src/content/entry.ts'])), 'package-lock.json']);

  it('changes when a file imported transitively changes', async () => {
    const { root: base, write } = await fixture();
    const before = await digestOf(base);
    await write('src/graph/deep/leaf.ts', "import data from './data.json' with { type: 'json' };\nexport const leaf = [data];\n");
    expect(await digestOf(base)).not.toBe(before);
  });

  it('changes when a data file an import reaches changes', async () => {
    const { root: base, write } = await fixture();
    const before = await digestOf(base);
    await write('src/graph/deep/data.json', '{"version": 2}\n');
    expect(await digestOf(base)).not.toBe(before);
  });

  it('stays the same when a file nothing imports changes', async () => {
    const { root: base, write } = await fixture();
    const before = await digestOf(base);
    await write('src/site/unrelated.ts', 'export const unrelated = 2;\n');
    expect(await digestOf(base)).toBe(before);
  });

  it('changes when the lock file appears or changes', async () => {
    const { root: base, write } = await fixture();
    const without = await digestOf(base);
    await write('package-lock.json', '{"packages": {"node_modules/yaml": {"version": "2.9.1"}}}\n');
    const locked = await digestOf(base);
    await write('package-lock.json', '{"packages": {"node_modules/yaml": {"version": "2.9.2"}}}\n');
    expect(new Set([without, locked, await digestOf(base)]).size).toBe(3);
  });
});
