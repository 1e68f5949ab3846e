/** `3 articles`, `1 article`: a count with its noun, plural unless the count is one. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
