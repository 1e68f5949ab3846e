import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstroBuild, type BuildResult } from './support/project.ts';

/** Valid except that the dateline is one string where the schema wants a list. */
const BROKEN_ENTRY = `---
title: Harbour talks end without a deal
dateline: Valletta
caption: null
source: raw/harbour-talks.txt
removed: []
---
Negotiators ended two days of talks on Tuesday.
`;

describe('an article entry that breaks the schema', () => {
  let project: string;
  let build: BuildResult;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'newsgraph-broken-'));
    await copyProject(project);
    await mkdir(join(project, 'content', 'articles'), { recursive: true });
    await writeFile(join(project, 'content', 'articles', 'broken-dateline.md'), BROKEN_ENTRY);
    build = await runAstroBuild(project, join(project, 'dist'));
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('fails the build', () => {
    expect(build.exitCode).not.toBe(0);
  });

  it('names the file of the broken entry', () => {
    expect(build.output).toContain('content/articles/broken-dateline.md');
  });

  it('names the field that broke the schema', () => {
    expect(build.output).toMatch(/dateline\b.*Expected type `"array"`/);
  });
});
