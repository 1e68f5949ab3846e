import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import type { ArticleText } from '../../src/extract/types.ts';
import { chooseL2, crossValidate, DEFAULT_PLAN, fnv1a, foldOf, innerFoldOf, logLoss, reliabilityTable, rowsOf, type GoldRun } from '../../src/learn/cross-validate.ts';

describe('fnv1a and foldOf', () => {
  it('is the standard 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('assigns a fold from the set folder and name only, whatever path leads to the set', () => {
    expect(foldOf('../gold/corpus', '07', 5)).toBe(fnv1a('corpus/07') % 5);
    expect(foldOf('/elsewhere/corpus/', '07', 5)).toBe(foldOf('../gold/corpus', '07', 5));
  });
});

describe('logLoss', () => {
  it('is the mean negative log probability given to the true label, finite for a sure mistake', () => {
    expect(logLoss([{ probability: 0.5, label: 1 }, { probability: 0.5, label: 0 }])).toBeCloseTo(Math.log(2), 12);
    expect(logLoss([{ probability: 0.8, label: 1 }, { probability: 0.8, label: 0 }])).toBeCloseTo((-Math.log(0.8) - Math.log(0.2)) / 2, 12);
    expect(logLoss([{ probability: 1, label: 0 }])).toBe(-Math.log(1 - (1 - 1e-12)));
  });
});

describe('reliabilityTable', () => {
  it('bins rows by probability, the last bin holding 1, with mean p and the share right', () => {
    const bins = reliabilityTable([
      { probability: 0.05, label: 0 },
      { probability: 0.95, label: 1 },
      { probability: 1, label: 0 },
      { probability: 0.9, label: 1 },
    ], 10);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 0.1, count: 1, meanPredicted: 0.05, observed: 0 });
    expect(bins[5]).toEqual({ from: 0.5, to: 0.6, count: 0, meanPredicted: null, observed: null });
    expect(bins[9]!.count).toBe(3);
    expect(bins[9]!.meanPredicted).toBeCloseTo(0.95, 12);
    expect(bins[9]!.observed).toBeCloseTo(2 / 3, 12);
  });
});

const SPEAKERS = ['Ada Pell', 'Tom Reyes', 'Lena Marsh', 'Omar Diallo', 'Rita Vance', 'Jon Abel', 'Mia Stone', 'Sam Ortiz'];

/** A small article: two quotes said by a named person; gold gives odd articles' second quote to someone else. */
function run(i: number): GoldRun {
  const speaker = SPEAKERS[i % SPEAKERS.length]!;
  const paragraphs = [
    `${speaker} spoke at the harbour on day ${i}.`,
    `"The ferry will run again in spring number ${i}," said ${speaker}.`,
    `"We have the crews for it," ${speaker} said.`,
  ];
  const text: ArticleText = { title: `Harbour news ${i}`, caption: null, dateline: [], paragraphs };
  return {
    set: i < 6 ? 'fixtures/one' : 'fixtures/two',
    name: String(i).padStart(2, '0'),
    text,
    extraction: extractArticle(text),
    gold: {
      title: text.title,
      quotes: [
        { text: `The ferry will run again in spring number ${i},`, speaker, kind: 'direct', ambiguous: false },
        { text: 'We have the crews for it,', speaker: i % 2 === 0 ? speaker : 'Nobody Else', kind: 'direct', ambiguous: false },
      ],
      entities: {},
    },
  };
}

describe('crossValidate', () => {
  const runs = Array.from({ length: 12 }, (_, i) => run(i));
  const plan = { iterations: 15, l2Grid: [1, 10], innerFolds: 3, choosesThreshold: () => true, thresholdAssignments: 3 };
  const cv = crossValidate(runs, 3, plan);

  it('holds out every article exactly once, in folds by hash', () => {
    expect(cv.folds.reduce((sum, fold) => sum + fold.articles, 0)).toBe(12);
    for (const fold of cv.folds) {
      expect(fold.articles).toBe(runs.filter((r) => foldOf(r.set, r.name, 3) === fold.fold).length);
    }
  });

  it('gives every training row one held-out probability and one fit probability', () => {
    const rows = runs.reduce((sum, r) => sum + rowsOf(r).rows.length, 0);
    expect(rows).toBe(24);
    expect(cv.cvRows).toHaveLength(rows);
    expect(cv.fitRows).toHaveLength(rows);
  });

  it('scores the engine alone beside the model', () => {
    const named = cv.articles.reduce((sum, a) => sum + a.raw.quotes.namedSpeakers, 0);
    const right = cv.articles.reduce((sum, a) => sum + a.raw.quotes.rightSpeakers, 0);
    expect([right, named]).toEqual([18, 24]);
  });

  it('reports the penalty each fold chose from the grid', () => {
    for (const fold of cv.folds) expect([1, 10]).toContain(fold.l2);
    expect([1, 10]).toContain(cv.fitL2);
  });

  it('is deterministic', () => {
    expect(crossValidate(runs, 3, plan)).toEqual(cv);
  });

  it('refuses fewer than 2 folds', () => {
    expect(() => crossValidate(runs, 1, plan)).toThrow('k must be an integer >= 2');
  });
});

describe('innerFoldOf', () => {
  it('spreads the training articles of every outer fold over all inner folds (the outer hash would leave one empty)', () => {
    const names = Array.from({ length: 200 }, (_, i) => `a${i}`);
    for (let outer = 0; outer < 5; outer += 1) {
      const training = names.filter((name) => foldOf('corpus', name, 5) !== outer);
      expect(new Set(training.map((name) => innerFoldOf('corpus', name, 5))).size).toBe(5);
    }
  });

  it('keeps the first assignment as salt 0 and draws another one for every other salt', () => {
    const names = Array.from({ length: 50 }, (_, i) => `a${i}`);
    const assignment = (salt?: number) => names.map((name) => innerFoldOf('corpus', name, 5, salt));
    expect(assignment(0)).toEqual(assignment());
    expect(assignment(0)).toEqual(names.map((name) => fnv1a(`inner/corpus/${name}`) % 5));
    expect(assignment(1)).toEqual(names.map((name) => fnv1a(`inner1/corpus/${name}`) % 5));
    expect(assignment(1)).not.toEqual(assignment(0));
  });
});

describe('chooseL2 (the one-standard-error rule)', () => {
  it('takes the penalty with the lowest loss when a larger one is clearly worse', () => {
    // Every article loses 1 more under 30 than under 10: a difference with no spread, far beyond its error.
    expect(chooseL2([10, 30], [[5, 5, 5, 5], [6, 6, 6, 6]])).toBe(10);
  });

  it('takes a larger penalty whose loss is within one standard error of the lowest', () => {
    // Under 30 the articles lose +2, -1, +1, -1.6 against 10: 0.4 in all, the error of that sum about 3.4.
    expect(chooseL2([10, 30], [[5, 5, 5, 5], [7, 4, 6, 3.4]])).toBe(30);
  });

  it('never takes a penalty smaller than the lowest-loss one, however close', () => {
    expect(chooseL2([10, 30, 100], [[5.1, 5, 5, 5], [5, 5, 5, 5], [9, 9, 9, 9]])).toBe(30);
  });

  it('keeps the only penalty of a one-penalty grid', () => {
    expect(chooseL2([30], [[1, 2]])).toBe(30);
  });

  it('is not asked by npm run train and the CV: their plan fixes the penalty at 30', () => {
    expect(DEFAULT_PLAN.l2Grid).toEqual([30]);
  });
});
