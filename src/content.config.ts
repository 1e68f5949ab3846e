import { defineCollection } from 'astro:content';
import { articleLoader } from './content/article-loader.ts';
import { articleEntrySchema } from './content/article-schema.ts';
import { entityLoader } from './content/entity-loader.ts';
import { entitySchema } from './content/entity-schema.ts';

// One markdown file per article, written by `npx newsgraph ingest`; the id is the file name.
// The loader stores each article's extraction in `data.extraction` (see README, Architecture).
const articles = defineCollection({
  loader: articleLoader({ base: 'content/articles', entities: 'content/entities' }),
  schema: articleEntrySchema,
});

// The editable list of known people, places, organizations and events.
const entities = defineCollection({
  loader: entityLoader({ base: 'content/entities' }),
  schema: entitySchema,
});

export const collections = { articles, entities };
