/**
 * Imports run one way: the renderer (src/render) reads the graph's types and
 * helpers, so the graph (src/graph) must never import the renderer, or the
 * two would form a cycle. A plain scan of the graph's source files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const graphDir = join(root, 'src/graph');
const renderDir = join(root, 'src/render');

/** Every module specifier in `source`: static imports and re-exports, side-effect imports and dynamic `import()`. */
function importSpecifiers(source: string): string[] {
  const pattern = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

/** Whether `specifier`, imported from the file `from`, points into src/render. */
function pointsIntoRender(from: string, specifier: string): boolean {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return false;
  const target = relative(renderDir, resolve(dirname(from), specifier));
  return target === '' || !target.startsWith('..');
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `file: specifier` for every import of a graph file that points into src/render. */
function renderImportsIn(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    importSpecifiers(read(file))
      .filter((specifier) => pointsIntoRender(file, specifier))
      .map((specifier) => `${relative(root, file)}: ${specifier}`),
  );
}

describe('src/graph never imports src/render', () => {
  test('no graph source file imports a renderer module', () => {
    const files = typeScriptFiles(graphDir);
    expect(files.length).toBeGreaterThan(10);
    expect(renderImportsIn(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('the scan catches every way of importing a renderer module', () => {
    const file = join(graphDir, 'example.ts');
    const source = [
      "import { quoteAnchor } from '../render/anchors.ts';",
      "import type { BodyLinks } from '../render/render-article-body.ts';",
      "export { layer } from '../render/layers.ts';",
      "import '../render/sanitize-schema.ts';",
      "const later = await import('../render/verbatim-text.ts');",
      'import {\n  one,\n  two,\n} from "../render/remark-annotate.ts";',
      "import { sentences } from './sentences.ts';",
      "import { unified } from 'unified';",
      "import { renderer } from '../rendering/other.ts';",
    ].join('\n');
    expect(renderImportsIn([file], () => source)).toEqual([
      'src/graph/example.ts: ../render/anchors.ts',
      'src/graph/example.ts: ../render/render-article-body.ts',
      'src/graph/example.ts: ../render/layers.ts',
      'src/graph/example.ts: ../render/sanitize-schema.ts',
      'src/graph/example.ts: ../render/verbatim-text.ts',
      'src/graph/example.ts: ../render/remark-annotate.ts',
    ]);
  });
});

/** `file: specifier` for every relative import of `files` that leaves `allowedDir` for one of `forbidden`. */
function importsInto(files: readonly string[], forbidden: readonly string[]): string[] {
  return files.flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const target = resolve(dirname(file), specifier);
        return forbidden.some((dir) => !relative(join(root, dir), target).startsWith('..'));
      })
      .map((specifier) => `${relative(root, file)}: ${specifier}`),
  );
}

// Data flows one way: raw text -> ingest -> entry -> extraction -> graph -> pages. A module may
// read the layers before it, never the ones after it, so each layer is testable alone.
describe.each([
  { layer: 'src/extract', forbidden: ['src/ingest', 'src/content', 'src/graph', 'src/render', 'src/site', 'src/pages', 'src/components', 'src/search', 'src/learn'] },
  { layer: 'src/ingest', forbidden: ['src/content', 'src/graph', 'src/render', 'src/site', 'src/pages', 'src/components', 'src/search'] },
  { layer: 'src/content', forbidden: ['src/pages', 'src/components', 'src/search', 'src/learn'] },
  { layer: 'src/graph', forbidden: ['src/render', 'src/site', 'src/pages', 'src/components', 'src/search'] },
])('$layer imports no later layer', ({ layer, forbidden }) => {
  test('no source file of the layer imports a module of a later one', () => {
    const files = typeScriptFiles(join(root, layer));
    expect(files.length).toBeGreaterThan(5);
    expect(importsInto(files, forbidden)).toEqual([]);
  });
});

// An editor's override fixes one article's extraction, so the content layer applies it when it
// loads that article; the graph only ever sees extractions with their overrides applied.
describe('editor overrides are applied by the content layer, not by the cross-article graph', () => {
  test('the module that applies them lives in src/content', () => {
    expect(existsSync(join(root, 'src/content/apply-overrides.ts'))).toBe(true);
  });

  test('no graph module applies them or imports the module that does', () => {
    const files = typeScriptFiles(graphDir);
    expect(files.filter((file) => /\bapplyOverrides\b/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file))).toEqual([]);
    expect(importsInto(files, ['src/content/apply-overrides.ts'])).toEqual([]);
  });
});
