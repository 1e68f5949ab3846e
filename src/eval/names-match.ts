import { ACRONYM_FUNCTION_WORDS, NAME_TITLES } from './name-titles.ts';
import { foldAccents } from './normalize.ts';

/** The shortest gold token that may anchor a partial name match ("Putin" for "Vladimir Putin"). */
const MIN_ANCHOR_LETTERS = 3;
/** How many more tokens the longer name may have in a partial match. */
const MAX_EXTRA_TOKENS = 2;

/**
 * Lowercase word tokens of a name with `the` and possessive `'s` removed;
 * periods are dropped first so "U.N." reads as "un" and "Dr." as "dr".
 */
export function wordTokens(name: string): string[] {
  const plain = foldAccents(name)
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\./g, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '' && token !== 'the');
}

/**
 * The tokens a name is compared by: word tokens without titles. The last token
 * is always kept, because many surnames are also titles (Stephen King, Ann
 * Judge); a name made only of titles keeps all its tokens.
 */
export function nameTokens(name: string): string[] {
  const tokens = wordTokens(name);
  const kept = tokens.filter((token, index) => index === tokens.length - 1 || !NAME_TITLES.has(token));
  return kept.length > 0 ? kept : tokens;
}

function containsAll(longer: readonly string[], shorter: readonly string[]): boolean {
  const set = new Set(longer);
  return shorter.every((token) => set.has(token));
}

function isAnchor(token: string | undefined, side: readonly string[]): boolean {
  return token !== undefined && token.length >= MIN_ANCHOR_LETTERS && side.includes(token);
}

function isAcronymOf(acronym: readonly string[], expansion: readonly string[]): boolean {
  if (acronym.length !== 1 || expansion.length < 2) return false;
  const letters = acronym[0]!;
  if (letters.length < 2) return false;
  const initials = (tokens: readonly string[]) => tokens.map((token) => token[0]).join('');
  const content = expansion.filter((token) => !ACRONYM_FUNCTION_WORDS.has(token));
  return initials(expansion) === letters || initials(content) === letters;
}

/**
 * Whether a predicted name names the same entity as a gold name, by the
 * corpus scoring rules: equal tokens; or one side's tokens all inside the
 * other's, the shorter side holding the gold's first or last token (3+ letters)
 * and the longer side at most 2 tokens longer; or an acronym of the other.
 * Asymmetric on purpose: the anchor token is always the gold's.
 */
export function namesMatch(predicted: string, gold: string): boolean {
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.length === g.length && containsAll(p, g) && containsAll(g, p)) return true;

  const [shorter, longer] = p.length <= g.length ? [p, g] : [g, p];
  if (
    containsAll(longer, shorter) &&
    longer.length - shorter.length <= MAX_EXTRA_TOKENS &&
    (isAnchor(g[0], shorter) || isAnchor(g[g.length - 1], shorter))
  ) {
    return true;
  }

  const pWords = wordTokens(predicted);
  const gWords = wordTokens(gold);
  return isAcronymOf(pWords, gWords) || isAcronymOf(gWords, pWords);
}

/** Whether any of the predicted names matches any of the gold names. */
export function anyNamesMatch(predicted: readonly string[], gold: readonly string[]): boolean {
  return predicted.some((p) => gold.some((g) => namesMatch(p, g)));
}
