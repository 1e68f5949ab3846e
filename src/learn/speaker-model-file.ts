/**
 * The committed model file: where it lives and how it is read and written.
 * Kept apart from speaker-model.ts so the model logic stays free of I/O.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseSpeakerModel, type SpeakerModel } from '../extract/speakers/ranker.ts';
import { serializeSpeakerModel } from './speaker-model.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const SPEAKER_MODEL_FILE = 'src/extract/speakers/speaker-model.json';

/** Reads and checks a model file; the error names the file and the problem. */
export function readSpeakerModel(file: string = SPEAKER_MODEL_FILE): SpeakerModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such model file (run npm run train)` : `${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseSpeakerModel(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeSpeakerModel(model: SpeakerModel, file: string = SPEAKER_MODEL_FILE): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, serializeSpeakerModel(model));
  renameSync(temporary, file);
}
