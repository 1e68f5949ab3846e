import { readdir, readFile, rename, rm, writeFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/graph/slugs.ts';
import { copyProject, runAstroBuild, type BuildResult } from './support/project.ts';

const entry = (title: string, body: string): string =>
  `---\ntitle: ${title}\ndateline: []\ncaption: null\nsource: raw/invented.txt\nremoved: []\n---\n\n${body}\n`;

/** A scraped line of 45 Title-Case words, which an editor named as a quote's speaker. */
const LONG_LINE = [
  'Ministry Of Foreign Affairs Announces New Regional Cooperation Framework For Maritime Security Trade Energy',
  'Infrastructure Development Cultural Exchange Programs Student Visa Reform Agricultural Export Quotas Fisheries',
  'Management Environmental Protection Standards Digital Economy Partnership Agreement Customs Harmonization Border',
  'Control Procedures Tourism Promotion Health Research Funding Joint Naval',
].join(' ');

/**
 * The extraction caps the names it finds, but an editor's speaker override
 * takes any name as written: this one becomes an entity and a speaker page.
 */
const LONG_SPEAKER_ENTRY = `---
title: Ministry statement
dateline: []
caption: null
source: raw/invented.txt
removed: []
quotes:
  - match: We will wait
    speaker: ${LONG_LINE}
---

"We will wait," the spokesman said.
`;

async function projectWith(articles: Record<string, string>): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'newsgraph-article-errors-'));
  await copyProject(project);
  const folder = join(project, 'content', 'articles');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(articles)) await writeFile(join(folder, name), text);
  return project;
}

describe('an article whose quote an editor gives to a 45-word name', () => {
  let project: string;
  let build: BuildResult;

  beforeAll(async () => {
    project = await projectWith({ 'ministry-line.md': LONG_SPEAKER_ENTRY });
    build = await runAstroBuild(project, join(project, 'dist'));
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.output).not.toContain('ENAMETOOLONG');
    expect(build.exitCode).toBe(0);
  });

  it('writes the speaker and entity pages to a folder of at most 80 bytes', async () => {
    for (const section of ['entities', 'speakers']) {
      // letter/ holds the index's letter pages, not a name's page.
      const folders = (await readdir(join(project, 'dist', section), { withFileTypes: true })).filter((item) => item.isDirectory() && item.name !== 'letter');
      expect(folders.map((folder) => folder.name)).toEqual([slugify(LONG_LINE)]);
    }
    expect(slugify(LONG_LINE)).toMatch(/^ministry-of-foreign-affairs-announces-new-regional-[0-9a-z]{7}$/);
  });

  it('keeps the whole name in the speaker page heading', async () => {
    const page = await readFile(join(project, 'dist', 'speakers', slugify(LONG_LINE), 'index.html'), 'utf8');
    expect(page).toContain(`<h1>${LONG_LINE}</h1>`);
  });
});

describe('a failure while an article page is generated', () => {
  let project: string;
  let build: BuildResult;

  beforeAll(async () => {
    project = await projectWith({
      'calm-day.md': entry('Calm day at the port', 'Nothing happened at the port on Monday.'),
      'harbour-talks.md': entry('Harbour talks end without a deal', 'Negotiators ended two days of talks on Tuesday.'),
    });
    // Provoke a failure inside page generation: in this copy only, filling in the article's HTML throws for one article.
    const helper = join(project, 'src', 'site', 'article-html.ts');
    await rename(helper, join(project, 'src', 'site', 'article-html.original.ts'));
    await writeFile(
      helper,
      [
        "import { articleHtml as original } from './article-html.original.ts';",
        'export const articleHtml: typeof original = (entry, ...rest) => {',
        "  if (entry.data.title?.startsWith('Harbour talks')) throw new RangeError('title offsets out of range');",
        '  return original(entry, ...rest);',
        '};',
        '',
      ].join('\n'),
    );
    build = await runAstroBuild(project, join(project, 'dist'));
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('fails the build', () => {
    expect(build.exitCode).not.toBe(0);
  });

  it('names the article file and the step first, then the original message', () => {
    expect(build.output).toContain(
      'content/articles/harbour-talks.md (article "harbour-talks"): preparing its page failed: title offsets out of range',
    );
  });

  it('does not blame the article that is fine', async () => {
    expect(build.output).not.toContain('content/articles/calm-day.md');
    expect(await readFile(join(project, 'src', 'site', 'article-html.ts'), 'utf8')).toContain('original');
  });
});
