/**
 * The clock `newsgraph ingest` records an undated article's `ingested` day
 * by. `SOURCE_DATE_EPOCH` (whole seconds since 1970, the reproducible-builds
 * convention) fixes it, so the same raw text gives the same entry on any day;
 * unset, it is the system clock.
 */
export function ingestClock(environment: NodeJS.ProcessEnv = process.env): () => Date {
  const value = environment['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return () => new Date();
  if (!/^\d{1,12}$/u.test(value)) throw new SourceDateError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (got "${value}")`);
  const fixed = new Date(Number(value) * 1000);
  return () => fixed;
}

export class SourceDateError extends Error {
  override name = 'SourceDateError';
}
