/**
 * A deterministic synthetic news archive for the build benchmark
 * (scripts/bench-build.ts): ~3 KB articles recombining template paragraphs
 * with invented people, places and organizations drawn from pools large
 * enough that entity and speaker pages number in the thousands at a few
 * thousand articles, the way they do in a real archive.
 */
import { seededRandom } from './synthetic-text.ts';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export interface PoolSizes {
  givenNames: number;
  familyNames: number;
  places: number;
  organizations: number;
}

export interface NamePools {
  givenNames: string[];
  familyNames: string[];
  places: string[];
  organizations: string[];
}

/** 200 x 200 people (40,000 names), 500 places, 300 organizations. */
export const DEFAULT_POOL_SIZES: PoolSizes = { givenNames: 200, familyNames: 200, places: 500, organizations: 300 };
export const DEFAULT_POOL_SEED = 0x9e0;

const ONSETS = ['B', 'C', 'D', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W', 'Z', 'Br', 'Dr', 'Gr', 'Tr', 'St', 'Th', 'Al', 'El', 'Or', 'Is'];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ar', 'el', 'in', 'or', 'an', 'es', 'il', 'av', 'om', 'ur'];
const LINKS = ['b', 'd', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'nd', 'rl', 'st', 'th', 'ld'];
const GIVEN_ENDINGS = ['a', 'o', 'en', 'ia', 'ric', 'ina', 'as', 'elle', 'ion', 'ya'];
const FAMILY_ENDINGS = ['ton', 'well', 'ford', 'ski', 'ez', 'berg', 'more', 'ley', 'ani', 'sson', 'court', 'wick'];
const PLACE_SUFFIXES = ['holm', 'vale', 'moor', 'gate', 'ford', 'stad', 'bury', 'mouth', 'ridge', 'haven'];
const PLACE_PATTERNS: readonly ((stem: string, suffix: string) => string)[] = [
  (stem, suffix) => `${stem}${suffix}`,
  (stem) => `Port ${stem}`,
  (stem) => `${stem} Bay`,
  (stem, suffix) => `North ${stem}${suffix}`,
  (stem) => `${stem} Falls`,
];
const ORGANIZATION_KINDS = ['Port Authority', 'Development Bank', 'Ministry of Energy', 'Shipping Council', 'Fisheries Union', 'Chamber of Commerce', 'Red Crescent', 'Grain Board', 'Teachers Association', 'Railway Company', 'Water Trust', 'Farmers Cooperative'];

/** One invented word: an onset, one or two syllables, an ending. */
function inventedWord(random: Random, endings: readonly string[]): string {
  let word = pick(random, ONSETS) + pick(random, MIDDLES) + pick(random, LINKS);
  if (random() < 0.5) word += pick(random, MIDDLES) + pick(random, LINKS);
  return word + pick(random, endings);
}

/**
 * Fills a pool to its size with distinct names; `taken` is shared across
 * pools so no string is both a person's name and a place. Gives up (throws)
 * if the generator stops producing new names, rather than looping forever.
 */
function fillPool(size: number, taken: Set<string>, make: () => string, what: string): string[] {
  const pool: string[] = [];
  let misses = 0;
  while (pool.length < size) {
    const name = make();
    if (taken.has(name)) {
      misses += 1;
      if (misses > size * 50 + 1000) throw new Error(`synthetic archive: cannot invent ${size} distinct ${what}`);
      continue;
    }
    taken.add(name);
    pool.push(name);
  }
  return pool;
}

/** Pools of invented names, the same for the same sizes and seed. */
export function namePools(sizes: PoolSizes = DEFAULT_POOL_SIZES, seed = DEFAULT_POOL_SEED): NamePools {
  const random = seededRandom(seed);
  const taken = new Set<string>();
  const givenNames = fillPool(sizes.givenNames, taken, () => inventedWord(random, GIVEN_ENDINGS), 'given names');
  const familyNames = fillPool(sizes.familyNames, taken, () => inventedWord(random, FAMILY_ENDINGS), 'family names');
  const places = fillPool(sizes.places, taken, () => pick(random, PLACE_PATTERNS)(inventedWord(random, ['']), pick(random, PLACE_SUFFIXES)), 'places');
  const organizations = fillPool(sizes.organizations, taken, () => `the ${pick(random, places)} ${pick(random, ORGANIZATION_KINDS)}`, 'organizations');
  return { givenNames, familyNames, places, organizations };
}

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

export interface SyntheticArticle {
  slug: string;
  markdown: string;
}

const TARGET_BODY_BYTES = 3 * 1024;

/** Article number `index` (0-based) of the archive drawn from `pools`; the same index gives the same article. */
export function syntheticArticle(index: number, pools: NamePools): SyntheticArticle {
  const random = seededRandom(0x5eed + index * 7919);
  const person = () => `${pick(random, pools.givenNames)} ${pick(random, pools.familyNames)}`;
  const people: Cast['people'] = [person(), person(), person(), person()];
  const places: Cast['places'] = [pick(random, pools.places), pick(random, pools.places), pick(random, pools.places)];
  const cast: Cast = { people, places, organization: pick(random, pools.organizations), topic: pick(random, TOPICS) };
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

/** The sentence a one-article edit appends to the body; it names no one, so the edit changes text, not the graph. */
export const EDIT_SENTENCE = 'This article was updated after publication to correct a figure.';

/**
 * The same entry with its body text changed: EDIT_SENTENCE appended to the
 * last paragraph, frontmatter untouched. Throws on text without a frontmatter
 * block, which is not an entry this archive wrote.
 */
export function editedArticle(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4);
  if (!markdown.startsWith('---\n') || end === -1) throw new Error('synthetic archive: edited entry has no frontmatter block');
  return `${markdown.trimEnd()} ${EDIT_SENTENCE}\n`;
}
