import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from './frontmatter.ts';

export interface ArticleLoaderOptions {
  /** Folder holding one `<slug>.md` per article, relative to the project root. */
  base: string;
}

/**
 * Loads content/articles/<slug>.md: the file name is the id, the frontmatter is
 * validated by the collection schema, the body is rendered by the configured
 * markdown processor. An entry whose bytes are unchanged since the last build is
 * skipped by digest, so per-entry work added here later (extraction) stays cheap.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'newsgraph-articles',
    load: async (context) => {
      const folder = fileURLToPath(new URL(`${options.base.replace(/\/?$/, '/')}`, context.config.root));
      const files = (await readdir(folder).catch(() => [] as string[])).filter(isArticleFile).sort();
      if (files.length === 0) context.logger.warn(`No articles found in ${options.base}`);

      const untouched = new Set(context.store.keys());
      for (const file of files) {
        const id = await syncArticle(context, join(folder, file));
        untouched.delete(id);
      }
      for (const id of untouched) context.store.delete(id);

      context.watcher?.add(folder);
      context.watcher?.on('all', async (event, path) => {
        if (!path.startsWith(folder) || !isArticleFile(path)) return;
        if (event === 'unlink') context.store.delete(idOf(path));
        else if (event === 'add' || event === 'change') await syncArticle(context, path);
      });
    },
  };
}

/** Reads, validates and renders one entry into the store; returns its id. */
async function syncArticle(context: LoaderContext, filePath: string): Promise<string> {
  const id = idOf(filePath);
  const source = await readFile(filePath, 'utf8');
  const digest = context.generateDigest(source);
  if (context.store.get(id)?.digest === digest) return id;

  const { data, body } = splitFrontmatter(source);
  const parsed = await context.parseData({ id, data, filePath });
  const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(filePath) });
  context.store.set({
    id,
    data: parsed,
    body,
    filePath: relative(fileURLToPath(context.config.root), filePath).split('\\').join('/'),
    digest,
    rendered,
  });
  return id;
}

function isArticleFile(path: string): boolean {
  return path.endsWith('.md');
}

function idOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}
