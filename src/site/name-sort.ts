import { GIVEN_NAMES } from '../extract/gazetteer/given-names.ts';
import type { EntityKind } from '../extract/types.ts';

/**
 * Where a name sorts in an A-to-Z index. People sort by family name, the
 * way an English-language index (Chicago style) lists them:
 *
 * - `Alexander Novak` -> `novak alexander` (under N);
 * - family-name-first names keep their order: any name in Hangul, Han or
 *   Kana script (`문재인`), and a romanized name that starts with a common
 *   East Asian family name (`Xi Jinping`, `Moon Jae-in`, `Kim Jong Un`);
 * - a lowercase particle goes after the given names, so the name sorts
 *   under the word after it: `Ludwig van Beethoven` -> `beethoven ludwig
 *   van` (B), `Charles de Gaulle` -> G, `Bashar al-Assad` -> A for Assad.
 *   A capitalized particle is part of the family name, as written:
 *   `Robert De Niro` -> D;
 * - a suffix (`Jr.`, `III`) goes last: `Martin Luther King Jr.` -> K;
 * - a mononym (`Madonna`) is its own key.
 *
 * Organizations, places and events sort by their name without a leading
 * `The`. Keys are lower-cased and without accents, so `Émile` sorts with
 * `Emile`; a key holds only the name's own words, reordered.
 */
export function sortKeyOf(name: string, kind: EntityKind): string {
  const words = name.trim().split(/\s+/u).filter((word) => word !== '');
  const ordered = kind === 'person' ? personOrder(words) : withoutLeadingThe(words);
  return fold(ordered.join(' '));
}

/**
 * A total order on index entries: by sort key, then by the name as written
 * (code points), then by slug, which is unique, so equal keys never leave
 * the order to the input.
 */
export function compareSortKeys(
  a: { sortKey: string; name: string; slug: string },
  b: { sortKey: string; name: string; slug: string },
): number {
  return codePointCompare(a.sortKey, b.sortKey) || codePointCompare(a.name, b.name) || codePointCompare(a.slug, b.slug);
}

function codePointCompare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Common romanized East Asian family names of one syllable (Chinese, Korean, Vietnamese-in-Chinese-order). Lowercase. */
const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin sin kwon
hwang ahn an song moon mun yoo yu ryu hong jeon chun ko go baek bae noh roh ban
xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang
deng feng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding shen ren yao tan
fu qian qin dai fan fang shi wen jin hou meng bai mao cui kong`.split(/\s+/u),
);

/** East Asian family names that are also common Western given names. */
const WESTERN_GIVEN_TOO: ReadonlySet<string> = new Set(['kim', 'lee', 'han', 'jo', 'an', 'song']);

/** Lowercase particles that belong with the family name but do not decide where it sorts. */
const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el',
]);

/** Particles written joined to the family name by a hyphen: `al-Assad`, `el-Sisi`. */
const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ar)-(?=\p{L})/iu;

const SUFFIX = /^(?:jr|sr|jnr|snr)\.?$|^(?:ii|iii|iv|vi|vii|viii)$/iu;

/** Scripts whose names are written family name first. */
const FAMILY_FIRST_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function personOrder(words: readonly string[]): string[] {
  if (words.length < 2 || isFamilyNameFirst(words)) return [...words];
  // A suffix after a comma (`King, Jr.`) leaves the comma on the word before it.
  const bare = words.map((word) => word.replace(/,$/u, ''));
  let end = bare.length;
  const suffixes: string[] = [];
  while (end > 2 && SUFFIX.test(bare[end - 1] as string)) {
    end -= 1;
    suffixes.unshift(bare[end] as string);
  }
  const last = end - 1;
  // A capitalized particle is part of the family name, which sorts under it: `De Niro`.
  let familyAt = last;
  while (familyAt > 1 && isCapitalizedParticle(bare[familyAt - 1] as string)) familyAt -= 1;
  // Lowercase particles before the family name go after the given names: `van Beethoven`.
  let particlesAt = familyAt;
  while (particlesAt > 1 && PARTICLES.has(bare[particlesAt - 1] as string)) particlesAt -= 1;
  const family = bare.slice(familyAt, end);
  const joined = JOINED_PARTICLE.exec(family[0] as string);
  if (joined !== null) family[0] = (family[0] as string).slice(joined[0].length);
  const joinedParticle = joined === null ? [] : [joined[0]];
  return [...family, ...bare.slice(0, particlesAt), ...bare.slice(particlesAt, familyAt), ...joinedParticle, ...suffixes];
}

function isCapitalizedParticle(word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && PARTICLES.has(lower);
}

function isFamilyNameFirst(words: readonly string[]): boolean {
  if (words.some((word) => FAMILY_FIRST_SCRIPT.test(word))) return true;
  if (words.length > 3) return false;
  const [first, ...given] = words.map((word) => word.toLowerCase());
  if (first === undefined || !EAST_ASIAN_FAMILY_NAMES.has(first)) return false;
  // `Moon Jae-in`, `Park Geun-hye`: a hyphenated given name after a one-syllable family name.
  if (given.some((word) => /^\p{L}+-\p{L}+$/u.test(word))) return true;
  // `Xi Jinping`, `Wang Yi`; but not `Li Anderson`: a Western given name after it is no Asian given name.
  if (given.some((word) => GIVEN_NAMES.has(word))) return false;
  // `Kim` and `Lee` are also Western given names (`Kim Kardashian`, `Lee Child`): family-first
  // only when the name reads as a full Korean or Chinese one (`Kim Jong Un`, `Lee Hsien Loong`).
  return !WESTERN_GIVEN_TOO.has(first) || given.length === 2;
}

function withoutLeadingThe(words: readonly string[]): string[] {
  return words.length > 1 && /^the$/iu.test(words[0] as string) ? words.slice(1) : [...words];
}

/** Lower-cased, accents removed; `ł` has no decomposition, so it is folded by hand. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/ł/gu, 'l').replace(/Ł/gu, 'L').toLowerCase();
}
