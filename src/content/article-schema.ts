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
 * Bidi embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO and
 * LRI, RLI, FSI, PDI). One of them in a headline reorders everything after it
 * up to the end of its paragraph on the page, so "\u202Eterces" shows as
 * "secret" (the Trojan Source trick). A reader never needs them: the browser
 * lays out Arabic or Hebrew text by itself. They are stripped rather than
 * refused because ingest copies them in from scraped pages where the editor
 * cannot see them. LRM and RLM (U+200E/F) stay: they are zero-width marks that
 * cannot reorder a run, and mixed-script titles use them to place a number
 * or a bracket on the right side.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Text a page shows as it is (title, caption, dateline place): bidi controls stripped, then not empty. */
const shownText = () => z.string().overwrite(stripBidiControls).min(1);

function isNotBlank(value: string): boolean {
  return value.trim() !== '';
}

/** A name an override gives, bidi controls stripped: blank would name nobody, so it is refused with `message`. */
const overrideName = (message: string) => z.string().overwrite(stripBidiControls).refine(isNotBlank, { error: message, abort: true });

/** An editor's fix of a quote's speaker: every quote whose words contain `match` gets `speaker`. */
const quoteOverride = z.strictObject({
  // Words of the quote as written; spacing and straight/curly marks do not matter.
  // Blank or bare punctuation would be found in every quote of the article and
  // give them all to this speaker as editor-confirmed.
  match: z
    .string()
    .refine(isNotBlank, { error: 'must not be blank: it would match every quote of the article', abort: true })
    .refine((value) => /[\p{L}\p{N}]/u.test(value), {
    error: 'must contain words of the quote, not only punctuation: it would match almost every quote of the article',
  }),
  // The speaker's name or alias; null says the quote has no speaker.
  speaker: overrideName('must not be blank; use null for no speaker').nullable(),
});

/** An editor's fix of an entity the extraction found, named by its name or an alias. */
const entityOverride = z.strictObject({
  name: overrideName('must not be blank: name the entity as the article writes it'),
  kind: z.enum(['person', 'place', 'organization', 'event']).optional(),
  aliases: z.array(overrideName('must not be blank')).optional(),
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
  title: shownText().nullable(),
  // Places named before the colon of the first paragraph, e.g. ["Moscow", "Xiamen"].
  dateline: z.array(shownText()),
  // The photo caption of the scraped page; there is never an image to go with it.
  caption: shownText().nullable(),
  // Publication date: what the page's date stamp, dated byline or dateline said, or what an editor set.
  date: isoDate.optional(),
  // The UTC day ingest ran, written when the page gave no date; pages show it as "Added …" and order by it.
  ingested: isoDate.optional(),
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
 * What the articles collection stores: the frontmatter plus the path of
 * the file the loader wrote (never written by hand; the loader refuses it
 * in frontmatter), which holds the extraction (the fields of
 * `extractionSchema`), the body's text blocks and the rendered title,
 * caption and body (src/content/rendered-articles.ts).
 */
export const articleEntrySchema = articleSchema.extend({
  renderedFile: z.string().min(1),
});

export type ArticleEntryData = z.infer<typeof articleEntrySchema>;
