import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * `from './x.ts'`, `import './x.ts'` and `import('./x.ts')` with a relative
 * specifier. A scan rather than a parse: text that only looks like an import
 * (in a comment or a string) adds a file to the digest, which costs a needless
 * re-extraction at worst, while a parser that missed a form would leave the
 * cache stale.
 */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"\r\n]*)\1/g;

/** Files whose imports are followed; anything else a module imports (JSON, CSS) is digested as it is. */
const MODULE_FILE = /\.(?:[cm]?[jt]sx?|astro)$/;

/** The relative specifiers a module's source imports, in order, each once. */
export function relativeImports(source: string): string[] {
  return [...new Set(Array.from(source.matchAll(RELATIVE_IMPORT), (match) => match[2] ?? ''))];
}

/**
 * Every file of the project that the modules `entries` (paths relative to
 * `root`) run: themselves and what they import through relative specifiers,
 * transitively. Packages are not followed; their versions are in the lock
 * file. Absolute paths, sorted. A missing entry module is an error.
 */
export async function importGraph(root: string, entries: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const pending = entries.map((entry) => {
    const path = resolve(root, entry);
    if (!existsSync(path)) throw new Error(`${entry}: not found; it was given as a module whose imports decide the articles' extraction`);
    return path;
  });
  while (pending.length > 0) {
    const file = pending.pop() as string; // the loop runs only while pending has an element
    if (seen.has(file)) continue;
    seen.add(file);
    if (!MODULE_FILE.test(file)) continue;
    for (const specifier of relativeImports(await readFile(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier);
      // Nothing there: import-like text in a comment (this file has some), or
      // an import that fails when the module loads anyway.
      if (target !== null && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

/** The file a relative specifier names, as TypeScript with `allowImportingTsExtensions` and Vite resolve it. */
function resolveSpecifier(importer: string, specifier: string): string | null {
  const path = resolve(dirname(importer), specifier.replace(/[?#].*$/, ''));
  const candidates = [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile() === true) ?? null;
}
