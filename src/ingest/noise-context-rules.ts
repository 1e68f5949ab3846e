import { noiseFragmentsOf } from './noise-fragments.ts';

/**
 * Noise that only shows as such next to other lines: a photo caption repeated
 * with its credit, a gallery caption printed once per photo, an image's alt
 * text above its credit. Each rule names the evidence it needs.
 */
export interface LineContext {
  /** Earlier lines kept as article text (not noise), in order. */
  keptBefore: readonly string[];
  /** The noise rule of the line just before, if it was noise. */
  previousNoise: string | null;
  /** The next non-blank line, or null at the end. */
  next: string | null;
}

export interface NoiseContextRule {
  name: string;
  description: string;
  matches: (line: string, context: LineContext) => boolean;
}

const CREDIT_RULES = ['photo-credit', 'agency-credit', 'copyright', 'separator'];
const IMAGE_RULES = ['image-file-name', 'image-slug'];
const ENDS_LIKE_A_SENTENCE = /[.!?:;][”’"')\]]*$/u;
const SHORT_CAPTION_MAX = 120;
const ALT_TEXT_MAX_WORDS = 6;

function isCreditLine(line: string | null): boolean {
  if (line === null) return false;
  const fragments = noiseFragmentsOf(line, CREDIT_RULES);
  return fragments !== null && !(fragments.length === 1 && fragments[0] === 'separator');
}

/** The last step of a navigation trail is the section itself, printed without the arrow: `- Irish News`. */
const TRAIL_END = /^[-–•»›]\s*\p{Lu}[\p{L}&'’]*(?:\s+[\p{L}&'’]+){0,3}$/u;

export const NOISE_CONTEXT_RULES: readonly NoiseContextRule[] = [
  {
    name: 'caption-repeated-with-credit',
    description: 'an earlier line (the caption) printed again with a photo credit after it',
    matches: (line, { keptBefore }) =>
      keptBefore.some((kept) => kept.length >= 20 && line.startsWith(kept) && isCreditLine(line.slice(kept.length))),
  },
  {
    name: 'repeated-photo-caption',
    description: 'a short unpunctuated line printed again, as galleries do under each photo; the first copy is kept',
    matches: (line, { keptBefore }) =>
      line.length <= SHORT_CAPTION_MAX && !ENDS_LIKE_A_SENTENCE.test(line) && keptBefore.includes(line),
  },
  {
    name: 'breadcrumb-end',
    description: 'a short bulleted section name right after a navigation trail (`- Home >`, `- News >`, then `- Irish News`)',
    matches: (line, { previousNoise }) => previousNoise !== null && previousNoise.split('+').includes('breadcrumb') && TRAIL_END.test(line),
  },
  {
    name: 'image-alt-text',
    description: 'a few lower-case words with no punctuation right after an image file name or right before a photo credit',
    matches: (line, { previousNoise, next }) =>
      /^[\p{Ll}\p{N}]+(?: [\p{Ll}\p{N}]+)*$/u.test(line) &&
      line.split(' ').length <= ALT_TEXT_MAX_WORDS &&
      ((previousNoise !== null && IMAGE_RULES.includes(previousNoise)) || isCreditLine(next)),
  },
];
