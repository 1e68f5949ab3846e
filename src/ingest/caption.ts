import { CAPTION_VERBS, IMAGE_NOUNS, REPORTING_WORDS } from './caption-cues.ts';

function wordsPattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'iu');
}

const CAPTION_VERB = wordsPattern(CAPTION_VERBS);
const REPORTING = wordsPattern(REPORTING_WORDS);
const IMAGE_OPENER = new RegExp(
  `^(?:An?|The)\\s+(?:[\\p{L}\\-]+\\s+)?(?:${IMAGE_NOUNS.join('|')})\\s+(?:of|shows|showing|from)\\b`,
  'iu',
);
const ENDS_WITH_FULL_STOP = /[.!?][”’"')\]]*$/u;
const CAPTION_MAX = 250;

/** Why a line was taken as a caption, kept so tests and reports can show the evidence. */
export type CaptionEvidence = 'describes-image' | 'dateline-follows' | 'credit-follows' | 'caption-verb' | 'caption-above-headline';

export interface CaptionCandidate {
  line: string;
  /** The next line of article text starts with a dateline. */
  datelineFollows: boolean;
  /** The next raw line is a photo credit or the caption repeated with its credit. */
  creditFollows: boolean;
}

export function describesImage(line: string): boolean {
  return IMAGE_OPENER.test(line);
}

/** `Photos provided by … show`, `Pictures from the scene`: a line that opens by naming the pictures. */
const PICTURE_SUBJECT = /^(?:Photos?|Pictures?|Images?|Photographs?)\s/u;

/**
 * Whether a finished sentence printed above the headline is the photo's
 * caption: it describes the image, opens with the pictures as its subject, or
 * has a caption's present-tense verb (`Residents gather outside …`).
 */
export function captionsAbove(line: string): boolean {
  return line.length <= CAPTION_MAX && ENDS_WITH_FULL_STOP.test(line) && !REPORTING.test(line) && (describesImage(line) || PICTURE_SUBJECT.test(line) || CAPTION_VERB.test(line));
}

/**
 * The evidence that a short line under the headline is a photo caption, or
 * null when it may be story text (then it stays in the body).
 */
export function captionEvidence({ line, datelineFollows, creditFollows }: CaptionCandidate): CaptionEvidence | null {
  if (line.length > CAPTION_MAX || /^[•\-–—*]/u.test(line)) return null;
  // "A map of ... according to the CDC" credits the picture; it does not report speech.
  if (describesImage(line)) return 'describes-image';
  if (REPORTING.test(line)) return null;
  if (creditFollows) return 'credit-follows';
  // A finished sentence above a dateline is more likely a standfirst than a caption.
  if (ENDS_WITH_FULL_STOP.test(line)) return null;
  if (datelineFollows) return 'dateline-follows';
  if (CAPTION_VERB.test(line)) return 'caption-verb';
  return null;
}

/** A caption line split into the caption and the photo credit the page ran onto its end. */
export interface CaptionParts {
  caption: string;
  /** The credit cut off the end, or null when the line has none. */
  credit: string | null;
}

const CREDIT_WORD = "\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*";
/** One to four capitalized words, written twice at the very end of the line: `... by the CDC CDC`. */
const TRAILING_REPEAT = new RegExp(`(?<=^|\\s)(${CREDIT_WORD}(?:\\s+${CREDIT_WORD}){0,3})\\s+\\1$`, 'u');
/** Words that name the picture's source just before its name: `a report by the CDC`, `courtesy of NASA`. */
const CREDIT_CUE = /(?:^|\s)(?:by|from|via|courtesy of|credit|source)(?:\s+the)?\s+$/iu;
const HAS_LOWERCASE = /\p{Ll}/u;

/**
 * Scraped pages often print a photo's credit right after its caption, and
 * a line-by-line scrape runs the two together. When the caption already
 * names the source (`according to a report by the CDC`) the credit shows up
 * as the same name written twice at the end (`... by the CDC CDC`); that
 * repeat is the credit, not caption text. A repeat counts only when it is an
 * all-capital name (`CDC`, `NASA`) or follows a source cue (`by the`), so a
 * place named by a doubled word (`Bora Bora`, `Walla Walla`) stays whole.
 */
export function captionWithoutCredit(line: string): CaptionParts {
  const repeat = line.length <= CAPTION_MAX ? TRAILING_REPEAT.exec(line) : null;
  if (repeat === null) return { caption: line, credit: null };
  const name = repeat[1]!;
  const before = line.slice(0, repeat.index);
  if (HAS_LOWERCASE.test(name) && !CREDIT_CUE.test(before)) return { caption: line, credit: null };
  const caption = `${before}${name}`;
  return { caption, credit: line.slice(caption.length).trim() };
}
