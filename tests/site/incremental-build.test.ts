import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtureArticles, copyProject, runAstroBuild, runSiteBuild, type BuildResult } from './support/project.ts';
import { digestTree } from './support/digest-tree.ts';

/** The fixture article the edit changes, and the change: one word of its first paragraph. */
const EDITED = join('content', 'articles', 'baltic-ferry-strike-ends.md');
const BEFORE = 'A three-day ferry strike';
const AFTER = 'A four-day ferry strike';

/** A page that fails while Astro writes pages (routes render in order, so this one comes late). */
const BROKEN_PAGE = join('src', 'pages', 'zz-broken.astro');
const BROKEN_PAGE_TEXT = `---
throw new Error('deliberate failure while rendering a page');
---
<p>never rendered</p>
`;

/** A second change, for a third build: one article goes and another changes. */
const DELETED = join('content', 'articles', 'lerwick-quay-closed.md');
const SECOND_EDITED = join('content', 'articles', 'port-security-bill.md');
/** A file in public/ the first builds copy and the third must not keep. */
const EXTRA_PUBLIC = join('public', 'notice.txt');

async function secondChange(project: string): Promise<void> {
  await unlink(join(project, DELETED));
  const file = join(project, SECOND_EDITED);
  await writeFile(file, `${await readFile(file, 'utf8')}\nThe committee meets again on Friday.\n`);
  await unlink(join(project, EXTRA_PUBLIC));
}

async function editArticle(project: string): Promise<void> {
  const file = join(project, EDITED);
  const text = await readFile(file, 'utf8');
  if (!text.includes(BEFORE)) throw new Error(`${file} no longer holds "${BEFORE}": pick another edit`);
  await writeFile(file, text.replace(BEFORE, AFTER));
}

const projects: string[] = [];

async function projectWithFixtures(prefix: string): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), prefix));
  projects.push(project);
  await copyProject(project);
  await addFixtureArticles(project);
  return project;
}

async function build(project: string): Promise<BuildResult> {
  const result = await runSiteBuild(project);
  if (result.exitCode !== 0) throw new Error(`npm run build failed in ${project} (exit ${result.exitCode}):\n${result.output}`);
  return result;
}

async function astroBuild(project: string): Promise<BuildResult> {
  const result = await runAstroBuild(project, 'dist');
  if (result.exitCode !== 0) throw new Error(`astro build failed in ${project} (exit ${result.exitCode}):\n${result.output}`);
  return result;
}

