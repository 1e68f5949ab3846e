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
export type CaptionEvidence = 'describes-image' | 'dateline-follows' | 'credit-follows' | 'caption-verb';

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
