/**
 * The committed entity model file: where it lives and how it is read and
 * written. Kept apart from entity-model.ts so the training stays free of I/O.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseEntityModel, type EntityModel } from '../extract/entity-model/apply.ts';
import { serializeEntityModel } from './entity-model.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const ENTITY_MODEL_FILE = 'src/extract/entity-model/entity-model.json';

/** Reads and checks an entity model file; the error names the file and the problem. */
export function readEntityModel(file: string = ENTITY_MODEL_FILE): EntityModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such entity model file` : `${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseEntityModel(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeEntityModel(model: EntityModel, file: string = ENTITY_MODEL_FILE): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, serializeEntityModel(model));
  renameSync(temporary, file);
}
