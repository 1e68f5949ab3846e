import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { configConflicts, type CheckStage, type CheckedConfig } from './config-check.ts';
import { SITE_SETTINGS } from './settings.ts';
import { strayStylesheets, stylesheetFile, stylesheetModulePlugin, stylesheetVersion } from './stylesheet.ts';

/**
 * The newsgraph site's Astro integration: it owns the settings the site's
 * pages and links depend on (src/integration/settings.ts), refuses a config
 * that contradicts them, and serves the one stylesheet's version to the pages.
 * astro.config.mjs lists it and keeps only site-specific settings.
 */
export default function newsgraph(): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'newsgraph',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        assertNoConflicts(config, 'user');
        const stylesheet = stylesheetFile(config.publicDir);
        // Fails here, naming the file, rather than as a broken link in every page.
        await stylesheetVersion(stylesheet);
        updateConfig({
          build: { format: SITE_SETTINGS.buildFormat, inlineStylesheets: SITE_SETTINGS.inlineStylesheets },
          trailingSlash: SITE_SETTINGS.trailingSlash,
          // Unchanged pages are copied from the last build: their cacheKey (src/site/page-cache-key.ts) and code are the same.
          experimental: { incrementalBuild: SITE_SETTINGS.incrementalBuild },
          // The reused pages live in the cache folder: one per project, even for temp copies that share node_modules by symlink.
          cacheDir: new URL(SITE_SETTINGS.cacheDir, config.root),
          // A unified() processor from astro.config.mjs passed the check and keeps its plugins.
          ...(config.markdown.processor.name === 'unified'
            ? {}
            : { markdown: { processor: unified({ smartypants: SITE_SETTINGS.smartypants }) } }),
          vite: { plugins: [stylesheetModulePlugin(stylesheet)] },
        });
      },
      'astro:config:done': ({ config }) => {
        // Another integration may have changed the settings after this one applied them.
        assertNoConflicts(config, 'final');
        assetsFolder = config.build.assets;
      },
      'astro:build:done': async ({ dir }) => {
        const stray = await strayStylesheets(dir, assetsFolder);
        if (stray.length > 0) {
          throw new Error(
            `newsgraph(): the build wrote CSS besides public/${SITE_SETTINGS.stylesheetRoute}: ${stray.join(', ')}. ` +
              `A component or page has a <style> block or imports CSS; move those rules into public/${SITE_SETTINGS.stylesheetRoute}.`,
          );
        }
      },
    },
  };
}

function assertNoConflicts(config: CheckedConfig, stage: CheckStage): void {
  const conflicts = configConflicts(config, stage);
  if (conflicts.length === 0) return;
  const problem =
    stage === 'user'
      ? 'astro.config.mjs conflicts with the settings the site needs; leave them to newsgraph() (src/integration/settings.ts)'
      : 'the Astro config after every integration ran conflicts with the settings the site needs (src/integration/settings.ts)';
  throw new Error(`newsgraph(): ${problem}:\n- ${conflicts.join('\n- ')}`);
}
