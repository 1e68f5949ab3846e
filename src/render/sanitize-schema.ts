import { defaultSchema, type Schema } from 'hast-util-sanitize';

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

/**
 * GitHub's sanitizing rules (hast-util-sanitize's default), extended only by
 * what remarkAnnotate writes: quote classes, anchor ids and the `small` note. Protocol checks
 * stay as they are: `javascript:` hrefs are removed. Remote image
 * sources pass this schema (it cannot tell `//host` from a relative path);
 * rehypeDropRemoteImages removes them after it.
 */
export const annotatedSchema: Schema = {
  ...defaultSchema,
  // The note after a block with quotes (see attributionNote); markdown cannot write one, as inline HTML stays text.
  tagNames: [...(defaultSchema.tagNames ?? []), 'small'],
  // Our ids are meant to be link targets, so they are not prefixed.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    '*': everywhere,
    span: [['className', 'not-speech', 'quote--continued'], ['id', QUOTE_ID, PARAGRAPH_ID]],
    q: [['className', ...QUOTE_CLASSES], ['id', QUOTE_ID]],
    // Every text block carries its paragraph id (see remarkAnnotate).
    ...Object.fromEntries(TEXT_BLOCK_TAGS.map((tag) => [tag, [...(defaultSchema.attributes?.[tag] ?? []), ['id', PARAGRAPH_ID]]])),
  },
};
