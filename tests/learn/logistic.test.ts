import { describe, expect, it } from 'vitest';
import { predictProbability, sigmoid } from '../../src/extract/speakers/logistic-model.ts';
import { solveSymmetric, trainLogistic, type TrainingRow } from '../../src/learn/logistic.ts';

const row = (features: Record<string, number>, label: 0 | 1): TrainingRow => ({ features, label });

describe('sigmoid', () => {
  it('is 1/2 at 0 and never overflows for large |z|', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
});

describe('solveSymmetric', () => {
  it('solves a 2x2 positive definite system', () => {
    expect(solveSymmetric([[4, 2], [2, 3]], [2, 1]).map((x) => Number(x.toFixed(12)))).toEqual([0.5, 0]);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => solveSymmetric([[1, 2], [2, 1]], [1, 1])).toThrow('not positive definite');
  });
});

describe('trainLogistic', () => {
  // x = 1: three right of four; x = 0: one right of four. With almost no
  // penalty the fit is the maximum-likelihood one: bias = logit(1/4) = -ln 3,
  // weight = logit(3/4) - logit(1/4) = 2 ln 3.
  const nonSeparable = [
    row({ x: 1 }, 1), row({ x: 1 }, 1), row({ x: 1 }, 1), row({ x: 1 }, 0),
    row({}, 1), row({}, 0), row({}, 0), row({}, 0),
  ];

  it('finds the maximum-likelihood weights of non-separable data', () => {
    const model = trainLogistic(nonSeparable, { l2: 1e-6, iterations: 30 });
    expect(model.bias).toBeCloseTo(-Math.log(3), 4);
    expect(model.weights.x).toBeCloseTo(2 * Math.log(3), 4);
    expect(predictProbability(model, { x: 1 })).toBeCloseTo(0.75, 5);
    expect(predictProbability(model, {})).toBeCloseTo(0.25, 5);
  });

  // Separable: x = 1 always right, x = 0 always wrong. Unpenalised the weight
  // would grow without end; with l2 = 1 the optimum is where
  // w = 2 (1 - sigmoid(w / 2)) and bias = -w / 2, w = 0.80211627508...
  const separable = [row({ x: 1 }, 1), row({ x: 1 }, 1), row({}, 0), row({}, 0)];

  it('stays finite on separable data, at the penalised optimum', () => {
    const model = trainLogistic(separable, { l2: 1, iterations: 30 });
    expect(model.weights.x).toBeCloseTo(0.8021162750830939, 10);
    expect(model.bias).toBeCloseTo(-0.40105813754154696, 10);
    expect(predictProbability(model, { x: 1 })).toBeCloseTo(0.5989418624584529, 10);
  });

  it('gives bit-identical weights for the same rows', () => {
    expect(trainLogistic(nonSeparable, { l2: 0.5, iterations: 30 })).toEqual(trainLogistic(nonSeparable, { l2: 0.5, iterations: 30 }));
  });

  it('gives a feature absent from training no weight, and ignores it when predicting', () => {
    const model = trainLogistic(separable, { l2: 1, iterations: 30 });
    expect(Object.keys(model.weights)).toEqual(['x']);
    expect(predictProbability(model, { x: 1, unseen: 1 })).toBe(predictProbability(model, { x: 1 }));
  });

  it('refuses no rows and a penalty that is not positive', () => {
    expect(() => trainLogistic([], { l2: 1, iterations: 1 })).toThrow('no training rows');
    expect(() => trainLogistic(separable, { l2: 0, iterations: 1 })).toThrow('l2 must be > 0');
  });
});
