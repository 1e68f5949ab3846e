/** The fields the front page orders by. */
export interface Orderable {
  id: string;
  data: { title: string | null; date?: string | undefined };
}

const byText = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Front-page order: newest date first, dated articles before undated ones,
 * then by headline, then by id so the order never depends on file order.
 */
export function compareArticles(a: Orderable, b: Orderable): number {
  const dateA = a.data.date;
  const dateB = b.data.date;
  if (dateA !== dateB) {
    if (dateA === undefined) return 1;
    if (dateB === undefined) return -1;
    return dateA < dateB ? 1 : -1;
  }
  return byText.compare(a.data.title ?? '', b.data.title ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
