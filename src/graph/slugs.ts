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
 * Lower-case NFC letters and digits joined by `-`: `Vladimir Putin` ->
 * `vladimir-putin`, `Łukasz` -> `łukasz`, `문재인` -> `문재인`. Letters keep
 * their accents, so `Müller` and `Muller` are different slugs. May be empty
 * for a name with no letters or digits.
 */
export function slugify(name: string): string {
  const lower = name.normalize('NFC').toLowerCase().normalize('NFC');
  return (lower.match(WORD) ?? []).join('-');
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
 * of key>` when that is taken too. Nothing is ever overwritten.
 */
export function assignSlugs(candidates: readonly SlugCandidate[]): Map<string, string> {
  const unique = [...new Map(candidates.map((candidate) => [candidate.key, candidate])).values()].sort(outranks);
  const groups = new Map<string, SlugCandidate[]>();
  for (const candidate of unique) {
    const base = slugify(candidate.source) || `${candidate.kind}-${stableHash(candidate.key)}`;
    groups.set(base, [...(groups.get(base) ?? []), candidate]);
  }

  const slugs = new Map<string, string>();
  const taken = new Set(groups.keys());
  const losers: [string, SlugCandidate][] = [];
  for (const [base, [winner, ...others]] of groups) {
    if (winner) slugs.set(winner.key, base);
    for (const other of others) losers.push([base, other]);
  }
  for (const [base, candidate] of losers) {
    const sameKind = (groups.get(base) ?? []).filter((member) => member.kind === candidate.kind).length > 1;
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
