/**
 * The committed speaker model as a module, for code that runs inside the
 * site build (where there is no working directory to read files from):
 * `extractArticle` applies this one.
 */
import modelJson from './speaker-model.json' with { type: 'json' };
import { parseSpeakerModel, type SpeakerModel } from './ranker.ts';

export const COMMITTED_SPEAKER_MODEL: SpeakerModel = parseSpeakerModel(modelJson);
