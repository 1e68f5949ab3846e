import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstroBuild } from '../site/support/project.ts';

let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'newsgraph-astro-config-'));
  await copyProject(project);
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('astro build with newsgraph() in astro.config.mjs', () => {
  it('stops before building when astro.config.mjs sets another build.format, saying which setting and why', async () => {
    const config = await readFile(join(project, 'astro.config.mjs'), 'utf8');
    const conflicting = config.replace('integrations: [newsgraph()],', "integrations: [newsgraph()],\n  build: { format: 'file' },");
    expect(conflicting).not.toBe(config);
    await writeFile(join(project, 'astro.config.mjs'), conflicting);

    const { exitCode, output } = await runAstroBuild(project, join(project, 'dist'));
    expect(exitCode).not.toBe(0);
    expect(output).toContain('newsgraph(): astro.config.mjs conflicts with the settings the site needs; leave them to newsgraph()');
    expect(output).toContain("build.format is 'file', but the site needs 'directory'");
    expect(output).not.toContain('page(s) built');
  }, 60_000);
});
