/**
 * The committed kind model file: where it lives and how it is read and
 * written. Kept apart from kind-model.ts so the model logic stays free of I/O.
 */
import { parseKindModel, type KindModel } from './kind-model.ts';
import { serializeKindModel } from './kind-train.ts';
import { readModelFile, writeModelFile } from './model-file.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const KIND_MODEL_FILE = 'src/learn/kind-model.json';

/** Reads and checks a model file; the error names the file and the problem. */
export function readKindModel(file: string = KIND_MODEL_FILE): KindModel {
  return readModelFile(file, parseKindModel, 'no such kind model file');
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeKindModel(model: KindModel, file: string = KIND_MODEL_FILE): void {
  writeModelFile(file, serializeKindModel(model));
}
