import { z } from 'astro/zod';

/** A calendar date written by an editor as `YYYY-MM-DD`, kept as text so no time zone can shift it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD', abort: true })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'expected a real calendar date');

/**
 * The frontmatter `npx newsgraph ingest` writes for content/articles/<slug>.md.
 * Strict: an unknown field is a typo until the schema learns it (issue 4 adds
 * `quotes` and `entities` overrides here).
 */
export const articleSchema = z.strictObject({
  // Null when the raw text had no headline line.
  title: z.string().min(1).nullable(),
  // Places named before the colon of the first paragraph, e.g. ["Moscow", "Xiamen"].
  dateline: z.array(z.string().min(1)),
  // The photo caption of the scraped page; there is never an image to go with it.
  caption: z.string().min(1).nullable(),
  // Editor-supplied publication date; ingest never guesses one.
  date: isoDate.optional(),
  // The raw file the entry was ingested from, for provenance.
  source: z.string().min(1),
  // Noise lines ingest dropped (share buttons, "Other news"), kept so an editor can check them.
  removed: z.array(z.string()),
});

export type ArticleData = z.infer<typeof articleSchema>;
