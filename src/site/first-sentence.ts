import { NON_FINAL_ABBREVIATIONS } from '../graph/abbreviations.ts';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentence of a paragraph, as written (trailing space trimmed), for
 * the front-page standfirst. Intl.Segmenter finds candidate breaks; a break
 * right after an abbreviation (`Mr.`, `Sept.`) or a lone initial (`U.S.`,
 * `J.`) is not a sentence end, so the next piece is joined on.
 */
export function firstSentence(paragraph: string): string {
  let sentence = '';
  for (const { segment } of sentences.segment(paragraph)) {
    sentence += segment;
    if (!endsWithAbbreviation(sentence.trimEnd())) break;
  }
  return sentence.trim();
}

function endsWithAbbreviation(text: string): boolean {
  const lastWord = /(\S+)\.$/.exec(text)?.[1];
  if (lastWord === undefined) return false;
  const bare = lastWord.replace(/^[("'\u2018\u201c[]+/, '');
  return NON_FINAL_ABBREVIATIONS.has(bare) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare);
}
