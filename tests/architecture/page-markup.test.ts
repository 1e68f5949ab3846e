/**
 * The article, entity and speaker pages are markup only: their data is built once per
 * page by a typed builder (src/site/route-data.ts), so a page's frontmatter
 * imports components, its layout, the builder and constants, and works out
 * no href or text itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The `---` fenced frontmatter of an Astro file. */
function frontmatterOf(source: string): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return match?.[1] ?? '';
}

function importedModules(code: string): string[] {
  return [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

/** What a markup-only page may import. */
const ALLOWED = [/^\.\.\/\.\.\/components\/[A-Za-z]+\.astro$/, /^\.\.\/\.\.\/layouts\/[A-Za-z]+\.astro$/, /^\.\.\/\.\.\/site\/route-data\.ts$/, /^\.\.\/\.\.\/graph\/anchors\.ts$/];

describe.each(['src/pages/articles/[slug].astro', 'src/pages/entities/[slug].astro', 'src/pages/speakers/[slug].astro'])('%s', (page) => {
  const code = frontmatterOf(readFileSync(join(root, page), 'utf8'));

  test('imports only components, a layout, the route data builder and anchor constants', () => {
    expect(importedModules(code).filter((specifier) => !ALLOWED.some((allowed) => allowed.test(specifier)))).toEqual([]);
  });

  test('builds its data with one call of the route data builder', () => {
    expect(code.match(/await \w+RouteData\(Astro\.props(?:, Astro\.site)?\)/g)).toHaveLength(1);
  });
});
