// @ts-check
import { defineConfig } from 'astro/config';
import newsgraph from './src/integration/index.ts';

export default defineConfig({
  // newsgraph() owns the settings the pages and links depend on (build format,
  // trailing slashes, the markdown processor, the one stylesheet): see
  // src/integration/settings.ts. Setting them here as well is refused.
  integrations: [newsgraph()],
  devToolbar: { enabled: false },
});
