import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export interface EntityLoaderOptions {
  /** Folder of `*.yaml` files, relative to the project root. */
  base: string;
}

/**
 * Loads the editable entity list. A file may hold one entity (a mapping) or
 * several (a sequence), so editors can keep one file per entity or one per
 * kind; the `id` field, not the file name, is the entry id. Two rows with the
 * same id fail the build, naming both files.
 */
export function entityLoader(options: EntityLoaderOptions): Loader {
  return {
    name: 'newsgraph-entities',
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, options.base);
      const files = (await readdir(folder).catch(() => [] as string[]))
        .filter((file) => /\.ya?ml$/.test(file))
        .sort();

      store.clear();
      const seenIn = new Map<string, string>();
      for (const file of files) {
        const filePath = join(folder, file);
        const relativePath = relative(root, filePath).split('\\').join('/');
        const parsed: unknown = parse(await readFile(filePath, 'utf8'));
        const rows: unknown[] = Array.isArray(parsed) ? parsed : parsed == null ? [] : [parsed];
        for (const [index, row] of rows.entries()) {
          const data = (typeof row === 'object' && row !== null ? row : { value: row }) as Record<string, unknown>;
          const id = typeof data.id === 'string' ? data.id : `${relativePath}#${index}`;
          const earlier = seenIn.get(id);
          if (earlier) throw new Error(`Entity id "${id}" is defined twice: in ${earlier} and in ${relativePath}`);
          seenIn.set(id, relativePath);
          const valid = await parseData({ id, data, filePath });
          store.set({ id, data: valid, filePath: relativePath, digest: generateDigest(valid) });
        }
      }
    },
  };
}
