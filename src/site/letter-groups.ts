/** The jump-bar heading for names that do not start with a Latin letter (문재인, 1st Division). */
export const OTHER_LETTER = '#';

/**
 * The index letter of a name: its first letter without accents, upper-cased
 * (`Łukasz` -> `L`, `Émile` -> `E`), or `#` for a name that starts with
 * anything else.
 */
export function indexLetter(name: string): string {
  const first = name.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0);
  const plain = first === 'ł' || first === 'Ł' ? 'L' : first.toUpperCase();
  return /^[A-Z]$/.test(plain) ? plain : OTHER_LETTER;
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Items grouped by index letter, A to Z then `#`, keeping the items' order within a letter. */
export function groupByLetter<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = indexLetter(nameOf(item));
    const group = groups.get(letter);
    // In place: copying the group per item would make a long index quadratic.
    if (group === undefined) groups.set(letter, [item]);
    else group.push(item);
  }
  const rank = (letter: string): string => (letter === OTHER_LETTER ? '\uffff' : letter);
  return [...groups]
    .sort(([a], [b]) => (rank(a) < rank(b) ? -1 : 1))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}
