/**
 * Reads the editable entity list: every `*.yaml`/`*.yml` file in a folder,
 * each holding one entity (a mapping) or several (a sequence), in file-name
 * order. The same layout the Astro entity collection loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityListEntry } from '../extract/types.ts';
import { EntityListError, validateEntityList, validateEntityRow } from './validate-entity-list.ts';

export { EntityListError } from './validate-entity-list.ts';

/** Every entry of the list in `dir`; throws EntityListError naming the file and field on bad input. */
export function loadEntityList(dir: string): EntityListEntry[] {
  const files = readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  const entries: EntityListEntry[] = [];
  const sources: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new EntityListError(path, undefined, `is not valid YAML: ${(error as Error).message}`);
    }
    const rows: unknown[] = Array.isArray(parsed) ? parsed : parsed == null ? [] : [parsed];
    rows.forEach((row, index) => {
      const where = rows.length > 1 ? `${path} (entry ${index + 1})` : path;
      entries.push(validateEntityRow(row, where));
      sources.push(where);
    });
  }
  validateEntityList(entries, sources);
  return entries;
}
