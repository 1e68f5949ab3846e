import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SITE_SETTINGS } from './settings.ts';

/** Pages import the stylesheet's version from this module: `import { stylesheetVersion } from 'virtual:newsgraph/stylesheet'`. */
export const STYLESHEET_MODULE = 'virtual:newsgraph/stylesheet';
const RESOLVED_STYLESHEET_MODULE = `\0${STYLESHEET_MODULE}`;

/** The stylesheet file in the project's public/ folder, which Astro serves and copies to dist/ as it is. */
export function stylesheetFile(publicDir: URL): URL {
  return new URL(SITE_SETTINGS.stylesheetRoute, publicDir);
}

/**
 * A short digest of the stylesheet's bytes. Pages link `site.css?v=<digest>`,
 * so a host may cache the file for good and a changed stylesheet is still
 * fetched again (over file:// the query is ignored).
 */
export async function stylesheetVersion(file: URL): Promise<string> {
  let css: Buffer;
  try {
    css = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`newsgraph(): cannot read the site's stylesheet ${fileURLToPath(file)}: ${reason}`);
  }
  return createHash('sha256').update(css).digest('hex').slice(0, 10);
}

/** Serves `virtual:newsgraph/stylesheet` to the pages, the digest read when a build or the dev server first loads it. */
export function stylesheetModulePlugin(file: URL): Plugin {
  return {
    name: 'newsgraph:stylesheet',
    resolveId(id) {
      return id === STYLESHEET_MODULE ? RESOLVED_STYLESHEET_MODULE : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_STYLESHEET_MODULE) return undefined;
      // No addWatchFile: that would put the CSS into the dev server's module graph, and Astro's dev
      // server would then inline it into every page as well. A dev page keeps the digest it started with.
      return `export const stylesheetVersion = ${JSON.stringify(await stylesheetVersion(file))};`;
    },
  };
}

/**
 * Astro's own CSS files in the built site: any there means a component or
 * page brought CSS of its own (a `<style>` block or a CSS import), which
 * would be a second stylesheet linked from the site root, broken over file://.
 */
export async function strayStylesheets(dist: URL, assetsFolder: string): Promise<string[]> {
  const folder = new URL(`${assetsFolder}/`, dist);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names.filter((name) => name.endsWith('.css')).map((name) => `${assetsFolder}/${name}`).sort();
}
