/**
 * Lines a page prints above the headline: the outlet's name, the section it
 * files the story under, a kicker. Each rule only says what such a line looks
 * like; `masthead.ts` removes a line only when a headline follows it, so a
 * headline that happens to look like a label is never lost.
 */
export interface MastheadRule {
  /** Reported in `removed`, e.g. `section-path`. */
  name: string;
  description: string;
  matches: (line: string) => boolean;
}

/** Last words of newspaper and site names: "Munster Herald", "Nairobi Ledger". */
export const OUTLET_HEAD_WORDS: ReadonlySet<string> = new Set([
  'Herald', 'Times', 'Post', 'News', 'Courier', 'Chronicle', 'Gazette', 'Echo', 'Journal', 'Tribune',
  'Standard', 'Express', 'Mail', 'Telegraph', 'Guardian', 'Observer', 'Independent', 'Weekly', 'Daily',
  'Review', 'Record', 'Star', 'Sun', 'Mirror', 'Press', 'Bulletin', 'Today', 'Online', 'Wire', 'Report',
  'Monitor', 'Insider', 'Magazine', 'Ledger', 'Sentinel', 'Examiner', 'Dispatch', 'Inquirer', 'Enquirer',
  'Advertiser', 'Globe', 'Mercury', 'Register', 'Leader', 'Citizen', 'Courant', 'Argus', 'Statesman',
  'Messenger', 'Clarion', 'Beacon', 'Gleaner', 'Nation',
]);

/** Section names that sites print alone on a line; compared case-insensitively. */
export const SECTION_LABELS: ReadonlySet<string> = new Set(
  [
    'news', 'latest news', 'breaking news', 'local news', 'world news', 'uk news', 'us news', 'sport', 'sports',
    'business', 'world', 'politics', 'opinion', 'comment', 'analysis', 'life & style', 'life and style',
    'culture', 'arts', 'arts & culture', 'tech', 'technology', 'science', 'health', 'entertainment',
    'lifestyle', 'local', 'metro', 'national', 'nation', 'region', 'regional', 'money', 'markets', 'economy',
    'education', 'environment', 'climate', 'travel', 'food', 'food & drink', 'music', 'film', 'tv',
    'tv & radio', 'books', 'fashion', 'features', 'review', 'reviews', 'crime', 'courts', 'weather',
    'motoring', 'property', 'obituaries', 'us politics', 'uk politics', 'eu affairs', 'middle east',
  ].map((label) => label.toLowerCase()),
);

/** Words that join the capitalised words of a name: "Times of India", "Arts & Culture". */
const NAME_JOINERS = new Set(['of', 'the', 'and', '&', 'de', 'la', 'for']);
const MAX_LABEL_WORDS = 3;
const MAX_OUTLET_WORDS = 5;
/** A path segment: up to three capitalised label words. */
const SEGMENT = "\\p{Lu}[\\p{L}&'’.]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}&'’.]*)){0,2}";
/** Separators sites put between section levels; a bare `/` or `|` needs spaces so "24/7" or "AC/DC" is not a path. */
const SECTION_PATH = new RegExp(`^${SEGMENT}(?:(?:\\s+[|/>]\\s+|\\s*[›»•]\\s*)${SEGMENT}){1,3}$`, 'u');
const ALL_CAPS_LABEL = /^\p{Lu}[\p{Lu}&'’.]*(?:\s+(?:&|\p{Lu}[\p{Lu}&'’.]*))?$/u;

function words(line: string): string[] {
  return line.trim().split(/\s+/u);
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

export const MASTHEAD_RULES: readonly MastheadRule[] = [
  {
    name: 'section-path',
    description: 'short label words between section separators: `Sport | Tennis`, `World › Asia`, `NEWS / Nation`',
    matches: (line) => SECTION_PATH.test(line),
  },
  {
    name: 'masthead-name',
    description: 'a short capitalised name ending in a newspaper word: `The Munster Herald`, `Business Chronicle`',
    matches: (line) => {
      const parts = words(line);
      const last = parts.at(-1) ?? '';
      return (
        parts.length >= 2 &&
        parts.length <= MAX_OUTLET_WORDS &&
        OUTLET_HEAD_WORDS.has(last) &&
        parts.every((word, index) => isCapitalised(word) || (index > 0 && NAME_JOINERS.has(word)))
      );
    },
  },
  {
    name: 'section-label',
    description: 'one to three words from the table of section names: `Life & Style`, `Business`',
    matches: (line) => words(line).length <= MAX_LABEL_WORDS && SECTION_LABELS.has(line.trim().toLowerCase()),
  },
  {
    name: 'caps-label',
    description: 'one or two words in capitals, as kickers are set: `FEATURES`, `EU AFFAIRS`',
    matches: (line) => ALL_CAPS_LABEL.test(line.trim()),
  },
  {
    name: 'one-word-label',
    description: 'a single word alone on a line: a section or site name (`Startups`, `TechFrontier`); never a headline',
    matches: (line) => /^\p{L}[\p{L}\p{N}&'’.-]*$/u.test(line.trim()),
  },
];

/** The name of the first rule that calls the line a label, or null. */
export function mastheadRuleOf(line: string): string | null {
  return MASTHEAD_RULES.find((rule) => rule.matches(line))?.name ?? null;
}
