import type { EntityKind } from '../types.ts';

/**
 * A stable, article-independent id for an entity not in the entity list:
 * `person/vladimir-putin`. Accents are folded and anything but letters and
 * digits becomes a single hyphen, so the id is safe in a URL path.
 */
export function entityIdFor(kind: EntityKind, name: string): string {
  return `${kind}/${(asciiSlug(name) ?? slug(name)) || 'unnamed'}`;
}

/** The slug of any name: accents folded, apostrophes dropped, every other run of non-letters one hyphen. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `slug` of a name written in ASCII (most names), in one pass by character
 * code instead of five passes of the general one; undefined for any other name.
 */
export function asciiSlug(name: string): string | undefined {
  let out = '';
  let gap = false;
  for (let index = 0; index < name.length; index += 1) {
    let code = name.charCodeAt(index);
    if (code >= 128) return undefined;
    if (code === 0x27) continue;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && out !== '') out += '-';
      gap = false;
      out += String.fromCharCode(code);
    } else gap = true;
  }
  return out;
}
