/** What an article is called on pages: its headline, or a plain placeholder when ingest found none. */
export function headlineOf(title: string | null): string {
  return title ?? 'Untitled article';
}
