import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import newsgraph from '../../src/integration/index.ts';
import { SITE_SETTINGS } from '../../src/integration/settings.ts';
import { STYLESHEET_MODULE } from '../../src/integration/stylesheet.ts';

type Hooks = AstroIntegration['hooks'];
type SetupOptions = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type DoneOptions = Parameters<NonNullable<Hooks['astro:config:done']>>[0];
type BuildDoneOptions = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

const CSS = 'body { font-family: serif; }\n';

let project: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-integration-'));
  await mkdir(join(project, 'public', 'styles'), { recursive: true });
  await writeFile(join(project, 'public', 'styles', 'site.css'), CSS);
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

/** The parts of a resolved AstroConfig the integration reads, as Astro resolves an empty astro.config.mjs. */
function userConfig() {
  return {
    root: pathToFileURL(`${project}/`),
    publicDir: pathToFileURL(`${project}/public/`),
    build: { format: 'directory', inlineStylesheets: 'auto', assets: '_astro' },
    trailingSlash: 'ignore',
    markdown: { processor: { name: 'satteri', options: {} } },
  };
}

/** Runs astro:config:setup with a fake updateConfig that records what the integration asked for. */
async function setup(config: ReturnType<typeof userConfig>): Promise<Record<string, unknown>[]> {
  const updates: Record<string, unknown>[] = [];
  const options = {
    config,
    command: 'build',
    updateConfig: (update: Record<string, unknown>) => {
      updates.push(update);
      return config;
    },
  };
  // The hook reads only config and updateConfig; the rest of Astro's options would be noise here.
  await newsgraph().hooks['astro:config:setup']?.(options as unknown as SetupOptions);
  return updates;
}

function stylesheetPlugin(update: Record<string, unknown> | undefined): Plugin {
  const plugins = (update?.vite as { plugins: Plugin[] }).plugins;
  expect(plugins.map((plugin) => plugin.name)).toEqual(['newsgraph:stylesheet']);
  return plugins[0] as Plugin;
}

describe('newsgraph() at astro:config:setup', () => {
  it('sets the build format, trailing slashes and stylesheet handling from SITE_SETTINGS, in one update', async () => {
    const [update, ...more] = await setup(userConfig());
    expect(more).toEqual([]);
    expect(update?.build).toEqual({ format: SITE_SETTINGS.buildFormat, inlineStylesheets: SITE_SETTINGS.inlineStylesheets });
    expect(update?.trailingSlash).toBe(SITE_SETTINGS.trailingSlash);
  });

  it("replaces Astro's default markdown processor with unified() and smartypants off", async () => {
    const [update] = await setup(userConfig());
    const processor = (update?.markdown as { processor: { name: string; options: { smartypants: unknown } } }).processor;
    expect(processor.name).toBe('unified');
    expect(processor.options.smartypants).toBe(false);
  });

  it('keeps a unified() processor from astro.config.mjs that has smartypants off, with its plugins', async () => {
    const config = userConfig();
    config.markdown.processor = { name: 'unified', options: { smartypants: false, remarkPlugins: ['remark-x'] } };
    const [update] = await setup(config);
    expect(update).not.toHaveProperty('markdown');
  });

  it('refuses a conflicting build.format before changing anything, naming astro.config.mjs and the setting', async () => {
    const config = userConfig();
    config.build.format = 'file';
    const updates: unknown[] = [];
    await expect(setup(config).then((made) => updates.push(...made))).rejects.toThrow(
      "newsgraph(): astro.config.mjs conflicts with the settings the site needs; leave them to newsgraph() (src/integration/settings.ts):\n" +
        "- build.format is 'file', but the site needs 'directory'",
    );
    expect(updates).toEqual([]);
  });

  it('fails naming the stylesheet file when public/ has none', async () => {
    await rm(join(project, 'public', 'styles', 'site.css'));
    await expect(setup(userConfig())).rejects.toThrow(
      `newsgraph(): cannot read the site's stylesheet ${join(project, 'public', 'styles', 'site.css')}`,
    );
  });

  it("serves the stylesheet's digest to the pages as virtual:newsgraph/stylesheet", async () => {
    const plugin = stylesheetPlugin((await setup(userConfig()))[0]);
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => Promise<string | undefined>;
    const resolved = resolveId(STYLESHEET_MODULE);
    expect(resolved).toBeDefined();
    expect(resolveId('./other.ts')).toBeUndefined();

    const code = await load(resolved as string);
    const digest = createHash('sha256').update(CSS).digest('hex').slice(0, 10);
    expect(code).toBe(`export const stylesheetVersion = "${digest}";`);
  });
});

describe('newsgraph() at astro:config:done', () => {
  it('refuses a final config in which another integration changed build.format back', () => {
    const config = {
      build: { format: 'file', inlineStylesheets: 'never', assets: '_astro' },
      trailingSlash: 'ignore',
      markdown: { processor: { name: 'unified', options: { smartypants: false } } },
    };
    const done = () => newsgraph().hooks['astro:config:done']?.({ config } as unknown as DoneOptions);
    expect(done).toThrow(
      "newsgraph(): the Astro config after every integration ran conflicts with the settings the site needs (src/integration/settings.ts):\n" +
        "- build.format is 'file'",
    );
  });
});

describe('newsgraph() at astro:build:done', () => {
  async function buildDone(dist: string): Promise<void> {
    await newsgraph().hooks['astro:build:done']?.({ dir: pathToFileURL(`${dist}/`) } as unknown as BuildDoneOptions);
  }

  it('passes a build whose only CSS is the static stylesheet', async () => {
    const dist = join(project, 'dist');
    await mkdir(join(dist, 'styles'), { recursive: true });
    await writeFile(join(dist, 'styles', 'site.css'), CSS);
    await expect(buildDone(dist)).resolves.toBeUndefined();
  });

  it('fails a build in which a component brought CSS of its own, naming the file', async () => {
    const dist = join(project, 'dist');
    await mkdir(join(dist, '_astro'), { recursive: true });
    await writeFile(join(dist, '_astro', 'ArticleMeta.Bx1c2d.css'), 'p{color:red}');
    await writeFile(join(dist, '_astro', 'photo.Cq9z.webp'), '');
    await expect(buildDone(dist)).rejects.toThrow(
      'newsgraph(): the build wrote CSS besides public/styles/site.css: _astro/ArticleMeta.Bx1c2d.css. ' +
        'A component or page has a <style> block or imports CSS; move those rules into public/styles/site.css.',
    );
  });
});
