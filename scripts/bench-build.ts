/**
 * `npm run bench:build [-- --articles N ...] [--json] [--keep]`
 *
 * How the whole site build scales with the number of articles. For each N
 * (default 100 and 1000) it copies the buildable project into a temp folder,
 * writes N synthetic ~3 KB article entries, runs `astro build` twice and
 * reports: pages written, cold build wall time, warm build wall time (same
 * inputs again, so the articles loader skips extraction by digest), ms per
 * article, peak RSS of the build and the size of dist/.
 *
 * The synthetic articles are deterministic (seeded PRNG): template paragraphs
 * recombined with rotating invented people, places and organizations, and
 * quotes attributed with "said", so entity and speaker pages multiply with N
 * the way they do with real news.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTable, type Align } from '../src/eval/text-table.ts';
import { seededRandom } from '../src/eval/synthetic-text.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_SIZES = [100, 1000];
/** What `astro build` reads besides the articles; content/articles/ is left out and filled with synthetic entries. */
const PROJECT_INPUTS = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'public'] as const;
/**
 * Caches Astro and Vite keep under node_modules/. The temp copy gets its own
 * node_modules folder of per-package symlinks without these, so its content
 * store does not land in (and race with) the real project's node_modules/.astro.
 */
const LOCAL_CACHES = new Set(['.astro', '.vite', '.cache']);
const GNU_TIME = '/usr/bin/time';
const TARGET_BODY_BYTES = 3 * 1024;
const MB = 1024 * 1024;

interface BenchArgs {
  sizes: number[];
  json: boolean;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): BenchArgs | string {
  const args: BenchArgs = { sizes: [], json: false, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--articles') {
      // One or more counts follow: --articles 100 1000
      let taken = 0;
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) {
        const size = Number(argv[++i]);
        if (!Number.isInteger(size) || size < 1) return `--articles needs positive whole numbers, got ${argv[i]}`;
        args.sizes.push(size);
        taken += 1;
      }
      if (taken === 0) return '--articles needs at least one count';
    } else return `unknown option ${arg}`;
  }
  if (args.sizes.length === 0) args.sizes = [...DEFAULT_SIZES];
  return args;
}

