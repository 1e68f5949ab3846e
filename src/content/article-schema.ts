import { z } from 'astro/zod';
import { extractionSchema } from './extraction-schema.ts';

/** A calendar date written by an editor as `YYYY-MM-DD`, kept as text so no time zone can shift it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD', abort: true })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'expected a real calendar date');

/** An editor's fix of a quote's speaker: every quote whose words contain `match` gets `speaker`. */
const quoteOverride = z.strictObject({
  // Words of the quote as written; spacing and straight/curly marks do not matter.
  match: z.string().min(1),
  // The speaker's name or alias; null says the quote has no speaker.
  speaker: z.string().min(1).nullable(),
});

/** An editor's fix of an entity the extraction found, named by its name or an alias. */
const entityOverride = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['person', 'place', 'organization', 'event']).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  // A false entity: drop it and its mentions; its quotes lose their speaker.
  remove: z.boolean().optional(),
});

/**
 * The frontmatter `npx newsgraph ingest` writes for content/articles/<slug>.md,
 * plus the editor overrides. Strict: an unknown field is a typo until the
 * schema learns it.
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
  // Editor overrides; they win over the extraction and pages show them as editor-confirmed.
  quotes: z.array(quoteOverride).optional(),
  entities: z.array(entityOverride).optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;

/**
 * What the articles collection stores: the frontmatter plus the extraction
 * the loader computed (never written by hand; the loader refuses it in frontmatter).
 */
export const articleEntrySchema = articleSchema.extend({
  extraction: extractionSchema,
});

export type ArticleEntryData = z.infer<typeof articleEntrySchema>;
