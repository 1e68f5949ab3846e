/**
 * The committed model file: where it lives and how it is read and written.
 * Kept apart from speaker-model.ts so the model logic stays free of I/O.
 */
import { parseSpeakerModel, type SpeakerModel } from '../extract/speakers/ranker.ts';
import { serializeSpeakerModel } from './speaker-model.ts';
import { readModelFile, writeModelFile } from './model-file.ts';

/** Relative to the repository root (the working directory of npm scripts). */
export const SPEAKER_MODEL_FILE = 'src/extract/speakers/speaker-model.json';

/** Reads and checks a model file; the error names the file and the problem. */
export function readSpeakerModel(file: string = SPEAKER_MODEL_FILE): SpeakerModel {
  return readModelFile(file, parseSpeakerModel, 'no such model file (run npm run train)');
}

/** Writes the model through a temporary file, so a failed write never leaves half a model behind. */
export function writeSpeakerModel(model: SpeakerModel, file: string = SPEAKER_MODEL_FILE): void {
  writeModelFile(file, serializeSpeakerModel(model));
}