// ---------------------------------------------------------------- synthetic articles

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Invented names: 24 x 24 people, so with 1000 articles most people recur a few times. */
const GIVEN_NAMES = ['Amara', 'Bastien', 'Corin', 'Delphine', 'Emeric', 'Fenella', 'Gideon', 'Halina', 'Ivo', 'Jessamy', 'Kasimir', 'Liora', 'Matthias', 'Nerys', 'Orrin', 'Priya', 'Quillon', 'Rosalind', 'Stellan', 'Tamsin', 'Ulric', 'Vesna', 'Wendell', 'Ysolde'];
const FAMILY_NAMES = ['Abernathy', 'Brannock', 'Castellane', 'Drummore', 'Esterhazy', 'Fairweather', 'Gallardo', 'Hollister', 'Ingleby', 'Jarrow', 'Kettering', 'Lindqvist', 'Marchetti', 'Norcross', 'Oyelaran', 'Pemberton', 'Quaresma', 'Rasmussen', 'Szabados', 'Thornbury', 'Umberfield', 'Valcourt', 'Whitlock', 'Zellweger'];
const PLACES = ['Port Averin', 'Kessmoor', 'Valdoria', 'Lindenholm', 'Caro Bay', 'Ostrava Nueva', 'Marrowgate', 'Tessaly', 'Brightwater', 'Dunmarch', 'Esterlin', 'Holloway Reach', 'Iskandria', 'Juniper Falls', 'Korvath', 'Lamberton', 'Mirevale', 'Northcliff', 'Orlanza', 'Pellucid Isles'];
const ORGANIZATIONS = ['the Averin Port Authority', 'the Kessmoor Development Bank', 'the Valdorian Ministry of Energy', 'the Northcliff Shipping Council', 'the Coastal Fisheries Union', 'the Lindenholm Chamber of Commerce', 'the Iskandrian Red Crescent', 'the Tessaly Grain Board', 'the Mirevale Teachers Association', 'the Orlanza Railway Company', 'the Council of Southern Ports', 'the Brightwater Water Trust'];
const ROLES = ['minister', 'spokeswoman', 'spokesman', 'mayor', 'chief executive', 'union leader', 'economist', 'harbour master', 'senior official', 'analyst'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['grain exports', 'the new rail link', 'fishing quotas', 'water rationing', 'the port expansion', 'teacher pay', 'fuel subsidies', 'the border crossing'];
const QUOTES = [
  'We will not sign anything that leaves our workers worse off',
  'The numbers simply do not add up, and everyone in the room knows it',
  'This is the first real progress we have seen in three years',
  'Nobody should be surprised that talks broke down again',
  'We have asked for the figures twice and received nothing',
  'The agreement protects families on both sides of the water',
  'If the money arrives on time, the work can start in spring',
  'Our members are tired of promises made at press conferences',
  'There is no plan for the villages along the coast',
  'We expect a decision before the end of the month',
  'The delay is costing the region millions every week',
  'I am confident the council will approve the proposal',
];

interface Cast {
  people: [string, string, string, string];
  places: [string, string, string];
  organization: string;
  topic: string;
}

const personName = (random: Random) => `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`;
const surname = (person: string) => person.split(' ').at(-1)!;

/** Paragraph templates; each takes the article's cast and draws its own quote, role and day. */
const PARAGRAPHS: readonly ((cast: Cast, random: Random) => string)[] = [
  (c, r) =>
    `Officials from ${c.places[0]} and ${c.places[1]} met on ${pick(r, DAYS)} to discuss ${c.topic}, after weeks of public disagreement that had stalled trade between the two and left hundreds of lorries waiting at the crossing.`,
  (c, r) => `"${pick(r, QUOTES)}," said ${c.people[0]}, the ${pick(r, ROLES)} of ${c.places[0]}, speaking to reporters outside the talks.`,
  (c, r) => `${c.people[1]}, a ${pick(r, ROLES)} with ${c.organization}, said the proposals on ${c.topic} had been rewritten at least four times since the winter. "${pick(r, QUOTES)}," ${surname(c.people[1])} said.`,
  (c, r) =>
    `The dispute over ${c.topic} has drawn in ${c.organization}, which warned on ${pick(r, DAYS)} that a further delay would hit small businesses in ${c.places[2]} hardest, since most of them sell across the border.`,
  (c, r) => `${c.people[2]} said, "${pick(r, QUOTES)}." ${surname(c.people[2])} added that the next round of talks would take place in ${c.places[1]}.`,
  (c) =>
    `Residents of ${c.places[2]} have followed the talks closely. Local radio in ${c.places[0]} carried the opening statements live, and a crowd gathered outside the town hall to hear the result.`,
  (c, r) => `"${pick(r, QUOTES)}," ${c.people[0]} told a meeting of ${c.organization} later in the day. "${pick(r, QUOTES)}."`,
  (c, r) =>
    `According to figures published by ${c.organization}, the cost of the delay on ${c.topic} has risen every month this year. ${c.people[3]}, a ${pick(r, ROLES)} in ${c.places[1]}, said the figures were "${pick(r, QUOTES).toLowerCase()}".`,
  (c) =>
    `Neither side gave a date for a final agreement. Diplomats in ${c.places[0]} said privately that a deal before the summer was unlikely, though both delegations described the mood as calmer than at the last meeting.`,
  (c, r) => `${c.people[3]} said on ${pick(r, DAYS)} that ${c.places[2]} would send its own delegation. "${pick(r, QUOTES)}," ${surname(c.people[3])} said.`,
];

interface SyntheticArticle {
  slug: string;
  markdown: string;
}

function syntheticArticle(index: number): SyntheticArticle {
  const random = seededRandom(0x5eed + index * 7919);
  const people: Cast['people'] = [personName(random), personName(random), personName(random), personName(random)];
  const places: Cast['places'] = [pick(random, PLACES), pick(random, PLACES), pick(random, PLACES)];
  const cast: Cast = { people, places, organization: pick(random, ORGANIZATIONS), topic: pick(random, TOPICS) };
  const paragraphs: string[] = [`${places[0]}: ${PARAGRAPHS[0]!(cast, random)}`];
  let bytes = paragraphs[0]!.length;
  while (bytes < TARGET_BODY_BYTES) {
    const paragraph = pick(random, PARAGRAPHS.slice(1))(cast, random);
    paragraphs.push(paragraph);
    bytes += paragraph.length + 2;
  }
  const title = `${places[0]} and ${places[1]} talks on ${cast.topic} (${index + 1})`;
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `dateline: [${JSON.stringify(places[0])}]`,
    `caption: ${JSON.stringify(`${people[0]} arrives for talks in ${places[1]}`)}`,
    `date: 2024-${month}-${day}`,
    `source: synthetic/${index + 1}.txt`,
    'removed: [Share this article]',
    '---',
  ];
  return { slug: `synthetic-${String(index + 1).padStart(5, '0')}`, markdown: `${frontmatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n` };
}

// ---------------------------------------------------------------- project copy and build

