import { DATELINE_RULES, LABEL_WORDS, type PlaceTest } from './dateline-rules.ts';
import { lookupKnownName } from '../extract/gazetteer/index.ts';

export interface Dateline {
  /** The places as written, e.g. `['Moscow', 'Xiamen']` or `['NEW YORK']`. */
  places: string[];
  /** The paragraph with the dateline prefix removed. */
  rest: string;
  rule: string;
}

/** A place the extractor's gazetteer knows, so that `Moscow:` passes like `MOSCOW:` does. */
export function isKnownPlace(name: string): boolean {
  return lookupKnownName(name)?.kind === 'place';
}

const ALL_CAPS = /^[\p{Lu}\p{N}'’.\- ]+$/u;
/** What follows a dateline must start a sentence: a capital, a digit or a quote mark. */
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘'(]/u;

function passes(test: PlaceTest, places: readonly string[]): boolean {
  if (places.some((place) => LABEL_WORDS.has(place.toLowerCase()))) return false;
  if (test === 'any') return true;
  if (test === 'several') return places.length >= 2;
  return places.every((place) => (ALL_CAPS.test(place) && /\p{Lu}{2}/u.test(place)) || isKnownPlace(place));
}

/** The dateline that opens a first paragraph, or null when it has none (or we are unsure). */
export function findDateline(paragraph: string): Dateline | null {
  for (const rule of DATELINE_RULES) {
    const match = rule.pattern.exec(paragraph);
    const placeText = match?.groups?.['places'];
    if (!match || placeText === undefined) continue;
    const places = placeText.split('/').map((place) => place.trim());
    const rest = paragraph.slice(match[0].length);
    if (!SENTENCE_START.test(rest) || !passes(rule.placeTest, places)) continue;
    const qualifier = match.groups?.['qualifier'] ?? '';
    if (qualifier && places.length === 1) places[0] = `${places[0]}${qualifier}`;
    return { places, rest, rule: rule.name };
  }
  return null;
}
