/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** Most characters (code points) in a slug. */
export const SLUG_MAX_LENGTH = 80;
/**
 * Most UTF-8 bytes in a slug, so that `<slug>.md` fits the 255-byte file name
 * limit of common file systems: 80 Korean or Chinese characters (3 bytes
 * each) fit, characters of 4 bytes are cut to 60.
 */
export const SLUG_MAX_BYTES = 240;

const APOSTROPHES = /^['’‘`ʼ]/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const ASCII_WORD = /^[a-z0-9]+$/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * One user-perceived character in slug form: Latin letters folded to ASCII
 * ("é" -> "e"), other letters and digits kept as written with their marks,
 * apostrophes dropped (so "Musk's" stays one word), anything else a word
 * break (null).
 */
function slugCharacter(grapheme: string): string | null {
  if (APOSTROPHES.test(grapheme)) return '';
  // Joiners and other format characters inside a cluster are not part of the word.
  const kept = grapheme.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  if (!WORD_START.test(kept)) return null;
  const folded = kept
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/gu, (letter) => TRANSLITERATIONS[letter] ?? letter);
  return ASCII_WORD.test(folded) ? folded : kept;
}

/**
 * The characters (graphemes) of `text`, except that a cluster holding both a
 * letter or digit and punctuation or space is split into its code points: a
 * prepended letter (U+1193F and its kind) clusters with the `-` after it, and
 * that `-` must still break the word, or a slug would not be its own slug.
 */
function* slugCharacters(text: string): Generator<string> {
  for (const { segment } of graphemes.segment(text)) {
    if (/[\p{L}\p{N}]/u.test(segment) && /[^\p{L}\p{M}\p{N}\p{Cf}]/u.test(segment)) yield* segment;
    else yield segment;
  }
}

/** The words of `text` in slug form: lower case, NFC, letters (with their marks) and digits only. */
function slugWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const segment of slugCharacters(text.toLowerCase().normalize('NFC'))) {
    const piece = segment === '&' ? null : slugCharacter(segment);
    if (piece === null) {
      if (word) words.push(word);
      word = '';
      if (segment === '&') words.push('and');
    } else {
      word += piece;
    }
  }
  if (word) words.push(word);
  return words.map((each) => each.normalize('NFC'));
}

const codePoints = (text: string): number => [...text].length;
const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const fits = (text: string, maxLength: number): boolean =>
  codePoints(text) <= maxLength && utf8Bytes(text) <= SLUG_MAX_BYTES;

/** The longest start of one over-long word that fits, cut between characters (graphemes). */
function cutWord(word: string, maxLength: number): string {
  let cut = '';
  for (const { segment } of graphemes.segment(word)) {
    if (!fits(cut + segment, maxLength)) break;
    cut += segment;
  }
  if (cut) return cut;
  // A single character longer than the limit (a letter under dozens of marks): keep its start.
  let start = '';
  for (const point of word) {
    if (!fits(start + point, maxLength)) break;
    start += point;
  }
  return start;
}

/**
 * Readable kebab-case of `text`: Latin script folded to ASCII, other scripts
 * kept as letters and digits (`문재인-대통령-방미`, `москва-и-пекин`), cut at a
 * word boundary to at most `maxLength` characters and SLUG_MAX_BYTES bytes.
 * Empty only when `text` has no letter or digit but apostrophes (`ʼ` is a
 * letter to Unicode).
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const words = slugWords(text);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (!fits(longer, maxLength)) break;
    slug = longer;
  }
  if (!slug && words[0] !== undefined) slug = cutWord(words[0], maxLength);
  return slug;
}

/** The entry's slug: from the title, else from the input file's base name. */
export function entrySlug(title: string | null, source: string): string {
  const fromTitle = title === null ? '' : slugify(title);
  return fromTitle || slugify(source.replace(/\.[^.]*$/u, '')) || 'article';
}
