import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { loadEntityList } from '../entity-list/load-entity-list.ts';
import type { EntityListEntry } from '../extract/types.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { parseBody } from '../render/render-article-body.ts';
import { articleIds } from './article-id.ts';
import { renderArticleAhead } from './article-rendering.ts';
import { articleSchema } from './article-schema.ts';
import { EntryError } from './entry-error.ts';
import { decodeEntry } from './entry-text.ts';
import { entryText, extractEntry } from './extract-entry.ts';
import { extractionSchema } from './extraction-schema.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { importGraph } from './import-graph.ts';
import { removeStaleRendered, renderedFile, renderedFolder, writeRenderedArticle } from './rendered-articles.ts';
import { schemaCopy } from './schema-copy.ts';
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

/** The extraction as stored: only the fields the extraction schema declares (the engine's quote evidence goes). */
const storedExtraction = schemaCopy(extractionSchema);

/** Fields the loader computes into an entry's data; frontmatter that sets one is refused. */
const COMPUTED_FIELDS = ['extraction', 'renderedFile'] as const;

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
        for (const [path, id] of ids) {
          kept.add(await syncArticle(context, root, path, id, shared));
          untouched.delete(id);
        }
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

/**
 * Reads, extracts, renders and validates one entry into the store, unless
 * its digest is unchanged and its rendered file is where the entry says.
 * Returns the rendered file's path.
 */
async function syncArticle(context: LoaderContext, root: string, path: string, id: string, shared: SyncInputs): Promise<string> {
  const filePath = join(root, path);
  // Read synchronously: entries are synced one after another, so an awaited read only idles.
  const source = decodeEntry(readFileSync(filePath), path);
  // The path is in it so a renamed file that keeps its id stores its new path.
  const digest = context.generateDigest(`${shared.sharedDigest}\0${path}\0${source}`);
  const file = renderedFile(shared.renderedFolder, digest);
  const stored = context.store.get(id);
  if (stored?.digest === digest && stored.data['renderedFile'] === file && existsSync(file)) return file;

  const { data, body } = frontmatterOf(source, path);
  const computed = COMPUTED_FIELDS.find((field) => field in data);
  if (computed !== undefined) throw new EntryError(path, undefined, `"${computed}" is computed by the build; remove it from the frontmatter`);
  // The frontmatter alone is validated first: its own mistakes are what the
  // editor has to fix, and extraction must never run on data that failed.
  const frontmatter = articleSchema.safeParse(data);
  if (!frontmatter.success) throw schemaError(path, frontmatter.error.issues);
  // Parsed once: the text blocks come from the tree before the renderer annotates it.
  const tree = parseBody(body);
  const text = entryText(frontmatter.data, tree);
  const extraction = namingFile(path, () => extractEntry(id, frontmatter.data, text, shared.entityList));
  // What the extraction schema declares of it, for the site graph and a page that renders a part itself:
  // the engine's result is typed, so it is copied to the schema's fields instead of parsed again.
  const kept: SiteExtraction = namingFile(path, () => storedExtraction(extraction));
  const parsed = await context.parseData({ id, data: { ...frontmatter.data, renderedFile: file }, filePath });
  const rendered = namingFile(path, () => renderArticleAhead(frontmatter.data, tree, kept));
  writeRenderedArticle(file, { extraction: kept, paragraphs: text.paragraphs, markdown: body, ...rendered });
  // No `body`: the rendered file holds the markdown, and the store is bundled whole into the build.
  context.store.set({ id, data: parsed, filePath: path, digest });
  return file;
}

/**
 * Runs `work`, putting the file first in the message of anything it throws:
 * an override that matches nothing names the article, not its file. The
 * stack stays, in case it is a bug.
 */
function namingFile<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error) error.message = `${path}: ${error.message}`;
    throw error;
  }
}

function frontmatterOf(source: string, path: string): ReturnType<typeof splitFrontmatter> {
  try {
    return splitFrontmatter(source);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new EntryError(path, 'frontmatter', error.message);
    throw error;
  }
}

/** The frontmatter's own issues, each as `field: problem`, in one line; the first field is the error's `field`. */
function schemaError(path: string, issues: readonly z.core.$ZodIssue[]): EntryError {
  const problems = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), problem: 'is not a known field (misspelt?)' }));
    }
    return [{ field: issue.path.length === 0 ? 'frontmatter' : issue.path.join('.'), problem: issue.message }];
  });
  const [first, ...rest] = problems;
  const problem = [first?.problem ?? 'does not match the schema', ...rest.map((item) => `${item.field}: ${item.problem}`)].join('; ');
  return new EntryError(path, first?.field ?? 'frontmatter', problem);
}

function isArticleFile(path: string): boolean {
  return path.endsWith('.md');
}

/** A path relative to the project root with `/` separators, as messages and the store show it. */
function projectPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
