import type { z } from 'astro/zod';

/** A copy of a value holding only what a schema declares. */
export type SchemaCopy<T extends z.ZodType> = (value: z.input<T>) => z.output<T>;

/** Leaf types a copy passes through as they are: zod's parse returns them unchanged too (their checks aside). */
const LEAF_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'null']);

/**
 * What `schema.parse(value)` returns for a value the schema accepts, without
 * checking it: each object keeps only the keys its schema declares, in the
 * schema's order (an optional key only when the value has it), arrays and
 * objects are new, leaves are the value's own. The articles loader stores
 * the extraction this way: the engine that produced it is typed, and
 * parsing it again cost more than the rest of what the loader does with it
 * (1.4% of the content sync at 1,000 articles; docs/bench-build.md, "Content
 * sync profile"); tests/content/schema-copy.test.ts holds the copy to zod's
 * parse over generated articles.
 *
 * Built once per schema. A schema that can change a value (a transform, a
 * default, an overwrite) or choose between shapes (a union) is refused,
 * since a copy could not do what its parse does.
 */
export function schemaCopy<T extends z.ZodType>(schema: T): SchemaCopy<T> {
  return copierOf(schema, '(root)') as SchemaCopy<T>;
}

type Copier = (value: unknown) => unknown;

/** The structural view of a zod v4 schema this module reads (`def.type` and the members of the types it supports). */
interface SchemaNode {
  def: { type: string; checks?: readonly { _zod: { def: { check: string } } }[] };
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  unwrap?: () => SchemaNode;
}

function copierOf(schema: SchemaNode, path: string): Copier {
  const { type } = schema.def;
  if (LEAF_TYPES.has(type)) {
    // An overwrite is a check that changes the value; the others only look at it.
    if (schema.def.checks?.some((check) => check._zod.def.check === 'overwrite')) throw new Error(`schemaCopy: ${path} rewrites its value, which a copy cannot do`);
    return (value) => value;
  }
  if (type === 'nullable') {
    const inner = copierOf(unwrapped(schema, path), path);
    return (value) => (value === null ? null : inner(value));
  }
  if (type === 'array') {
    if (schema.element === undefined) throw new Error(`schemaCopy: ${path} is an array without an element schema`);
    const element = copierOf(schema.element, `${path}[]`);
    return (value) => (value as unknown[]).map(element);
  }
  if (type === 'object') return objectCopier(schema.shape ?? {}, path);
  throw new Error(`schemaCopy: ${path} is a "${type}" schema, which a copy cannot follow`);
}

function objectCopier(shape: Record<string, SchemaNode>, path: string): Copier {
  const fields = Object.entries(shape).map(([key, field]) => {
    const optional = field.def.type === 'optional';
    return { key, optional, copy: copierOf(optional ? unwrapped(field, `${path}.${key}`) : field, `${path}.${key}`) };
  });
  return (value) => {
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const { key, optional, copy: copyField } of fields) {
      if (!optional) copy[key] = copyField(source[key]);
      else if (key in source) copy[key] = source[key] === undefined ? undefined : copyField(source[key]);
    }
    return copy;
  };
}

function unwrapped(schema: SchemaNode, path: string): SchemaNode {
  if (schema.unwrap === undefined) throw new Error(`schemaCopy: ${path} cannot be unwrapped`);
  return schema.unwrap();
}
