import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { ENTITY_KINDS } from '../site/entity-kinds.ts';

/** A mention's one class: its entity's kind, or `entity` when the kind is unknown (see remarkAnnotate). */
const ENTITY_CLASSES = ['entity', ...ENTITY_KINDS.map(({ kind }) => kind)];
const QUOTE_CLASSES = [
  'quote--unattributed',
  'quote--low-confidence',
  'quote--editor',
  'quote--continued',
];
const PARAGRAPH_ID = /^p-\d+$/;
const QUOTE_ID = /^q-[A-Za-z0-9_-]+$/;
const TEXT_BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre'];

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter(
  // Ids are allowed only in the shapes the annotator writes (below), so
  // markdown can never plant an id that shadows an anchor.
  (definition) => definition !== 'id',
);

// The sanitizer reads only the first `className` rule of an element, so the
// default one is replaced by a merged one.
const withoutClassRule = (tag: string) =>
  (defaultSchema.attributes?.[tag] ?? []).filter((definition) => !(Array.isArray(definition) && definition[0] === 'className'));
const defaultClasses = (tag: string): string[] =>
  (defaultSchema.attributes?.[tag] ?? []).flatMap((definition) =>
    Array.isArray(definition) && definition[0] === 'className' ? definition.slice(1).map(String) : [],
  );

/**
 * GitHub's sanitizing rules (hast-util-sanitize's default), extended only by
 * the classes and ids remarkAnnotate writes. Protocol checks
 * stay as they are: `javascript:` hrefs are removed. Remote image
 * sources pass this schema (it cannot tell `//host` from a relative path);
 * rehypeDropRemoteImages removes them after it.
 */
export const annotatedSchema: Schema = {
  ...defaultSchema,
  // Our ids are meant to be link targets, so they are not prefixed.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    '*': everywhere,
    a: [...withoutClassRule('a'), ['className', ...defaultClasses('a'), ...ENTITY_CLASSES]],
    span: [['className', ...ENTITY_CLASSES, 'not-speech', 'quote--continued'], ['id', QUOTE_ID, PARAGRAPH_ID]],
    q: [['className', ...QUOTE_CLASSES], ['id', QUOTE_ID]],
    // The attribution note after a block with quotes (see attributionNote).
    ul: [...withoutClassRule('ul'), ['className', ...defaultClasses('ul'), 'attribution']],
    li: [...withoutClassRule('li'), ['className', ...defaultClasses('li'), 'attribution--uncertain']],
    // Every text block carries its paragraph id (see remarkAnnotate).
    ...Object.fromEntries(TEXT_BLOCK_TAGS.map((tag) => [tag, [...(defaultSchema.attributes?.[tag] ?? []), ['id', PARAGRAPH_ID]]])),
  },
};
