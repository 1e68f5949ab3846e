/**
 * The publication date of a scraped page, read from its furniture: date
 * stamps (`date 2017-07-10`), `Published …`/`Updated …` lines, bylines with a
 * date (`By Jane Roe | March 5, 2024`) and a dateline that carries a year
 * (`NEW YORK, June 3, 2024 (AP) —`). A line counts only when it is made up
 * entirely of such parts, so a date inside a sentence ("on March 5, 2024
 * the council voted") is never taken.
 *
 * Only unambiguous forms are read: ISO (`2024-03-05`, `2024-03-05T10:00:00Z`,
 * `2024/03/05`), a month written as a NAME in either order (`5 March 2024`,
 * `March 5, 2024`, `Tue, 5 Mar 2024`), and an all-number date only when its
 * order does not matter or is forced: `26.9.2021` (26 cannot be a month) or
 * `5/5/2024`. `05/03/2024` is 5 March in Europe and 3 May in the US, so it
 * is skipped. Years have four digits; month names are English.
 */

import { noiseFragmentPartsOf } from './noise-fragments.ts';

const DATE_STAMP_RULE = 'date-stamp';

/** Where a date came from, strongest first when several are found. */
export type DateLabel = 'published' | 'stamp' | 'dateline' | 'updated';

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  label: DateLabel;
  /** The line (or dateline prefix) the date was read from. */
  line: string;
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
// Longest first, so `September` is not read as `Sep` plus leftovers.
const MONTH = `(?<month>${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/giu;
/** A clock time as stamps print it: `16:00`, `10:52 AM`, `12:00am`, `9.30 p.m. ET`, `3pm`. */
const TIME =
  /(?<![\d.:/-])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?)(?:\s+(?:[A-Z]{2,4}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})\b)?(?![\d:])/giu;

/** The forms a date stamp's date may take once labels, weekday and time are off. Each names y, m (or month) and d. */
const DATE_FORMS: readonly RegExp[] = [
  /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/u,
  /^(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})$/u,
  new RegExp(`^${MONTH}\\s+(?<d>\\d{1,2})${ORDINAL},?\\s+(?<y>\\d{4})$`, 'iu'),
  new RegExp(`^(?<d>\\d{1,2})${ORDINAL}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(?<y>\\d{4})$`, 'iu'),
];
/** Day and month both as numbers, in an order the page does not say. */
const NUMERIC_DATE = /^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})$/u;

const PUBLISHED_LABEL = /^(?:(?:first\s+)?published|posted|date[ds]?|created|released)(?:\s+(?:on|at))?\s*[:：]?\s*/iu;
const UPDATED_LABEL = /^(?:(?:and\s+)?(?:last\s+)?(?:updated|modified|edited))(?:\s+(?:on|at))?\s*[:：]?\s*/iu;
/** Separators between the parts of a furniture line: `By Jane Roe | March 5, 2024`, `• Oct 15, 2014`. */
const PART_SEPARATOR = /\s*[|•·]\s*|\s+[-–—]\s+/u;
const EDGE_JUNK = /^[\s|•·*/\\,;:–—-]+|[\s|•·*/\\,;–—-]+$/gu;
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|&|with|in|for|of))*$/u;
/** A byline with its date after a comma or `on`: `By Jane Roe, March 5, 2024`. */
const BYLINE_THEN_DATE = /^[Bb]y\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|&))*(?:,\s*|\s+on\s+)(?<rest>.+)$/u;
/** A short label part (`Opinion`, `Staff Reporter`): up to four words, no digits, no sentence punctuation. */
const LABEL_PART = /^(?:[\p{L}'’&.\-]+)(?:\s+[\p{L}'’&.\-]+){0,3}$/u;

/** `YYYY-MM-DD` when y/m/d is a real calendar date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(groups: Record<string, string | undefined>): number {
  if (groups['m'] !== undefined) return Number(groups['m']);
  return MONTH_NUMBERS[(groups['month'] ?? '').toLowerCase()] ?? 0;
}

/** The date a date-only text holds (`March 5, 2024`, `5.3.2024` is refused), or null. */
export function parseDate(text: string): string | null {
  const core = text.trim().replace(/\.$/u, '');
  for (const form of DATE_FORMS) {
    const groups = form.exec(core)?.groups;
    if (groups) return calendarDate(Number(groups['y']), monthOf(groups), Number(groups['d']));
  }
  const numeric = NUMERIC_DATE.exec(core)?.groups;
  if (!numeric) return null;
  const a = Number(numeric['a']);
  const b = Number(numeric['b']);
  const year = Number(numeric['y']);
  if (a === b || (a > 12 && b <= 12)) return calendarDate(year, b, a);
  if (b > 12 && a <= 12) return calendarDate(year, a, b);
  return null;
}

/** A stamp part: an optional label, then a date with optional weekday and time around it. */
function parseStampPart(part: string): { date: string; label: DateLabel } | null {
  let text = part.replace(EDGE_JUNK, '');
  let label: DateLabel = 'stamp';
  const published = PUBLISHED_LABEL.exec(text);
  const updated = published ? null : UPDATED_LABEL.exec(text);
  if (published) {
    label = 'published';
    text = text.slice(published[0].length);
  } else if (updated) {
    label = 'updated';
    text = text.slice(updated[0].length);
  }
  // ISO with its own time goes first: the time remover would split `2024-03-05T10:00`.
  const whole = parseDate(text.replace(EDGE_JUNK, ''));
  if (whole !== null) return { date: whole, label };
  const core = text
    .replace(TIME, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/(?:^|\s)at(?=\s|$)/giu, ' ')
    .replace(/\s*,\s*(?=,|$)/gu, '')
    .replace(EDGE_JUNK, '')
    .replace(/\s+/gu, ' ');
  const date = parseDate(core);
  return date === null ? null : { date, label };
}

/**
 * The date of a line that is wholly page furniture holding a date: every part
 * (between `|`, `•` or spaced dashes) is a date stamp, a byline or a short
 * label, and at least one part is a stamp. Null for anything else, sentences
 * included.
 */
export function readDateLine(line: string): { date: string; label: DateLabel } | null {
  // A line the noise table reads as fragments (`date 2017-07-10 Related News`) has its stamps marked already.
  const fragments = noiseFragmentPartsOf(line);
  if (fragments !== null) return bestOf(fragments.filter((part) => part.name === DATE_STAMP_RULE).map((part) => parseStampPart(part.text)));
  const parts = line.replace(EDGE_JUNK, '').split(PART_SEPARATOR).filter((part) => part.replace(EDGE_JUNK, '') !== '');
  let found: { date: string; label: DateLabel } | null = null;
  for (const part of parts) {
    const byline = BYLINE_THEN_DATE.exec(part)?.groups?.['rest'];
    const stamp = parseStampPart(part) ?? (byline === undefined ? null : parseStampPart(byline));
    if (stamp !== null) {
      // Several stamps on one line (`Published … | Updated …`): the publication date wins.
      if (found === null || rank(stamp.label) < rank(found.label)) found = stamp;
      continue;
    }
    const cleaned = part.replace(EDGE_JUNK, '');
    if (BYLINE.test(cleaned) || LABEL_PART.test(cleaned)) continue;
    return null;
  }
  return found;
}

function bestOf(stamps: readonly ({ date: string; label: DateLabel } | null)[]): { date: string; label: DateLabel } | null {
  let best: { date: string; label: DateLabel } | null = null;
  for (const stamp of stamps) if (stamp !== null && (best === null || rank(stamp.label) < rank(best.label))) best = stamp;
  return best;
}

const LABEL_RANK: Readonly<Record<DateLabel, number>> = { published: 0, stamp: 1, dateline: 2, updated: 3 };
const rank = (label: DateLabel): number => LABEL_RANK[label];

const DATELINE_DATE = [
  new RegExp(`${MONTH}\\s+(?<d>\\d{1,2})${ORDINAL},\\s*(?<y>\\d{4})\\b`, 'iu'),
  new RegExp(`\\b(?<d>\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+(?<y>\\d{4})\\b`, 'iu'),
];

/** The date in a dateline prefix (`NEW YORK, June 3, 2024 (AP) — `), only when it gives a year. */
export function datelineDate(prefix: string): string | null {
  for (const form of DATELINE_DATE) {
    const groups = form.exec(prefix)?.groups;
    if (groups) return calendarDate(Number(groups['y']), monthOf(groups), Number(groups['d']));
  }
  return null;
}

/**
 * The publication date among a page's furniture lines (in page order) and
 * its dateline prefix: a `Published` line first, then a plain stamp or a
 * dated byline, then the dateline, then an `Updated` line; the first of each
 * kind in page order.
 */
export function findPublicationDate(furniture: readonly string[], datelinePrefix: string | null): FoundDate | null {
  const found: FoundDate[] = [];
  for (const line of furniture) {
    const stamp = readDateLine(line);
    if (stamp !== null) found.push({ ...stamp, line });
  }
  const fromDateline = datelinePrefix === null ? null : datelineDate(datelinePrefix);
  if (fromDateline !== null && datelinePrefix !== null) found.push({ date: fromDateline, label: 'dateline', line: datelinePrefix.trim() });
  // A stable sort keeps page order within each kind.
  return found.sort((a, b) => rank(a.label) - rank(b.label))[0] ?? null;
}

/** Today's date in UTC as `YYYY-MM-DD`: what `ingested` records. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
