/**
 * Every file in src/pages is markup only: its data is built once per page by
 * a typed builder, reached through the route data glue (src/site/route-data-*.ts,
 * one module per family of pages; route-imports.test.ts checks that a route
 * reaches no other family's builder), so a page's frontmatter imports
 * components, its layout, the glue and constants, and works out no href or
 * text itself. An endpoint (`.ts`) imports Astro's types and the glue only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(root, 'src/pages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const pages = filesUnder(pagesDir).map((file) => relative(root, file)).sort();

/** The `---` fenced frontmatter of an Astro file. */
function frontmatterOf(source: string): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return match?.[1] ?? '';
}

function importedModules(code: string): string[] {
  return [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

const ROUTE_DATA = /^(?:\.\.\/)+site\/route-data(?:-[a-z]+)?\.ts$/;

/** What a markup-only page may import. */
const PAGE_ALLOWED = [/^(?:\.\.\/)+components\/[A-Za-z]+\.astro$/, /^(?:\.\.\/)+layouts\/[A-Za-z]+\.astro$/, ROUTE_DATA, /^(?:\.\.\/)+graph\/anchors\.ts$/];

/** What an endpoint may import: Astro's types and the route data glue. */
const ENDPOINT_ALLOWED = [/^astro$/, ROUTE_DATA];

/** `getStaticPaths`, when a page has one, hands over to the glue and does nothing else. */
const STATIC_PATHS = /export (?:async )?function getStaticPaths\(\) \{\n {2}return \w+StaticPaths\(\);\n\}/;

const astroPages = pages.filter((page) => page.endsWith('.astro'));
const endpoints = pages.filter((page) => !page.endsWith('.astro'));

test('src/pages holds the pages and endpoints this test covers, and nothing else', () => {
  expect(astroPages.length).toBeGreaterThanOrEqual(14);
  expect(endpoints.length).toBeGreaterThanOrEqual(6);
  expect(pages.filter((page) => !/\.(?:astro|ts)$/.test(page))).toEqual([]);
});

describe.each(astroPages)('%s', (page) => {
  const code = frontmatterOf(readFileSync(join(root, page), 'utf8'));

  test('imports only components, a layout, the route data glue and anchor constants', () => {
    expect(importedModules(code).filter((specifier) => !PAGE_ALLOWED.some((allowed) => allowed.test(specifier)))).toEqual([]);
  });

  test('builds its data with one call of the route data glue', () => {
    expect(code.match(/\b\w+RouteData\((?:Astro\.props|Astro\.site|Astro\.props, Astro\.site)?\)/g)).toHaveLength(1);
  });

  test('takes its paths, if it has any, from the route data glue', () => {
    if (code.includes('getStaticPaths')) expect(code).toMatch(STATIC_PATHS);
  });
});

describe.each(endpoints)('%s', (endpoint) => {
  const code = readFileSync(join(root, endpoint), 'utf8');

  test("imports only Astro's types and the route data glue", () => {
    expect(importedModules(code).filter((specifier) => !ENDPOINT_ALLOWED.some((allowed) => allowed.test(specifier)))).toEqual([]);
    expect(code).toMatch(/import type \{[^}]*\} from 'astro';/);
  });

  test('takes its paths, if it has any, from the route data glue', () => {
    if (code.includes('getStaticPaths')) expect(code).toMatch(STATIC_PATHS);
  });
});
