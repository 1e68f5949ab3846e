import { renderEntry, type ArticleFrontmatter } from './article-entry.ts';
import { stripBidiControls } from './bidi-controls.ts';
import { decodeCharacterReferences } from './character-references.ts';
import { straightenDoubledQuoteMarks } from './doubled-quote-marks.ts';
import { captionEvidence, captionsAbove, captionWithoutCredit, describesImage, type CaptionEvidence } from './caption.ts';
import { findDateline } from './dateline.ts';
import { looksLikeHeadline } from './headline.ts';
import { IngestError } from './ingest-error.ts';
import { markMastheadLines } from './masthead.ts';
import { paragraphsToMarkdown } from './markdown-escape.ts';
import { titlesThePicture } from './photo-title.ts';
import { classifyLines, type ClassifiedLine } from './noise.ts';
import { findPublicationDate, readDateLine, utcDay, type FoundDate } from './publication-date.ts';
import { entrySlug } from './slug.ts';

export interface RemovedLine {
  line: string;
  /** Name of the noise rule that fired, e.g. `share-button` or `date-stamp+related-links`. */
  rule: string;
}

export interface IngestResult {
  slug: string;
  frontmatter: ArticleFrontmatter;
  /** Markdown body as written to the entry. */
  body: string;
  /** Plain text of each body paragraph; parsing `body` gives these back exactly. */
  paragraphs: string[];
  /** The whole entry file: frontmatter and body. */
  markdown: string;
  removed: RemovedLine[];
  /** What ingest changed in the text besides removing noise lines, worded for the person running it. */
  warnings: string[];
  /** Why the caption, dateline and date were taken, for reports and tests. */
  evidence: { caption: CaptionEvidence | null; dateline: string | null; date: FoundDate | null };
}

export interface IngestOptions {
  /** When ingest runs; an article with no date on the page records its UTC day as `ingested`. Default: the system clock. */
  clock?: () => Date;
}

/** How many lines at each end of the page count as furniture where a date stamp may sit. */
const EDGE_LINES = 3;
const DATE_LINE_RULE = 'date-line';

/** The rule named in `removed` for a credit cut off the end of the caption's line. */
const CAPTION_CREDIT_RULE = 'caption-credit';

/** Rules whose line right under a caption shows that a photo was there. */
const CREDIT_RULES = /(?:^|\+)(?:photo-credit|agency-credit|copyright|caption-repeated-with-credit)(?:\+|$)/u;
const PHOTO_TITLE = 'photo-title';

