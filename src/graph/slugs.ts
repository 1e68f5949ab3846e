import type { EntityKind } from '../extract/types.ts';

/**
 * URL slugs for entity and speaker pages.
 *
 * Why URLs stay stable when articles are added: a slug is a function of the
 * entity's own identity only (its entity-list id, or its kind and canonical
 * name), never of article order, counts or build order. Adding an article
 * can change a slug only when it brings a *new* entity whose base slug
 * collides with an existing one and outranks it (a listed entity outranks an
 * unlisted one, then kinds rank person, organization, place, event). Editors
 * pin any contested URL by giving the entity an entity-list id.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The most UTF-8 bytes a slug may have. A slug is a folder name in dist/
 * (`entities/<slug>/index.html`) and a URL segment, and file systems cap a
 * name at 255 bytes. Hosts differ in which form they store: the name as
 * written, or percent-encoded (a non-ASCII byte becomes three). 80 bytes
 * keeps both forms under the cap: at worst 80 x 3 = 240 bytes encoded.
 */
export const MAX_SLUG_BYTES = 80;

/** The longest suffix `assignSlugs` adds to a base slug on a collision: `-organization-<hash>`. */
const LONGEST_COLLISION_SUFFIX = '-organization-'.length + 7;

/** Base slugs stay this short, so a collision suffix still fits in `MAX_SLUG_BYTES`. */
export const MAX_BASE_SLUG_BYTES = MAX_SLUG_BYTES - LONGEST_COLLISION_SUFFIX;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Lower-case NFC letters and digits joined by `-`: `Vladimir Putin` ->
 * `vladimir-putin`, `Łukasz` -> `łukasz`, `문재인` -> `문재인`. Letters keep
 * their accents, so `Müller` and `Muller` are different slugs. May be empty
 * for a name with no letters or digits.
 *
 * A slug longer than `MAX_BASE_SLUG_BYTES` of UTF-8 keeps its leading whole
 * words (or, when the first word alone is too long, its leading characters)
 * and ends in `-<hash of the whole slug>`: still readable, still a function
 * of the name alone, and two long names that share their first words get
 * different slugs.
 */
export function slugify(name: string): string {
  const lower = name.normalize('NFC').toLowerCase().normalize('NFC');
  const words = lower.match(WORD) ?? [];
  const whole = words.join('-');
  if (utf8Length(whole) <= MAX_BASE_SLUG_BYTES) return whole;
  const suffix = `-${stableHash(whole)}`;
  return `${leadingWords(words, MAX_BASE_SLUG_BYTES - suffix.length)}${suffix}`;
}

/** The first words joined by `-` that fit in `budget` bytes; the first word's leading graphemes when it alone is too long. */
function leadingWords(words: readonly string[], budget: number): string {
  let kept = '';
  let bytes = 0;
  for (const word of words) {
    const joined = bytes + (kept === '' ? 0 : 1) + utf8Length(word);
    if (joined > budget) return kept === '' ? leadingGraphemes(word, budget) : kept;
    kept = kept === '' ? word : `${kept}-${word}`;
    bytes = joined;
  }
  return kept;
}

/** Whole graphemes only, so a letter never loses its accent mark to the cut. */
function leadingGraphemes(word: string, budget: number): string {
  let kept = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(word)) {
    bytes += utf8Length(segment);
    if (bytes > budget) break;
    kept += segment;
  }
  return kept;
}

/** Bytes of `text` in UTF-8 (a lone surrogate counts as the three bytes of U+FFFD that replaces it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** FNV-1a over the UTF-16 code units, in base 36: short, stable across runs and machines. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

export interface SlugCandidate {
  /** The entity's site-wide key; two candidates with the same key are the same entity. */
  key: string;
  /** What the slug is made from: the entity-list id for a listed entity, else the canonical name. */
  source: string;
  kind: EntityKind;
  listed: boolean;
}

const KIND_RANK: Readonly<Record<EntityKind, number>> = { person: 0, organization: 1, place: 2, event: 3 };

function outranks(a: SlugCandidate, b: SlugCandidate): number {
  if (a.listed !== b.listed) return a.listed ? -1 : 1;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * One unique slug per key. Within a group of candidates sharing a base slug
 * the highest-ranked keeps it; each other gets `-<kind>`, or `-<kind>-<hash
 * of key>` when that is taken too. Nothing is ever overwritten. A base slug
 * is at most `MAX_BASE_SLUG_BYTES` and a suffix at most
 * `LONGEST_COLLISION_SUFFIX`, so no slug exceeds `MAX_SLUG_BYTES`.
 */
export function assignSlugs(candidates: readonly SlugCandidate[]): Map<string, string> {
  const unique = [...new Map(candidates.map((candidate) => [candidate.key, candidate])).values()].sort(outranks);
  const groups = new Map<string, SlugCandidate[]>();
  for (const candidate of unique) {
    const base = slugify(candidate.source) || `${candidate.kind}-${stableHash(candidate.key)}`;
    const group = groups.get(base);
    if (group === undefined) groups.set(base, [candidate]);
    else group.push(candidate);
  }

  const slugs = new Map<string, string>();
  const taken = new Set(groups.keys());
  const losers: { base: string; candidate: SlugCandidate; sameKind: boolean }[] = [];
  for (const [base, [winner, ...others]] of groups) {
    if (winner) slugs.set(winner.key, base);
    const perKind = new Map<string, number>();
    for (const member of groups.get(base) ?? []) perKind.set(member.kind, (perKind.get(member.kind) ?? 0) + 1);
    for (const other of others) losers.push({ base, candidate: other, sameKind: (perKind.get(other.kind) ?? 0) > 1 });
  }
  for (const { base, candidate, sameKind } of losers) {
    let slug = `${base}-${candidate.kind}`;
    if (sameKind || taken.has(slug)) slug = `${slug}-${stableHash(candidate.key)}`;
    for (let attempt = 1; taken.has(slug); attempt += 1) {
      slug = `${base}-${candidate.kind}-${stableHash(`${candidate.key}#${attempt}`)}`;
    }
    taken.add(slug);
    slugs.set(candidate.key, slug);
  }
  return slugs;
}
