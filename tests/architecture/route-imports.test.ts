/**
 * Astro's incremental build re-renders every cached page of a route whose
 * imported code changed (docs/incremental-build.md, "dependency hash"), so a
 * route's page, through its components and its route data glue, reaches the
 * page builders (src/site/*-page.ts) of its own family and no other: an edit
 * to the entity page's builder must leave the cached article pages alone.
 * Imports are followed as the build follows them: `import type` and
 * `export type` are erased, every other import of a relative module counts
 * (with verbatimModuleSyntax an import of types only by inline `type` stays
 * as an import of the module).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(root, 'src/pages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The code of a module as the build reads its imports: an Astro file's frontmatter, a TypeScript file whole. */
function codeOf(file: string): string {
  const source = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return source;
  return /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
}

/** The relative modules a file imports at run time, as absolute paths. */
function runtimeImports(code: string, from: string): string[] {
  const statements = code.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm);
  return [...statements].filter((match) => match[1] === undefined && (match[2] as string).startsWith('.')).map((match) => resolve(dirname(from), match[2] as string));
}

/** Every module a file reaches through relative imports, the file included. */
function reachedFrom(file: string): Set<string> {
  const seen = new Set<string>();
  const pending = [file];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    if (!existsSync(next)) throw new Error(`${relative(root, next)}: imported but missing`);
    seen.add(next);
    pending.push(...runtimeImports(codeOf(next), next));
  }
  return seen;
}

/** The page builders a page reaches, by file name. */
function buildersReachedFrom(page: string): string[] {
  return [...reachedFrom(join(root, page))]
    .map((file) => relative(join(root, 'src/site'), file))
    .filter((name) => /^[a-z-]+-page\.ts$/.test(name))
    .sort();
}

/**
 * Each route and the builders of its family. The indexes and their letter
 * pages share one glue module (route-data-names.ts); the data files reach
 * the front page's article order (front-page.ts) but are rendered on every
 * build anyway: they have no cacheKey.
 */
const BUILDERS_OF: Record<string, string[]> = {
  'src/pages/articles/[slug].astro': ['article-page.ts'],
  'src/pages/entities/[slug].astro': ['entity-page.ts'],
  'src/pages/speakers/[slug].astro': ['speaker-page.ts'],
  'src/pages/index.astro': ['front-page.ts'],
  'src/pages/page/[page].astro': ['front-page.ts'],
  'src/pages/entities/index.astro': ['letter-page.ts', 'name-index-page.ts'],
  'src/pages/speakers/index.astro': ['letter-page.ts', 'name-index-page.ts'],
  'src/pages/entities/letter/[letter]/[...page].astro': ['letter-page.ts', 'name-index-page.ts'],
  'src/pages/speakers/letter/[letter]/[...page].astro': ['letter-page.ts', 'name-index-page.ts'],
  'src/pages/quotes/unattributed.astro': ['unattributed-page.ts'],
  'src/pages/quotes/unattributed/[page].astro': ['unattributed-page.ts'],
  'src/pages/search/index.astro': ['search-page.ts'],
  'src/pages/search/[shard].js.ts': ['search-page.ts'],
  'src/pages/about.astro': ['about-page.ts', 'not-found-page.ts'],
  'src/pages/404.astro': ['about-page.ts', 'not-found-page.ts'],
  'src/pages/feed.xml.ts': ['endpoint-page.ts', 'front-page.ts'],
  'src/pages/[sitemap].xml.ts': ['endpoint-page.ts', 'front-page.ts'],
  'src/pages/data/articles.json.ts': ['endpoint-page.ts', 'front-page.ts'],
  'src/pages/data/entities.json.ts': ['endpoint-page.ts', 'front-page.ts'],
  'src/pages/data/quotes.json.ts': ['endpoint-page.ts', 'front-page.ts'],
};

const pages = filesUnder(pagesDir).map((file) => relative(root, file)).sort();

test('every page in src/pages has its family of builders listed here', () => {
  expect(pages).toEqual(Object.keys(BUILDERS_OF).sort());
});

describe.each(pages)('%s', (page) => {
  test('reaches the page builders of its own family only', () => {
    expect(buildersReachedFrom(page)).toEqual(BUILDERS_OF[page]);
  });
});

describe('the detail routes', () => {
  test.each([
    ['src/pages/articles/[slug].astro', 'route-data-article.ts'],
    ['src/pages/entities/[slug].astro', 'route-data-entity.ts'],
    ['src/pages/speakers/[slug].astro', 'route-data-speaker.ts'],
  ])('%s takes its data from its own glue module, %s', (page, glue) => {
    const glues = [...reachedFrom(join(root, page))].map((file) => relative(join(root, 'src/site'), file)).filter((name) => name.startsWith('route-data'));
    expect(glues).toEqual([glue]);
  });
});

describe('runtimeImports', () => {
  const from = join(root, 'src/site/example.ts');

  test('counts value imports, re-exports and side-effect imports of relative modules', () => {
    const code = ["import { a, type B } from './a.ts';", "export { c } from '../c.ts';", "import './d.ts';", "import e from 'astro:content';"].join('\n');
    expect(runtimeImports(code, from).map((file) => relative(root, file))).toEqual(['src/site/a.ts', 'src/c.ts', 'src/site/d.ts']);
  });

  test('leaves out imports and re-exports of types, which the build erases', () => {
    const code = ["import type { A } from './a.ts';", "export type { B } from './b.ts';"].join('\n');
    expect(runtimeImports(code, from)).toEqual([]);
  });

  test('counts an import of inline types only, which verbatimModuleSyntax keeps', () => {
    expect(runtimeImports("import { type A } from './a.ts';", from).map((file) => relative(root, file))).toEqual(['src/site/a.ts']);
  });
});
