/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', '&': ' and ',
};

export const SLUG_MAX_LENGTH = 80;

/** Readable ASCII kebab-case, cut at a word boundary to at most `maxLength` characters. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı&]/gu, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .replace(/['’‘`]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The entry's slug: from the title, else from the input file's base name. */
export function entrySlug(title: string | null, source: string): string {
  const fromTitle = title === null ? '' : slugify(title);
  return fromTitle || slugify(source.replace(/\.[^.]*$/u, '')) || 'article';
}
