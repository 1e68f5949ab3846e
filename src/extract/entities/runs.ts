/**
 * Capitalized runs: the stretches of a block that may be names. A run is a
 * sequence of capitalized words, joined across `of`/`for`/`on`/`and`/`the`
 * only inside an organization or place name (`Department of Health and
 * Human Services`, `Gulf of Mexico`) and across name particles (`Charles de
 * Gaulle`). Lists stay apart: `BBC, ITV and Harbour Radio` is three runs. A run
 * longer than MAX_NAME_TOKENS is left out.
 */
import { ORGANIZATION_HEADS, ORGANIZATION_HEADS_WITH_COMPLEMENT, POSSESSIVE_NAME_WORDS } from '../lexicon/org-suffixes.ts';
import { NUMBERED_OUTLET_HEADS, NUMBERED_PLACE_HEADS, PLACE_PREFIX_HEADS } from '../gazetteer/name-heads.ts';
import { lookupKnownName } from '../gazetteer/index.ts';
import { countWork } from '../work-meter.ts';
import { isPossessive, type Token } from './tokenize.ts';

export interface Run {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  end: number;
}

const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'dos', 'das', 'di',
  'el', 'ter',
]);

/** Particles written in lower case and hyphened to the name after them: `al-Assad`, `el-Din`, `bin-Talal`. */
const HYPHENED_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'bin', 'ibn', 'abu', 'ben', 'ould']);

/** Whether a word is a name part that opens with such a particle: `al-Assad`. */
export function isHyphenedParticleName(text: string): boolean {
  const hyphen = text.indexOf('-');
  const initial = text.charAt(hyphen + 1);
  return hyphen > 0 && HYPHENED_PARTICLES.has(text.slice(0, hyphen)) && initial !== initial.toLowerCase();
}

/** Place names that take a complement: `Gulf of Mexico`, `Republic of Korea`. */
const PLACE_HEADS_WITH_COMPLEMENT: ReadonlySet<string> = new Set([
  'gulf', 'bay', 'isle', 'isles', 'city', 'republic', 'kingdom', 'state', 'states', 'strait', 'cape', 'sea',
  'islands', 'straits', 'emirates', 'federation', 'commonwealth', 'principality', 'sultanate', 'duchy',
]);

const COMPLEMENT_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/**
 * The most tokens one name may take. The longest names in real articles take
 * ten (`The United Nations Office for the Coordination of Humanitarian
 * Affairs`); a longer capitalized run is a scraped menu, a headline or a list
 * run together, and is no name at all. Bounding it also bounds the work every
 * later step spends on one name.
 */
export const MAX_NAME_TOKENS = 12;

/** How many capitalized words after `and` may lead to the organization head that licenses it. */
const AND_LOOKAHEAD = 4;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const DIGITS = /^\d+$/;

function isCapitalizedWord(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && token.capitalized;
}

function takesComplement(token: Token): boolean {
  return ORGANIZATION_HEADS_WITH_COMPLEMENT.has(token.key) || PLACE_HEADS_WITH_COMPLEMENT.has(token.key);
}

/** `Food and Drug Administration`: the words after `and` end in an organization head. */
/**
 * How many words after `and` reach an organization head (`Drug Administration`
 * is 2), or 0 when none does within reach.
 */
function andLeadsToHead(tokens: readonly Token[], afterAnd: number): number {
  for (let index = afterAnd; index < tokens.length && index < afterAnd + AND_LOOKAHEAD; index += 1) {
    const token = tokens[index]!;
    if (!isCapitalizedWord(token)) return 0;
    if (ORGANIZATION_HEADS.has(token.key)) return index - afterAnd + 1;
  }
  return 0;
}

/**
 * `of Technology`, `of New York`: a complement of one word or a known place is
 * whole, so a body after `and` is another one. `of Representatives Science and
 * Innovation Committee` runs on into the head its words describe.
 */
function closedComplement(tokens: readonly Token[], from: number, end: number): boolean {
  if (from < 0 || from >= end) return false;
  if (end - from === 1) return true;
  return end - from <= AND_LOOKAHEAD && lookupKnownName(tokens.slice(from, end).map((t) => t.text).join(' '))?.kind === 'place';
}

/**
 * `Institute of Technology and Colorado State University`: words after `and`
 * that reach a head of their own (one that names a body and takes a
 * complement) start a second name; `Department of Health and Human Services`
 * goes on with its complement.
 */
function startsSecondBody(tokens: readonly Token[], afterAnd: number): boolean {
  for (let index = afterAnd; index < tokens.length && index < afterAnd + AND_LOOKAHEAD; index += 1) {
    const token = tokens[index]!;
    if (!isCapitalizedWord(token)) return false;
    if (ORGANIZATION_HEADS_WITH_COMPLEMENT.has(token.key)) return true;
  }
  return false;
}

