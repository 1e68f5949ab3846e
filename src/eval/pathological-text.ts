/**
 * One-paragraph inputs shaped to make a text scanner go quadratic: the shapes
 * a hostile tester found (issue 7). The bench times them at growing sizes and
 * the extraction tests count the work they take; each is exactly `chars`
 * characters long and the same on every run.
 */
import type { ArticleText } from '../extract/types.ts';

export type PathologicalShape = 'quote-mark-run' | 'nested-quotes' | 'title-case-run' | 'repeated-cue';

export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = ['quote-mark-run', 'nested-quotes', 'title-case-run', 'repeated-cue'];

/** Every mark the quote finder knows, straight and curly, with guillemets. */
const MARK_RUN = '"“”‘’«»\'';
const OPENERS = '“‘«';
const CLOSERS = '»’”';
/** Varied capitalized words, so a run holds many distinct names and tails. */
const TITLE_WORDS: readonly string[] = [
  'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Theta', 'Iota', 'Kappa', 'Lambda', 'Sigma', 'Omega',
];

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** `"“”‘’«»'"“”…`: every mark, over and over, with nothing between. */
function quoteMarkRun(chars: number): string {
  return repeatTo(MARK_RUN, chars);
}

/** `“‘«“‘«…»’”»’”`: openers nested as deep as the text allows, then their closers. */
function nestedQuotes(chars: number): string {
  const half = Math.floor(chars / 2);
  return repeatTo(OPENERS, half) + repeatTo(CLOSERS, chars - half);
}

/** `Alpha Beta Gamma … Alphab Betab …`: one capitalized run, no word repeating within 12 of itself. */
function titleCaseRun(chars: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i += 1) {
    const round = Math.floor(i / TITLE_WORDS.length);
    const word = TITLE_WORDS[i % TITLE_WORDS.length]! + (round === 0 ? '' : round.toString(36));
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}

/** `Ruiz said Ruiz said …`: one sentence of reporting cues, each reporting the rest of the sentence. */
function repeatedCue(chars: number): string {
  return repeatTo('Ruiz said ', chars);
}

/** The one paragraph of `shape`, `chars` characters long. */
export function pathologicalParagraph(shape: PathologicalShape, chars: number): string {
  switch (shape) {
    case 'quote-mark-run':
      return quoteMarkRun(chars);
    case 'nested-quotes':
      return nestedQuotes(chars);
    case 'title-case-run':
      return titleCaseRun(chars);
    case 'repeated-cue':
      return repeatedCue(chars);
  }
}

/** An article whose body is that one paragraph. */
export function pathologicalArticle(shape: PathologicalShape, chars: number): ArticleText {
  return { title: null, caption: null, dateline: [], paragraphs: [pathologicalParagraph(shape, chars)] };
}
