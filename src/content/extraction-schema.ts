import { z } from 'astro/zod';

/**
 * What the site keeps of an article's extraction (src/extract/types.ts
 * `Extraction`, after editor overrides), in the file the articles loader
 * writes beside the content store. The loader copies the engine's typed
 * result to these fields (schema-copy.ts) rather than parsing it again;
 * tests/content/schema-copy.test.ts holds the engine's output to the schema.
 */

const entityKind = z.enum(['person', 'place', 'organization', 'event']);
const block = z.enum(['title', 'caption', 'body']);
const location = {
  block,
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

const entity = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: entityKind,
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  roles: z.array(z.string()),
  affiliations: z.array(z.string()),
  listId: z.string().optional(),
});

const mention = z.object({
  ...location,
  entityId: z.string().min(1),
  text: z.string(),
  form: z.enum(['name', 'role']),
});

const quote = z.object({
  ...location,
  id: z.string().min(1),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'not-speech']),
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  cue: z.string().nullable(),
  rule: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  // The speaker model's first candidate when it was too unsure to name it (src/learn/).
  possibleSpeaker: z.string().optional(),
  possibleSpeakerId: z.string().optional(),
  // Set when an editor override in the frontmatter chose the speaker.
  editorConfirmed: z.boolean().optional(),
});

const statement = z.object({
  ...location,
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  cue: z.string(),
  text: z.string(),
});

// Offsets into one body paragraph's plain text (src/extract/analysis/sentences.ts).
const sentenceSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const extractionSchema = z.object({
  entities: z.array(entity),
  mentions: z.array(mention),
  quotes: z.array(quote),
  statements: z.array(statement),
  // Each body paragraph's sentences, so the graph and the pages never split a paragraph again.
  sentences: z.array(z.array(sentenceSpan)).optional(),
});
