import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../site/support/project.ts';

const searchDir = join(repoRoot, 'src', 'search');

/** Every module specifier a file imports or re-exports from, static or dynamic. */
function importsOf(source: string): string[] {
  const pattern = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

describe('src/search', () => {
  it('imports nothing from Astro, so the index is built and tested as plain TypeScript', () => {
    const astroImports = readdirSync(searchDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        importsOf(readFileSync(join(searchDir, name), 'utf8'))
          .filter((specifier) => /^astro(?::|\/|$)/.test(specifier) || specifier.endsWith('.astro') || specifier.endsWith('site-graph.ts'))
          .map((specifier) => `${relative(repoRoot, join(searchDir, name))}: ${specifier}`),
      );
    expect(astroImports).toEqual([]);
  });
});
