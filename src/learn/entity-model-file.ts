/**
 * The committed entity model file: where it lives and how it is read and
 * written. Kept apart from entity-model.ts so the training stays free of I/O.
 */
import { parseEntityModel, type EntityModel } from '../extract/entity-model/apply.ts';
import { serializeEntityModel } from './entity-model.ts';
import { readModelFile, writeModelFile } from './model-file.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const ENTITY_MODEL_FILE = 'src/extract/entity-model/entity-model.json';

/** Reads and checks a model file; the error names the file and the problem. */
export function readEntityModel(file: string = ENTITY_MODEL_FILE): EntityModel {
  return readModelFile(file, parseEntityModel, 'no such entity model file');
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeEntityModel(model: EntityModel, file: string = ENTITY_MODEL_FILE): void {
  writeModelFile(file, serializeEntityModel(model));
}
