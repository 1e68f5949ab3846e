/**
 * The committed kind model file: where it lives and how it is read and
 * written. Kept apart from kind-model.ts so the model logic stays free of I/O.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseKindModel, type KindModel } from './kind-model.ts';
import { serializeKindModel } from './kind-train.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const KIND_MODEL_FILE = 'src/learn/kind-model.json';

/** Reads and checks a kind model file; the error names the file and the problem. */
export function readKindModel(file: string = KIND_MODEL_FILE): KindModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such kind model file` : `${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseKindModel(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeKindModel(model: KindModel, file: string = KIND_MODEL_FILE): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, serializeKindModel(model));
  renameSync(temporary, file);
}
