import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { featureVectorOf, predictProbability, probabilityOfWeights, weightsOf, type LogisticModel } from '../../../src/extract/speakers/logistic-model.ts';

const model: LogisticModel = { bias: -0.25, weights: { 'cue=said': 1.5, 'para-dist=0': 0.75, 'pronoun=he': -0.125, 'role=minister': 0.3 } };

describe('weightsOf', () => {
  test('gives each feature its weight in the order given, 0 for a feature the model never saw', () => {
    expect(weightsOf(model, ['para-dist=0', 'unseen', 'cue=said'])).toEqual([0.75, 0, 1.5]);
    expect(weightsOf(model, [])).toEqual([]);
  });
});

describe('probabilityOfWeights', () => {
  test('is the model\'s probability of the vector of those features, to the bit, for any features in any order', () => {
    const id = fc.constantFrom('cue=said', 'para-dist=0', 'pronoun=he', 'role=minister', 'unseen', 'other=1');
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 6 }), (ids) => {
        expect(probabilityOfWeights(model, weightsOf(model, ids))).toBe(predictProbability(model, featureVectorOf(ids)));
      }),
    );
  });
});
