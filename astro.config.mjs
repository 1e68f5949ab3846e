// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  // News text must reach the page exactly as written: smartypants would turn
  // straight quotes into curly ones and change what the extraction saw.
  markdown: {
    processor: unified({ smartypants: false }),
  },
  build: {
    // Each page is written to <route>/index.html; src/site/paths.ts relies on this.
    format: 'directory',
    // dist/ must read from disk over file://, where root-relative /_astro/ URLs break.
    inlineStylesheets: 'always',
  },
  // Pages link with explicit index.html hrefs (src/site/paths.ts); keep the dev server from redirecting them.
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
