import { NOISE_FRAGMENT_RULES, type NoiseFragmentRule } from './noise-rules.ts';

interface CompiledRule {
  name: string;
  regex: RegExp;
}

/**
 * A fragment must end at a word boundary, or where a scraper ran two buttons
 * together (`articleComments`: a lower-case letter followed by a capital).
 */
const FRAGMENT_END = '(?=$|[^\\p{L}\\p{N}]|(?<=\\p{Ll})\\p{Lu})';

function compile(rule: NoiseFragmentRule): CompiledRule {
  const flags = rule.ignoreCase ? 'yiu' : 'yu';
  return { name: rule.name, regex: new RegExp(`(?:${rule.pattern})${FRAGMENT_END}`, flags) };
}

const COMPILED = NOISE_FRAGMENT_RULES.map(compile);
const SEPARATOR_RULE = 'separator';

function longestMatchAt(line: string, position: number, rules: readonly CompiledRule[]): { name: string; end: number } | null {
  let best: { name: string; end: number } | null = null;
  for (const rule of rules) {
    rule.regex.lastIndex = position;
    const match = rule.regex.exec(line);
    if (match && match[0].length > 0 && (!best || position + match[0].length > best.end)) {
      best = { name: rule.name, end: position + match[0].length };
    }
  }
  return best;
}

/** One noise fragment of a line: the rule that matched and the text it covered. */
export interface NoiseFragment {
  name: string;
  text: string;
}

/**
 * The noise fragments that make up the whole line, in order (separators
 * included), or null when any part of the line is not noise.
 */
export function noiseFragmentPartsOf(line: string, ruleNames?: readonly string[]): NoiseFragment[] | null {
  const rules = ruleNames ? COMPILED.filter((rule) => ruleNames.includes(rule.name)) : COMPILED;
  const parts: NoiseFragment[] = [];
  let position = line.length - line.trimStart().length;
  while (position < line.length) {
    const match = longestMatchAt(line, position, rules);
    if (!match) return null;
    parts.push({ name: match.name, text: line.slice(position, match.end) });
    position = match.end;
    while (position < line.length && /\s/u.test(line[position] ?? '')) position++;
  }
  return parts.length === 0 ? null : parts;
}

/**
 * The names of the noise fragments that make up the whole line, in order, or
 * null when any part of the line is not noise. Separators between fragments
 * are not named unless the line is nothing but separators.
 */
export function noiseFragmentsOf(line: string, ruleNames?: readonly string[]): string[] | null {
  const parts = noiseFragmentPartsOf(line, ruleNames);
  if (parts === null) return null;
  const named = parts.map((part) => part.name).filter((name) => name !== SEPARATOR_RULE);
  return named.length > 0 ? [...new Set(named)] : [SEPARATOR_RULE];
}
