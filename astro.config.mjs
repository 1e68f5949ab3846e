// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

// News text must reach the page exactly as written: smartypants would turn
// straight quotes into curly ones and change what the extraction saw.
export default defineConfig({
  markdown: {
    processor: unified({ smartypants: false }),
  },
});
