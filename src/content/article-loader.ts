import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadEntityList } from '../entity-list/load-entity-list.ts';
import type { EntityListEntry } from '../extract/types.ts';
import { articleSchema } from './article-schema.ts';
import { extractEntry } from './extract-entry.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { folderDigest } from './source-digest.ts';

export interface ArticleLoaderOptions {
  /** Folder holding one `<slug>.md` per article, relative to the project root. */
  base: string;
  /** Folder of the editable entity list (`*.yaml`), relative to the project root. */
  entities: string;
  /** Source folders whose code decides the extraction, relative to the project root. Default `['src/extract']`. */
  engine?: readonly string[];
}

/** What one sync of the collection shares between its entries. */
interface SyncInputs {
  entityList: readonly EntityListEntry[];
  /** Digest of the entity list and the engine source: part of every entry's digest. */
  sharedDigest: string;
}

/**
 * Loads content/articles/<slug>.md: the file name is the id, the frontmatter
 * is validated by the collection schema, and the extraction (with the
 * editor overrides applied) is stored in the entry's `data.extraction`.
 * An entry is re-extracted only when its digest changes; the digest covers
 * the entry's bytes, the entity list and the extraction engine's source.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  const engine = options.engine ?? ['src/extract'];
  return {
    name: 'newsgraph-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = join(root, options.base);
      const entityFolder = join(root, options.entities);
      const inputs = async (): Promise<SyncInputs> => ({
        entityList: existsSync(entityFolder) ? loadEntityList(entityFolder) : [],
        sharedDigest: await folderDigest(root, [options.entities, ...engine]),
      });
      const syncAll = async (): Promise<void> => {
        const shared = await inputs();
        const files = (await readdir(folder).catch(() => [] as string[])).filter(isArticleFile).sort();
        if (files.length === 0) context.logger.warn(`No articles found in ${options.base}`);
        const untouched = new Set(context.store.keys());
        for (const file of files) untouched.delete(await syncArticle(context, join(folder, file), shared));
        for (const id of untouched) context.store.delete(id);
      };
      await syncAll();

      context.watcher?.add(folder);
      context.watcher?.add(entityFolder);
      context.watcher?.on('all', async (event, path) => {
        if (path.startsWith(entityFolder)) return syncAll();
        if (!path.startsWith(folder) || !isArticleFile(path)) return;
        if (event === 'unlink') context.store.delete(idOf(path));
        else if (event === 'add' || event === 'change') await syncArticle(context, path, await inputs());
      });
    },
  };
}

/** Reads, extracts and validates one entry into the store, unless its digest is unchanged; returns its id. */
async function syncArticle(context: LoaderContext, filePath: string, shared: SyncInputs): Promise<string> {
  const id = idOf(filePath);
  const source = await readFile(filePath, 'utf8');
  const digest = context.generateDigest(`${shared.sharedDigest}\0${source}`);
  if (context.store.get(id)?.digest === digest) return id;

  const { data, body } = splitFrontmatter(source);
  const relativePath = relative(fileURLToPath(context.config.root), filePath).split('\\').join('/');
  if ('extraction' in data) throw new Error(`${relativePath}: "extraction" is computed by the build; remove it from the frontmatter`);
  // Validate the frontmatter alone first, so a typo is reported before extraction runs on it.
  const frontmatter = articleSchema.safeParse(data);
  const extraction = frontmatter.success ? extractEntry(id, frontmatter.data, body, shared.entityList) : undefined;
  const parsed = await context.parseData({ id, data: { ...data, ...(extraction ? { extraction } : {}) }, filePath });
  context.store.set({ id, data: parsed, body, filePath: relativePath, digest });
  return id;
}

function isArticleFile(path: string): boolean {
  return path.endsWith('.md');
}

function idOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}