/** The output files Astro reused from its last build instead of rendering, as its log names them. */
function restored(result: BuildResult): string[] {
  return [...result.output.matchAll(/ (\/\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
}

/** The output files Astro kept where they were (already in its outDir), as its log names them. */
function kept(result: BuildResult): string[] {
  return [...result.output.matchAll(/ (\/\S+) \(cached\)/g)].map((match) => match[1]!);
}

afterAll(async () => {
  for (const project of projects) await rm(project, { recursive: true, force: true });
});

describe('a rebuild after a one-article edit', () => {
  let rebuild: BuildResult;
  let rebuilt: Record<string, string>;
  let cold: Record<string, string>;

  beforeAll(async () => {
    const project = await projectWithFixtures('newsgraph-incremental-');
    await build(project);
    await editArticle(project);
    rebuild = await build(project);
    rebuilt = await digestTree(join(project, 'dist'));

    const fresh = await projectWithFixtures('newsgraph-incremental-cold-');
    await editArticle(fresh);
    await build(fresh);
    cold = await digestTree(join(fresh, 'dist'));
  }, 600_000);

  it('writes a dist/ byte-identical to a cold build of the edited content', () => {
    expect(rebuilt).toEqual(cold);
  });

  it('copies the pages the edit does not reach from the last build', () => {
    expect(restored(rebuild)).toContain('/articles/grain-corridor-review/index.html');
  });

  it('renders the edited article again', () => {
    expect(restored(rebuild)).not.toContain('/articles/baltic-ferry-strike-ends/index.html');
    expect(rebuild.output).toContain('/articles/baltic-ferry-strike-ends/index.html');
  });
});

describe('a build after a failed build', () => {
  let afterFailure: BuildResult;

  beforeAll(async () => {
    const project = await projectWithFixtures('newsgraph-incremental-failed-');
    await build(project);
    await writeFile(join(project, BROKEN_PAGE), BROKEN_PAGE_TEXT);
    const failed = await runSiteBuild(project);
    if (failed.exitCode === 0) throw new Error(`the build with ${BROKEN_PAGE} succeeded:\n${failed.output}`);
    await unlink(join(project, BROKEN_PAGE));
    afterFailure = await build(project);
  }, 600_000);

  it('renders every page again: what Astro cached before it stopped is not trusted', () => {
    expect(restored(afterFailure)).toEqual([]);
  });
});

describe('a third build, into the site before the last one', () => {
  let third: BuildResult;
  let rebuilt: Record<string, string>;
  let cold: Record<string, string>;

  beforeAll(async () => {
    const project = await projectWithFixtures('newsgraph-incremental-spare-');
    await writeFile(join(project, EXTRA_PUBLIC), 'closed for the holiday\n');
    await build(project);
    await editArticle(project);
    await build(project);
    await secondChange(project);
    third = await build(project);
    rebuilt = await digestTree(join(project, 'dist'));

    const fresh = await projectWithFixtures('newsgraph-incremental-spare-cold-');
    await writeFile(join(fresh, EXTRA_PUBLIC), 'closed for the holiday\n');
    await editArticle(fresh);
    await secondChange(fresh);
    await build(fresh);
    cold = await digestTree(join(fresh, 'dist'));
  }, 600_000);

  it('builds into the kept site, brought up to date', () => {
    expect(third.output).toMatch(/npm run build: building into the last site but one \(\.dist-spare\), brought up to date: \d+ file\(s\) copied, 0 removed/);
  });

  it('keeps the untouched pages where they are instead of copying them', () => {
    expect(kept(third)).toContain('/articles/grain-corridor-review/index.html');
    expect(third.output).not.toContain('(restored)');
  });

  it('writes a dist/ byte-identical to a cold build: the deleted article and the removed public file are gone', () => {
    expect(rebuilt['articles/lerwick-quay-closed/index.html']).toBeUndefined();
    expect(rebuilt['notice.txt']).toBeUndefined();
    expect(rebuilt).toEqual(cold);
  });
});

describe('astro build into the dist/ of the last astro build (what npm run bench:build times)', () => {
  let second: BuildResult;
  let rebuilt: Record<string, string>;
  let cold: Record<string, string>;

  beforeAll(async () => {
    const project = await projectWithFixtures('newsgraph-incremental-direct-');
    await writeFile(join(project, EXTRA_PUBLIC), 'closed for the holiday\n');
    await astroBuild(project);
    await editArticle(project);
    await secondChange(project);
    second = await astroBuild(project);
    rebuilt = await digestTree(join(project, 'dist'));

    const fresh = await projectWithFixtures('newsgraph-incremental-direct-cold-');
    await writeFile(join(fresh, EXTRA_PUBLIC), 'closed for the holiday\n');
    await editArticle(fresh);
    await secondChange(fresh);
    await astroBuild(fresh);
    cold = await digestTree(join(fresh, 'dist'));
  }, 600_000);

  it('keeps the untouched pages in dist/', () => {
    expect(kept(second)).toContain('/articles/grain-corridor-review/index.html');
    expect(second.output).not.toContain('(restored)');
  });

  it('says what it removed because no route wrote it this time', () => {
    expect(second.output).toMatch(/\[newsgraph\] removed \d+ file\(s\) no route wrote this time: .*articles\/lerwick-quay-closed\/index\.html/);
  });

  it('writes a dist/ byte-identical to a cold build: the deleted article and the removed public file are gone', () => {
    expect(rebuilt).toEqual(cold);
  });
});

describe('astro build after an astro build that failed', () => {
  let afterFailure: BuildResult;

  beforeAll(async () => {
    const project = await projectWithFixtures('newsgraph-incremental-direct-failed-');
    await astroBuild(project);
    await writeFile(join(project, BROKEN_PAGE), BROKEN_PAGE_TEXT);
    const failed = await runAstroBuild(project, 'dist');
    if (failed.exitCode === 0) throw new Error(`the build with ${BROKEN_PAGE} succeeded:\n${failed.output}`);
    await unlink(join(project, BROKEN_PAGE));
    afterFailure = await astroBuild(project);
  }, 600_000);

  it('renders every page again: no finished build vouches for what the failed one left', () => {
    expect(afterFailure.output).toContain('no finished build vouches for the pages Astro cached');
    expect(restored(afterFailure)).toEqual([]);
  });
});
