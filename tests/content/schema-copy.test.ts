import { z } from 'astro/zod';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ArticleData } from '../../src/content/article-schema.ts';
import { entryText, extractEntry } from '../../src/content/extract-entry.ts';
import { extractionSchema } from '../../src/content/extraction-schema.ts';
import { schemaCopy } from '../../src/content/schema-copy.ts';
import type { EntityListEntry } from '../../src/extract/types.ts';
import { parseBody } from '../../src/render/render-article-body.ts';

const copyExtraction = schemaCopy(extractionSchema);

const HEAD: ArticleData = { title: 'Harbour deal signed in Gdansk', dateline: ['Gdansk'], caption: 'Ilse Brandt at the quay', source: 'raw/harbour.txt', removed: [] };
const LIST: EntityListEntry[] = [{ id: 'ilse-brandt', name: 'Ilse Brandt', kind: 'person', aliases: ['Brandt'] }];

/** The extraction the loader computes for a body: the engine's result with the overrides applied. */
function extractionOf(body: string, head: ArticleData = HEAD) {
  return extractEntry('harbour', head, entryText(head, parseBody(body)), LIST);
}

// News-like sentences: named speakers, pronouns, quotes direct and partial, statements, places and bodies.
const sentence = fc.constantFrom(
  '"We are back at the table," Ilse Brandt said on Monday.',
  'Brandt told reporters the talks would "take weeks".',
  '"It is a good day for the port," she said.',
  'The minister, Tomas Weller, said the ferry would run again in May.',
  'According to the Baltic Ferry Authority, the route carried 40,000 people.',
  'Weller added that "nothing is signed yet" and left.',
  'Talks resumed in Gdansk and Rostock after a year.',
  '"Never," a spokesman said.',
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const body = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((paragraphs) => paragraphs.join('\n\n'));

describe('schemaCopy of the extraction schema', () => {
  test("gives what zod's parse gives for the extraction of any generated article, key order included", () => {
    fc.assert(
      fc.property(body, (text) => {
        const extraction = extractionOf(text);
        expect(JSON.stringify(copyExtraction(extraction))).toBe(JSON.stringify(extractionSchema.parse(extraction)));
      }),
      { numRuns: 60 },
    );
  });

  test("gives what zod's parse gives when editor overrides name a speaker and drop an entity", () => {
    const head: ArticleData = { ...HEAD, quotes: [{ match: 'good day for the port', speaker: 'Ilse Brandt' }], entities: [{ name: 'Gdansk', remove: true }] };
    const extraction = extractionOf('"It is a good day for the port," she said in Gdansk.', head);
    expect(extraction.quotes[0]?.editorConfirmed).toBe(true);
    expect(JSON.stringify(copyExtraction(extraction))).toBe(JSON.stringify(extractionSchema.parse(extraction)));
  });

  test('leaves out a field the schema does not declare', () => {
    const schema = z.object({ quotes: z.array(z.object({ id: z.string(), text: z.string() })) });
    const copy = schemaCopy(schema);
    const value = { quotes: [{ evidence: ['cue after'], id: 'q-1', text: 'Never' }] };
    expect(copy(value)).toEqual({ quotes: [{ id: 'q-1', text: 'Never' }] });
  });

  test("writes the keys in the schema's order, not the value's", () => {
    const copy = schemaCopy(z.object({ start: z.number(), end: z.number(), id: z.string() }));
    expect(Object.keys(copy({ id: 'q-1', end: 9, start: 2 }))).toEqual(['start', 'end', 'id']);
  });

  test('keeps an optional key only when the value has it', () => {
    const copy = schemaCopy(z.object({ speaker: z.string().nullable(), listId: z.string().optional() }));
    expect(copy({ speaker: null })).toStrictEqual({ speaker: null });
    expect(copy({ speaker: 'Ilse Brandt', listId: 'ilse-brandt' })).toStrictEqual({ speaker: 'Ilse Brandt', listId: 'ilse-brandt' });
  });

  test('returns new objects and arrays, so the copy shares no container with the engine result', () => {
    const value = { spans: [[{ start: 0, end: 4 }]] };
    const copy = schemaCopy(z.object({ spans: z.array(z.array(z.object({ start: z.number(), end: z.number() }))) }))(value);
    expect(copy).toEqual(value);
    expect(copy.spans).not.toBe(value.spans);
    expect(copy.spans[0]?.[0]).not.toBe(value.spans[0]?.[0]);
  });

  test('refuses a schema that changes values, which a copy cannot do', () => {
    expect(() => schemaCopy(z.object({ name: z.string().transform((name) => name.trim()) }))).toThrow('schemaCopy: (root).name is a "pipe" schema, which a copy cannot follow');
    expect(() => schemaCopy(z.object({ count: z.number().default(0) }))).toThrow('schemaCopy: (root).count is a "default" schema, which a copy cannot follow');
    expect(() => schemaCopy(z.object({ title: z.string().overwrite((title) => title.trim()) }))).toThrow('schemaCopy: (root).title rewrites its value, which a copy cannot do');
  });

  test('refuses a union, whose branch only a parse can choose', () => {
    expect(() => schemaCopy(z.object({ speaker: z.union([z.string(), z.number()]) }))).toThrow('schemaCopy: (root).speaker is a "union" schema, which a copy cannot follow');
  });
});
