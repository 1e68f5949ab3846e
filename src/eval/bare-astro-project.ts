/**
 * The files of a bare Astro site over the benchmark's articles: the floor
 * the full site's build is compared with in scripts/bench-build.ts. Astro
 * defaults throughout — a glob() loader over content/articles/*.md, a
 * schema that accepts any frontmatter, one page per entry rendered with
 * render() and Astro's default markdown pipeline.
 */

/** Relative path -> file text. content/articles/ is not included: the benchmark writes the entries. */
export type ProjectFiles = Record<string, string>;

export const BARE_ARTICLES_BASE = 'content/articles';

export function bareAstroProjectFiles(): ProjectFiles {
  return {
    'package.json': `${JSON.stringify({ name: 'bench-build-bare', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': ["import { defineConfig } from 'astro/config';", '', 'export default defineConfig({});', ''].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      '// Any frontmatter is accepted and kept: the bare site validates nothing.',
      'const articles = defineCollection({',
      `  loader: glob({ pattern: '*.md', base: '${BARE_ARTICLES_BASE}' }),`,
      '  schema: z.looseObject({}),',
      '});',
      '',
      'export const collections = { articles };',
      '',
    ].join('\n'),
    'src/pages/articles/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const articles = await getCollection('articles');",
      '  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      '',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const title = typeof entry.data.title === "string" ? entry.data.title : entry.id;',
      '---',
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>{title}</title></head>',
      '  <body>',
      '    <article><h1>{title}</h1><Content /></article>',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
  };
}