/** `, Mediation and Arbitration` ends a complement: two single unknown words joined by `and`, then no more capitals. */
function listsComplement(tokens: readonly Token[], afterComma: number): boolean {
  const [middle, and, last, beyond] = [tokens[afterComma], tokens[afterComma + 1], tokens[afterComma + 2], tokens[afterComma + 3]];
  if (!isCapitalizedWord(middle) || and?.text !== 'and' || !isCapitalizedWord(last) || isCapitalizedWord(beyond)) return false;
  return lookupKnownName(middle!.text) === undefined && lookupKnownName(last!.text) === undefined;
}

export function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!isCapitalizedWord(token)) {
      index += 1;
      continue;
    }
    const first = index;
    let end = index + 1;
    // Inside `Department of ...`, `and` may join too: `of Health and Human Services`.
    let inComplement = false;
    // Where the complement's words begin: `Technology` of `Institute of Technology`.
    let complementFrom = -1;
    for (;;) {
      const next = tokens[end];
      if (next === undefined || !next.isWord) {
        // `People's Democratic Party`: a possessive that belongs inside the name.
        const after = tokens[end + 1];
        // `Information Commissioner's Office`: an office is named after the post that runs it.
        const namesOffice = isCapitalizedWord(after) && after!.key === 'office' && end - first >= 2;
        if (isPossessive(next) && (POSSESSIVE_NAME_WORDS.has(tokens[end - 1]!.key) || namesOffice) && isCapitalizedWord(after)) {
          end += 2;
          continue;
        }
        // `Johnson & Johnson`: an ampersand always joins two capitalized words.
        if (next?.text === '&' && isCapitalizedWord(after)) {
          end += 2;
          continue;
        }
        // `Commission for Conciliation, Mediation and Arbitration`: a listed complement, `X, Y and Z`.
        if (inComplement && next?.text === ',' && listsComplement(tokens, end + 1)) {
          end += 4;
          continue;
        }
        break;
      }
      if (next.capitalized) {
        end += 1;
        continue;
      }
      const previous = tokens[end - 1]!;
      const after = tokens[end + 1];
      if (DIGITS.test(next.text) && (PLACE_PREFIX_HEADS.has(previous.key) || NUMBERED_PLACE_HEADS.has(previous.key) || NUMBERED_OUTLET_HEADS.has(previous.key))) {
        end += 1;
        break;
      }
      if (NAME_PARTICLES.has(next.text) && isCapitalizedWord(after) && end - first >= 1) {
        end += 2;
        continue;
      }
      // `Bashar al-Assad`, `Nur el-Din`: a particle joined to the next name by a hyphen.
      if (isHyphenedParticleName(next.text)) {
        end += 1;
        continue;
      }
      if (COMPLEMENT_CONNECTORS.has(next.text) && (takesComplement(previous) || inComplement)) {
        if (isCapitalizedWord(after)) {
          inComplement = true;
          complementFrom = end + 1;
          end += 2;
          continue;
        }
        if (after?.text === 'the' && isCapitalizedWord(tokens[end + 2])) {
          inComplement = true;
          complementFrom = end + 2;
          end += 3;
          continue;
        }
        // `Court of Appeals for the 5th Circuit`: an ordinal numbers the complement.
        if (after?.text === 'the' && ORDINAL.test(tokens[end + 2]?.text ?? '') && isCapitalizedWord(tokens[end + 3])) {
          inComplement = true;
          end += 4;
          continue;
        }
        break;
      }
      if (next.text === 'and' && isCapitalizedWord(after)) {
        // A run already too long to be a name is dropped whatever follows: no need to look its words up.
        const left = end - first <= MAX_NAME_TOKENS ? tokens.slice(first, end).map((t) => t.text).join(' ') : '';
        const leftIsName = (left !== '' && lookupKnownName(left) !== undefined) || (end - first === 1 && previous.allCaps);
        // `Ventures Platform and Tlcom Capital`: two words on each side are two names, not one.
        const toHead = andLeadsToHead(tokens, end + 1);
        // `the`, `U.S.` and other short forms before the name are not words of it.
        // Counting stops at two, and looks back a bounded way, so a long run stays linear.
        let leftWords = 0;
        for (let at = end - 1; at >= first && at >= end - AND_LOOKAHEAD && leftWords < 2; at -= 1) {
          const word = tokens[at]!;
          if (word.isWord && word.key !== 'the' && !word.allCaps && !word.text.includes('.')) leftWords += 1;
        }
        const twoNames = leftWords >= 2 && toHead >= 2;
        const secondBody = inComplement && closedComplement(tokens, complementFrom, end) && startsSecondBody(tokens, end + 1);
        if ((inComplement && !secondBody) || (!leftIsName && toHead > 0 && !twoNames)) {
          end += 2;
          continue;
        }
      }
      break;
    }
    countWork(end - first);
    if (end - first <= MAX_NAME_TOKENS) runs.push({ first, end });
    index = end;
  }
  return runs;
}
