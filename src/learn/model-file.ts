/**
 * A committed model file read and written: the errors name the file and the
 * problem, and a write goes through a temporary file so a failed one never
 * leaves half a model behind. The speaker, kind and entity model files use it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Reads `file` as JSON and checks it with `parse`; `missing` is what to say when there is no such file. */
export function readModelFile<T>(file: string, parse: (value: unknown) => T, missing: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: ${missing}` : `${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export function writeModelFile(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