function baseName(source: string): string {
  return source.split(/[\\/]/u).pop() ?? source;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The first few of a list for a one-line warning: `&eacute; &amp; &#8220; … (2 more)`. */
function shortList(items: readonly string[], shown = 5): string {
  const head = items.slice(0, shown).join(' ');
  return items.length > shown ? `${head} … (${items.length - shown} more)` : head;
}

/**
 * The non-blank lines of the raw text, trimmed, with HTML character
 * references decoded (they split names and show as markup), without bidi
 * controls (which would both hide a title's real text and throw off the
 * headline, caption and dateline rules) and with double quote marks typed as
 * two apostrophes or backticks written as one `"`. Each line that had some
 * gets a warning.
 */
function splitLines(raw: string, warnings: string[]): string[] {
  const lines: string[] = [];
  raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .forEach((rawLine, index) => {
      // Decoded first: a reference can spell a bidi control (`&#x202E;`).
      const references = decodeCharacterReferences(rawLine);
      if (references.decoded.length > 0) {
        const what = plural(references.decoded.length, 'HTML character reference');
        warnings.push(`line ${index + 1}: decoded ${what} (${shortList(references.decoded)})`);
      }
      const { text, removed } = stripBidiControls(references.text);
      if (removed.length > 0) {
        const what = plural(removed.length, 'bidirectional control character');
        warnings.push(`line ${index + 1}: removed ${what} (${removed.join(' ')})`);
      }
      const doubled = straightenDoubledQuoteMarks(text);
      if (doubled.replaced > 0) {
        warnings.push(`line ${index + 1}: read ${plural(doubled.replaced, 'pair')} of apostrophes or backticks ('' or \`\`) as double quote marks`);
      }
      const line = doubled.text.trim();
      if (line.length > 0) lines.push(line);
    });
  return lines;
}

interface Head {
  title: ClassifiedLine | null;
  caption: ClassifiedLine | null;
  captionEvidence: CaptionEvidence | null;
}

/** Finds headline and caption among the lines, marking a photo's own title as noise. */
function readHead(lines: ClassifiedLine[]): Head {
  const none: Head = { title: null, caption: null, captionEvidence: null };
  markMastheadLines(lines);
  markLinesAboveHeadline(lines);
  const content = lines.filter((line) => line.noise === null);
  const [first, second] = content;
  if (!first || !second) return none;
  // `Photos provided by a scientist show the spill site, Cold Lake, Alta.` over the headline: the caption came first.
  if (captionsAbove(first.text) && looksLikeHeadline(second.text) && !/[.!?]$/u.test(second.text) && content[2] !== undefined) {
    return { title: second, caption: first, captionEvidence: 'caption-above-headline' };
  }

  let title: ClassifiedLine | null = null;
  let candidate = first;
  if (looksLikeHeadline(first.text)) {
    if (describesImage(second.text) && titlesThePicture(first.text, second.text)) {
      // "CDC outbreak map July 30" over "An updated map of the outbreak … July 30": a photo's title, not the story's.
      first.noise = PHOTO_TITLE;
    } else {
      title = first;
    }
    candidate = second;
  }

  const next = content[content.indexOf(candidate) + 1];
  if (!next || findDateline(candidate.text) !== null) return { ...none, title };
  const rawNext = lines[lines.indexOf(candidate) + 1];
  const evidence = captionEvidence({
    line: candidate.text,
    datelineFollows: findDateline(next.text) !== null,
    creditFollows: rawNext?.noise != null && CREDIT_RULES.test(rawNext.noise),
  });
  // With no headline above it, only the strong signs make the first line a caption.
  if (evidence === null || (title === null && evidence === 'caption-verb')) return { ...none, title };
  return { title, caption: candidate, captionEvidence: evidence };
}

const KICKER_RULE = 'kicker-with-headline';
/** A section kicker runs to a few words: `Life Tech`, `World News`. */
const MAX_KICKER_WORDS = 4;

/**
 * Marks as noise what a page prints above its headline when it prints the
 * headline twice: the copy run together with a section kicker, the first of
 * two equal lines, or the short labels above a headline printed again.
 */
function markLinesAboveHeadline(lines: ClassifiedLine[]): void {
  const content = lines.filter((line) => line.noise === null);
  if (!markKickerRepeat(content)) markAboveRepeatedHeadline(lines, content);
}

/**
 * `Life Tech Bad start to long weekend` over `Bad start to long weekend`: a
 * page that prints the headline twice, once run together with its section
 * kicker. The first of the two is noise; the second is the headline. Says
 * whether it marked one.
 */
function markKickerRepeat(content: readonly ClassifiedLine[]): boolean {
  const [first, second] = content;
  if (first === undefined || second === undefined || !looksLikeHeadline(second.text)) return false;
  const kicker = first.text === second.text ? '' : first.text.endsWith(` ${second.text}`) ? first.text.slice(0, first.text.length - second.text.length).trim() : null;
  if (kicker === null || kicker.split(/\s+/u).length > MAX_KICKER_WORDS) return false;
  first.noise = KICKER_RULE;
  return true;
}

const ABOVE_HEADLINE_RULE = 'above-headline';
/** How far down the page a headline printed twice is looked for. */
const REPEATED_HEADLINE_REACH = 3;

/**
 * `Advanced Search` over a headline the page then prints again: a line
 * printed twice near the top, whose second copy the noise rules dropped, is
 * the headline, and the short label lines above it are the page's furniture.
 */
function markAboveRepeatedHeadline(lines: ClassifiedLine[], content: readonly ClassifiedLine[]): void {
  for (let i = 1; i < Math.min(content.length, REPEATED_HEADLINE_REACH); i += 1) {
    const line = content[i]!;
    const copy = lines[lines.indexOf(line) + 1];
    if (copy?.text !== line.text || copy.noise === null || !looksLikeHeadline(line.text)) continue;
    const above = content.slice(0, i);
    if (above.every((label) => label.text.split(/\s+/u).length <= MAX_KICKER_WORDS && !/[.!?:;]$/u.test(label.text))) {
      for (const label of above) label.noise = ABOVE_HEADLINE_RULE;
    }
    return;
  }
}

/** Whether the line is among the first or last few of the page. */
function atEdge(index: number, count: number): boolean {
  return index < EDGE_LINES || index >= count - EDGE_LINES;
}

/**
 * Marks as noise a kept line at either end of the page that is wholly a
 * dated byline or stamp the noise table does not cover (`By Jane Roe, March
 * 5, 2024`), so it is neither the headline nor a paragraph.
 */
function markEdgeDateLines(lines: ClassifiedLine[]): void {
  lines.forEach((line, index) => {
    if (line.noise === null && atEdge(index, lines.length) && readDateLine(line.text) !== null) line.noise = DATE_LINE_RULE;
  });
}

/**
 * The lines that may carry the publication date, in page order: every line
 * ingest took for noise (stamps, bylines, mastheads) and the first and last
 * few lines. Headline, caption and paragraphs in between are the story's own
 * words, whose dates are what the story is about.
 */
function furnitureLines(lines: readonly ClassifiedLine[], head: Head): string[] {
  return lines
    .filter((line, index) => line.noise !== null || (line !== head.title && line !== head.caption && atEdge(index, lines.length)))
    .map((line) => line.text);
}

/**
 * Turns raw scraped news text into an article entry. Pure: the caller reads
 * the file and passes its text and file name, and the clock is injected.
 * The entry gets `date` when the page's furniture gives a publication date,
 * otherwise `ingested`: the day ingest ran.
 */
export function ingestText(raw: string, source: string, options: IngestOptions = {}): IngestResult {
  const sourceName = baseName(source);
  if (raw.includes('\u0000')) throw new IngestError(`${sourceName}: contains NUL bytes; is it a binary file?`);
  const warnings: string[] = [];
  const lines = classifyLines(splitLines(raw, warnings));
  if (lines.length === 0) throw new IngestError(`${sourceName}: is empty or contains only whitespace`);

  markEdgeDateLines(lines);
  const head = readHead(lines);
  const body = lines
    .filter((line) => line.noise === null && line !== head.title && line !== head.caption)
    .map((line) => line.text);
  if (body.length === 0) throw new IngestError(`${sourceName}: no article text left after removing page noise`);

  const dateline = findDateline(body[0] ?? '');
  const datelinePrefix = dateline ? (body[0] ?? '').slice(0, (body[0] ?? '').length - dateline.rest.length) : null;
  if (dateline) body[0] = dateline.rest;
  const found = findPublicationDate(furnitureLines(lines, head), datelinePrefix);

  // A photo credit the page ran onto the caption's own line (`… by the CDC CDC`) is noise too.
  const captionParts = head.caption === null ? null : captionWithoutCredit(head.caption.text);
  const removed = lines.flatMap((line): RemovedLine[] => {
    if (line === head.caption && captionParts?.credit != null) return [{ line: captionParts.credit, rule: CAPTION_CREDIT_RULE }];
    return line.noise === null ? [] : [{ line: line.text, rule: line.noise }];
  });
  const cleanSource = stripBidiControls(sourceName);
  if (cleanSource.removed.length > 0) {
    warnings.push(
      `source file name: removed ${plural(cleanSource.removed.length, 'bidirectional control character')} (${cleanSource.removed.join(' ')})`,
    );
  }
  const frontmatter: ArticleFrontmatter = {
    title: head.title?.text ?? null,
    dateline: dateline?.places ?? [],
    caption: captionParts?.caption ?? null,
    ...(found === null ? { ingested: utcDay((options.clock ?? (() => new Date()))()) } : { date: found.date }),
    source: cleanSource.text,
    removed: removed.map((item) => item.line),
  };
  const markdownBody = paragraphsToMarkdown(body);
  return {
    slug: entrySlug(frontmatter.title, sourceName),
    frontmatter,
    body: markdownBody,
    paragraphs: body,
    markdown: renderEntry({ frontmatter, body: markdownBody }),
    removed,
    warnings,
    evidence: { caption: head.captionEvidence, dateline: dateline?.rule ?? null, date: found },
  };
}