async function copyProject(target: string): Promise<void> {
  for (const input of PROJECT_INPUTS) {
    const from = join(repoRoot, input);
    if (existsSync(from)) await cp(from, join(target, input), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(join(repoRoot, 'node_modules'))) {
    if (!LOCAL_CACHES.has(name)) await symlink(join(repoRoot, 'node_modules', name), join(modules, name));
  }
}

async function writeArticles(target: string, count: number): Promise<number> {
  const folder = join(target, 'content', 'articles');
  await mkdir(folder, { recursive: true });
  let bodyBytes = 0;
  for (let index = 0; index < count; index += 1) {
    const { slug, markdown } = syntheticArticle(index);
    bodyBytes += Buffer.byteLength(markdown);
    await writeFile(join(folder, `${slug}.md`), markdown);
  }
  return bodyBytes / count;
}

interface BuildRun {
  seconds: number;
  peakRssMb: number;
  log: string;
}

function runBuild(root: string): BuildRun {
  const astroCli = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const timeFile = join(root, '.time-v.txt');
  const useGnuTime = existsSync(GNU_TIME);
  const [command, args] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, astroCli, 'build']]
    : [process.execPath, [astroCli, 'build']];
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * MB });
  const seconds = (performance.now() - started) / 1000;
  const log = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  if (child.status !== 0) throw new Error(`astro build failed in ${root} (exit ${child.status}):\n${log.slice(-4000)}`);
  return { seconds, peakRssMb: useGnuTime ? gnuTimePeakMb(timeFile) : childrenPeakMb(), log };
}

function gnuTimePeakMb(timeFile: string): number {
  const report = readFileSync(timeFile, 'utf8');
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
  return kb / 1024;
}

/** Without GNU time: the largest RSS among this process's waited-for children (Linux reports KB). */
function childrenPeakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function distStats(dist: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}

/** Astro's own timing lines (content sync, server build, static generation), for reading what dominates. */
function phaseLines(log: string): string[] {
  return log
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\d+(\.\d+)?m?s\b/.test(line) && /\[(types|build|vite)\]|✓ Completed/.test(line));
}

interface SizeResult {
  articles: number;
  meanEntryBytes: number;
  pages: number;
  coldS: number;
  warmS: number;
  msPerArticleCold: number;
  msPerArticleWarm: number;
  peakRssMb: number;
  distMb: number;
  coldPhases: string[];
  warmPhases: string[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

async function benchSize(articles: number, keep: boolean): Promise<SizeResult> {
  const root = await mkdtemp(join(tmpdir(), `newsgraph-bench-build-${articles}-`));
  try {
    await copyProject(root);
    const meanEntryBytes = await writeArticles(root, articles);
    const cold = runBuild(root);
    const warm = runBuild(root);
    const { pages, bytes } = await distStats(join(root, 'dist'));
    return {
      articles,
      meanEntryBytes: Math.round(meanEntryBytes),
      pages,
      coldS: round(cold.seconds, 2),
      warmS: round(warm.seconds, 2),
      msPerArticleCold: round((cold.seconds * 1000) / articles, 1),
      msPerArticleWarm: round((warm.seconds * 1000) / articles, 1),
      peakRssMb: round(Math.max(cold.peakRssMb, warm.peakRssMb), 0),
      distMb: round(bytes / MB, 1),
      coldPhases: phaseLines(cold.log),
      warmPhases: phaseLines(warm.log),
    };
  } finally {
    if (keep) console.error(`bench:build: kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`bench:build: ${args}\nUsage: npm run bench:build -- [--articles N ...] [--json] [--keep]`);
    return 2;
  }
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    if (!args.json) console.error(`building ${size} synthetic articles (cold, then warm)...`);
    results.push(await benchSize(size, args.keep));
  }
  if (args.json) {
    console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2));
    return 0;
  }
  const align: Align[] = ['right', 'right', 'right', 'right', 'right', 'right', 'right'];
  console.log(`Site build time by article count (Node ${process.version}, astro build, synthetic ~3 KB articles):\n`);
  console.log(
    renderTable(
      ['N', 'pages', 'cold s', 'warm s', 'ms/article', 'peak RSS MB', 'dist MB'],
      results.map((r) => [String(r.articles), String(r.pages), r.coldS.toFixed(2), r.warmS.toFixed(2), r.msPerArticleCold.toFixed(1), r.peakRssMb.toFixed(0), r.distMb.toFixed(1)]),
      { align },
    ),
  );
  console.log('(ms/article: cold wall time / N; warm: same inputs rebuilt, extraction skipped by digest; peak RSS of either build)');
  for (const r of results) {
    console.log(`\nAstro timing lines, N=${r.articles}, cold:\n  ${r.coldPhases.join('\n  ')}`);
    console.log(`warm:\n  ${r.warmPhases.join('\n  ')}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
