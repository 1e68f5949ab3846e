import { z } from 'astro/zod';

/** One row of the editable entity list, content/entities/*.yaml (mirrors EntityListEntry). */
export const entitySchema = z.strictObject({
  // Stable id chosen by the editor, used in page paths: `moon-jae-in`.
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like moon-jae-in'),
  name: z.string().min(1),
  kind: z.enum(['person', 'place', 'organization', 'event']),
  // Other names the text may use: `Putin`, `US`, `the Kremlin`.
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1).optional(),
  // Wikidata item id, e.g. Q7747.
  wikidata: z.string().regex(/^Q\d+$/, 'expected a Wikidata id like Q7747').optional(),
});

export type EntityData = z.infer<typeof entitySchema>;
