/**
 * Checks rows of the editable entity list without zod (the Astro collection
 * validates with its own schema; the extraction engine and CLI use this).
 * Errors name the file and the field so an editor can fix them at once.
 */
import type { EntityKind, EntityListEntry } from '../extract/types.ts';

const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'event'];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA_PATTERN = /^Q\d+$/;
const KNOWN_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'kind', 'aliases', 'description', 'wikidata']);

export class EntityListError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  constructor(file: string, field: string | undefined, problem: string) {
    super(field ? `${file}: field "${field}" ${problem}` : `${file}: ${problem}`);
    this.name = 'EntityListError';
    this.file = file;
    this.field = field;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** One row, as parsed from YAML, checked and typed. `where` names the file (and row) in errors. */
export function validateEntityRow(row: unknown, where: string): EntityListEntry {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new EntityListError(where, undefined, 'expected a mapping with id, name, kind and aliases');
  }
  const data = row as Record<string, unknown>;
  for (const field of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(field)) throw new EntityListError(where, field, 'is not a known field');
  }
  if (!isNonEmptyString(data.id)) throw new EntityListError(where, 'id', 'is missing or empty');
  if (!ID_PATTERN.test(data.id)) throw new EntityListError(where, 'id', `must be a lowercase slug like moon-jae-in, got "${data.id}"`);
  if (!isNonEmptyString(data.name)) throw new EntityListError(where, 'name', 'is missing or empty');
  if (typeof data.kind !== 'string' || !ENTITY_KINDS.includes(data.kind as EntityKind)) {
    throw new EntityListError(where, 'kind', `must be one of ${ENTITY_KINDS.join(', ')}`);
  }
  const aliases = data.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every(isNonEmptyString)) {
    throw new EntityListError(where, 'aliases', 'must be a list of non-empty names');
  }
  const entry: EntityListEntry = { id: data.id, name: data.name, kind: data.kind as EntityKind, aliases: [...aliases] };
  if (data.description !== undefined) {
    if (!isNonEmptyString(data.description)) throw new EntityListError(where, 'description', 'must be non-empty text');
    entry.description = data.description;
  }
  if (data.wikidata !== undefined) {
    if (typeof data.wikidata !== 'string' || !WIKIDATA_PATTERN.test(data.wikidata)) {
      throw new EntityListError(where, 'wikidata', 'must be a Wikidata id like Q7747');
    }
    entry.wikidata = data.wikidata;
  }
  return entry;
}

/** How two entries are compared for a shared alias: case and curly apostrophes do not matter. */
function aliasKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").trim();
}

/**
 * Checks the list as a whole: ids are unique, and no name or alias is
 * claimed by two entries (the engine could not tell which one a text means).
 * `sources` gives the file of each entry, for the error message.
 */
export function validateEntityList(entries: readonly EntityListEntry[], sources: readonly string[]): void {
  const idSource = new Map<string, string>();
  const aliasOwner = new Map<string, { id: string; source: string }>();
  entries.forEach((entry, index) => {
    const source = sources[index] ?? `entry ${index}`;
    const earlier = idSource.get(entry.id);
    if (earlier) throw new EntityListError(source, 'id', `"${entry.id}" is already used in ${earlier}`);
    idSource.set(entry.id, source);
    for (const name of new Set([entry.name, ...entry.aliases].map(aliasKey))) {
      const owner = aliasOwner.get(name);
      if (owner && owner.id !== entry.id) {
        throw new EntityListError(source, 'aliases', `"${name}" is already claimed by "${owner.id}" in ${owner.source}`);
      }
      aliasOwner.set(name, { id: entry.id, source });
    }
  });
}
