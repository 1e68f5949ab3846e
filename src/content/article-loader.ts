import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadEntityList } from '../entity-list/load-entity-list.ts';
import type { EntityListEntry } from '../extract/types.ts';
import { articleIds } from './article-id.ts';
import type { ArticleData } from './article-schema.ts';
import { workEntries, workerCount } from './entry-pool.ts';
import { decodeEntry } from './entry-text.ts';
import type { EntryTask } from './entry-work.ts';
import { importGraph } from './import-graph.ts';
import { removeStaleRendered, renderedFile, renderedFolder } from './rendered-articles.ts';
import { filesDigest, filesUnder } from './source-digest.ts';

export interface ArticleLoaderOptions {
  /** Folder holding one `<slug>.md` per article, relative to the project root. */
  base: string;
  /** Folder of the editable entity list (`*.yaml`), relative to the project root. */
  entities: string;
  /**
   * Modules whose code decides what the loader stores, relative to the project
   * root; they and every project file they import go into the cache digest.
   * Default: this loader and the content config (which holds the schema).
   */
  code?: readonly string[];
  /** The dependency lock file, relative to the project root, so a package upgrade re-extracts. Default `package-lock.json`. */
  lockFile?: string;
}

const DEFAULT_CODE = ['src/content/article-loader.ts', 'src/content.config.ts'] as const;

/** What one sync of the collection shares between its entries. */
interface SyncInputs {
  entityList: readonly EntityListEntry[];
  /** Digest of the entity list, the loader's code and the lock file: part of every entry's digest. */
  sharedDigest: string;
  /** Where each entry's text blocks and rendered HTML are kept (see rendered-articles.ts). */
  renderedFolder: string;
}

/**
 * Loads content/articles/<name>.md: the id is the file name made safe for a
 * URL (see articleIdOf), the frontmatter is validated by the collection
 * schema. The extraction (with the editor overrides applied, cut to the
 * fields of the extraction schema), the body's text blocks and the title, caption and
 * body rendered with link holes (article-rendering.ts) go to a file in
 * Astro's cache folder named in `data.renderedFile` (rendered-articles.ts
 * says why not in the store). An entry is re-extracted only when its
 * digest changes; the digest covers the entry's bytes, the entity list, the
 * source of every project module the loader runs and the dependency lock file.
 * The changed entries are extracted and rendered in worker threads when
 * there are enough of them (entry-pool.ts), and stored in file-name order.
 * A bad entry fails the sync with one line that starts with its path.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  const code = options.code ?? DEFAULT_CODE;
  const lockFile = options.lockFile ?? 'package-lock.json';
  return {
    name: 'newsgraph-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = join(root, options.base);
      const entityFolder = join(root, options.entities);
      const inputs = async (): Promise<SyncInputs> => ({
        entityList: existsSync(entityFolder) ? loadEntityList(entityFolder) : [],
        sharedDigest: await filesDigest(root, [...(await filesUnder(entityFolder)), ...(await importGraph(root, code)), lockFile]),
        renderedFolder: renderedFolder(fileURLToPath(context.config.cacheDir)),
      });
      const syncAll = async (): Promise<void> => {
        const shared = await inputs();
        const files = (await readdir(folder).catch(() => [] as string[])).filter(isArticleFile).sort();
        if (files.length === 0) context.logger.warn(`No articles found in ${options.base}`);
        // Every id is known before any entry is stored, so a collision leaves the store as it was.
        const ids = articleIds(files.map((file) => projectPath(root, join(folder, file))));
        const untouched = new Set(context.store.keys());
        const kept = new Set<string>();
        // Entries are read in order up to the first that cannot be; the changed
        // ones are extracted and rendered (in workers when there are many) and
        // stored in order, so a failure stops the sync where a one-by-one sync
        // would have stopped, with every entry before it stored.
        const changed: SyncEntry[] = [];
        let unreadable: unknown;
        for (const [path, id] of ids) {
          let entry: SyncEntry;
          try {
            entry = readEntry(context, root, path, id, shared);
          } catch (error) {
            unreadable = error;
            break;
          }
          if (entry.unchanged) {
            kept.add(entry.file);
            untouched.delete(id);
          } else {
            changed.push(entry);
          }
        }
        const outcomes = await workEntries(changed, shared.entityList, workerCount(changed.length));
        for (const [index, outcome] of outcomes.entries()) {
          const entry = changed[index] as SyncEntry; // outcomes are a prefix of `changed`
          if ('error' in outcome) throw outcome.error;
          await storeEntry(context, root, entry, outcome.data);
          kept.add(entry.file);
          untouched.delete(entry.id);
        }
        if (unreadable !== undefined) throw unreadable;
        for (const id of untouched) context.store.delete(id);
        await removeStaleRendered(shared.renderedFolder, kept);
      };
      await syncAll();

      context.watcher?.add(folder);
      context.watcher?.add(entityFolder);
      context.watcher?.on('all', async (_event, path) => {
        // Adding or removing a file can start or end an id collision, so every
        // event checks all entries again; the digest skips unchanged ones.
        if (path.startsWith(entityFolder) || (path.startsWith(folder) && isArticleFile(path))) await syncAll();
      });
    },
  };
}

/** An entry of the sync: its task, the digest the store keeps with it, and whether the stored entry is already this one. */
interface SyncEntry extends EntryTask {
  digest: string;
  /** The digest is unchanged and the rendered file is where the stored entry says: nothing to do but keep the file. */
  unchanged: boolean;
}

function readEntry(context: LoaderContext, root: string, path: string, id: string, shared: SyncInputs): SyncEntry {
  // Read synchronously: an awaited read of one small file at a time only idles.
  const source = decodeEntry(readFileSync(join(root, path)), path);
  // The path is in it so a renamed file that keeps its id stores its new path.
  const digest = context.generateDigest(`${shared.sharedDigest}\0${path}\0${source}`);
  const file = renderedFile(shared.renderedFolder, digest);
  const stored = context.store.get(id);
  const unchanged = stored?.digest === digest && stored.data['renderedFile'] === file && existsSync(file);
  return { path, id, source, file, digest, unchanged };
}

/** Validates an entry's data with the collection schema and stores it. No `body`: the rendered file holds the markdown, and the store is bundled whole into the build. */
async function storeEntry(context: LoaderContext, root: string, entry: SyncEntry, frontmatter: ArticleData): Promise<void> {
  const data = await context.parseData({ id: entry.id, data: { ...frontmatter, renderedFile: entry.file }, filePath: join(root, entry.path) });
  context.store.set({ id: entry.id, data, filePath: entry.path, digest: entry.digest });
}

/** A path relative to the project root with `/` separators, as messages and the store show it. */
function projectPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

function isArticleFile(path: string): boolean {
  return path.endsWith('.md');
}
