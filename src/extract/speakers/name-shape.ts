/**
 * The shape of an entity's name as the speaker features read it: its words,
 * and whether a title or rank is written inside it (`Fire Chief Tres
 * Atkinson`), a sign that the name runs past its edges.
 */
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles.ts';

/** Lowercased words of a name, without `the`, possessive `'s` and periods. */
export function nameWords(name: string): string[] {
  const plain = name.toLowerCase().replace(/['’]s\b/gu, '').replace(/\./g, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && word !== 'the');
}

/**
 * A title, or a word that builds one (`Chief`, `Deputy`), anywhere but last
 * (many surnames are also titles: Stephen King, Ann Judge).
 */
export function hasTitleWord(name: string): boolean {
  return hasTitleAmong(nameWords(name));
}

function hasTitleAmong(words: readonly string[]): boolean {
  return words.slice(0, -1).some((word) => TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word));
}

/** How many words a name has (as nameWords counts them) and whether it holds a title word, its words read once. */
export function nameShape(name: string): { words: number; titled: boolean } {
  const words = nameWords(name);
  return { words: words.length, titled: hasTitleAmong(words) };
}
