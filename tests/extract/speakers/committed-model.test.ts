import { describe, expect, it } from 'vitest';
import { COMMITTED_SPEAKER_MODEL } from '../../../src/extract/speakers/committed-model.ts';
import { readSpeakerModel, SPEAKER_MODEL_FILE } from '../../../src/learn/speaker-model-file.ts';

describe('the committed speaker model', () => {
  it('imports as a module exactly as the eval reads it from disk', () => {
    expect(COMMITTED_SPEAKER_MODEL).toEqual(readSpeakerModel(SPEAKER_MODEL_FILE));
  });

  it('keeps speakers only at a probability of at least 0.5, where pages name them', () => {
    expect(COMMITTED_SPEAKER_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(COMMITTED_SPEAKER_MODEL.threshold).toBeLessThanOrEqual(1);
  });
});
