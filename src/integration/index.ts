import { unified } from '@astrojs/markdown-remark';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { configConflicts, type CheckStage, type CheckedConfig } from './config-check.ts';
import { fileSystemNow, forgetManifest, forgetStamp, manifestFile, outputTrust, pruneOutputs, writeStamp } from './output-reuse.ts';
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
  let output: OutputPlan | undefined;
  return {
    name: 'newsgraph',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        assertNoConflicts(config, 'user');
        const stylesheet = stylesheetFile(config.publicDir);
        // Fails here, naming the file, rather than as a broken link in every page.
        await stylesheetVersion(stylesheet);
        output = command === 'build' ? planOutput(config, logger) : undefined;
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
          vite: {
            plugins: [stylesheetModulePlugin(stylesheet)],
            // The pages the last build wrote stay, so Astro keeps them instead of copying them back (output-reuse.ts).
            ...(output?.keep === true ? { build: { emptyOutDir: false } } : {}),
          },
        });
      },
      'astro:config:done': ({ config }) => {
        // Another integration may have changed the settings after this one applied them.
        assertNoConflicts(config, 'final');
        assetsFolder = config.build.assets;
        if (output?.keep === true && resolve(fileURLToPath(config.outDir)) !== output.outDir) {
          throw new Error(`newsgraph(): outDir changed to ${resolve(fileURLToPath(config.outDir))} after newsgraph() chose to keep the pages in ${output.outDir}`);
        }
      },
      'astro:build:start': () => {
        if (output === undefined) return;
        output.since = fileSystemNow(output.cacheDir);
        // From here on Astro rewrites pages and cached copies; only a build that finishes vouches for them again.
        forgetStamp(output.cacheDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (output?.keep === true && output.since !== undefined && assets !== undefined) {
          const outDir = fileURLToPath(dir);
          const routeFiles = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/'));
          const pruned = pruneOutputs({ outDir, routeFiles, publicDir: output.publicDir, since: output.since });
          if (pruned.length > 0) logger.info(`removed ${pruned.length} file(s) no route wrote this time: ${pruned.slice(0, 3).join(', ')}${pruned.length > 3 ? ', …' : ''}`);
        }
        const stray = await strayStylesheets(dir, assetsFolder);
        if (stray.length > 0) {
          throw new Error(
            `newsgraph(): the build wrote CSS besides public/${SITE_SETTINGS.stylesheetRoute}: ${stray.join(', ')}. ` +
              `A component or page has a <style> block or imports CSS; move those rules into public/${SITE_SETTINGS.stylesheetRoute}.`,
          );
        }
        if (output !== undefined) writeStamp(output.cacheDir, fileURLToPath(dir));
      },
    },
  };
}

/** What a build does with what the last build left (src/integration/output-reuse.ts). */
interface OutputPlan {
  cacheDir: string;
  outDir: string;
  publicDir: string;
  /** The outDir's pages are the last finished build's: Astro does not empty it, and the build prunes what it no longer writes. */
  keep: boolean;
  /** When this build started writing, by the file system's clock. */
  since?: number;
}

interface PlanConfig {
  root: URL;
  outDir?: URL;
  publicDir: URL;
}

function planOutput(config: PlanConfig, logger: AstroIntegrationLogger): OutputPlan | undefined {
  if (!SITE_SETTINGS.incrementalBuild || config.outDir === undefined) return undefined;
  const cacheDir = fileURLToPath(new URL(SITE_SETTINGS.cacheDir, config.root));
  const outDir = fileURLToPath(config.outDir);
  const trust = outputTrust(cacheDir, outDir);
  if (trust === 'none' && existsSync(manifestFile(cacheDir))) {
    logger.info('no finished build vouches for the pages Astro cached (a build stopped midway?): every page is rendered');
    forgetManifest(cacheDir);
  }
  return { cacheDir, outDir: resolve(outDir), publicDir: fileURLToPath(config.publicDir), keep: trust === 'outDir' };
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
