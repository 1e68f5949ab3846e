import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtureArticles, copyProject, runSiteBuild, type BuildResult } from './support/project.ts';
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

/** The output files Astro reused from its last build instead of rendering, as its log names them. */
function restored(result: BuildResult): string[] {
  return [...result.output.matchAll(/ (\/\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
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
