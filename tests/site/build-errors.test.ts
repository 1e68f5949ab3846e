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

  it('says in one line which field of which file broke the schema', () => {
    expect(build.output).toContain('content/articles/broken-dateline.md: dateline: Invalid input: expected array, received string\n');
  });

  it('says nothing about the extraction the build computes', () => {
    expect(build.output).not.toMatch(/extraction/);
  });

  it('prints no stack trace, which would bury the one line that matters', () => {
    expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
  });
});

/** A valid entry, written twice under the name café: composed (NFC) and decomposed (NFD). */
const CAFE_ENTRY = `---
title: Cafe owners meet the mayor
dateline: [Valletta]
caption: null
source: raw/cafe.txt
removed: []
---
Cafe owners met the mayor on Tuesday.
`;

describe('two article files that would become one page', () => {
  let project: string;
  let build: BuildResult;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'newsgraph-collision-'));
    await copyProject(project);
    await mkdir(join(project, 'content', 'articles'), { recursive: true });
    await writeFile(join(project, 'content', 'articles', 'caf\u00e9.md'), CAFE_ENTRY);
    await writeFile(join(project, 'content', 'articles', 'cafe\u0301.md'), CAFE_ENTRY);
    build = await runAstroBuild(project, join(project, 'dist'));
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('fails the build', () => {
    expect(build.exitCode).not.toBe(0);
  });

  it('names both files and the page they would share', () => {
    expect(build.output).toContain('content/articles/cafe\u0301.md (NFD) and content/articles/caf\u00e9.md both become /articles/caf\u00e9/; rename one');
  });
});
