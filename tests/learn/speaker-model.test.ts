import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleText, Extraction, Quote } from '../../src/extract/types.ts';
import { speakerCandidates } from '../../src/extract/speakers/candidates.ts';
import { featureVectorOf } from '../../src/extract/speakers/logistic-model.ts';
import { applySpeakerModel, parseSpeakerModel, SPEAKER_MODEL_FORMAT, strongestFeatures, TARGET_PRECISION, type SpeakerModel } from '../../src/extract/speakers/ranker.ts';
import { buildSpeakerModel, chooseBaggedThreshold, chooseThreshold, serializeSpeakerModel, wilsonLowerBound } from '../../src/learn/speaker-model.ts';

const scored = (...pairs: [number, 0 | 1][]) => pairs.map(([probability, label]) => ({ probability, label }));

describe('chooseBaggedThreshold', () => {
  const line = (...points: [number, 0 | 1][]) => scored(...points);
  it('takes the median of the lines of an odd number of row sets', () => {
    expect(chooseBaggedThreshold([line([0.9, 1]), line([0.6, 1]), line([0.8, 1])], 0.97, 0)).toBe(0.8);
  });

  it('takes the higher of the two middle lines of an even number (precision first)', () => {
    expect(chooseBaggedThreshold([line([0.9, 1]), line([0.6, 1]), line([0.8, 1]), line([0.7, 1])], 0.97, 0)).toBe(0.8);
  });

  it('is the line of the one set when given one', () => {
    const rows = line([0.6, 0], [0.7, 1], [0.8, 1], [0.9, 1]);
    expect(chooseBaggedThreshold([rows], 0.97, 0)).toBe(chooseThreshold(rows, 0.97, 0));
  });

  it('refuses no row sets', () => {
    expect(() => chooseBaggedThreshold([])).toThrow('no row sets');
  });
});

describe('chooseThreshold', () => {
  it('takes the lowest probability at which the kept rows reach the target precision (z = 0: the measured share)', () => {
    // Kept at 0.6: 3 right of 4 (0.75); at 0.7: 3 of 3.
    expect(chooseThreshold(scored([0.6, 0], [0.7, 1], [0.8, 1], [0.9, 1]), 0.97, 0)).toBe(0.7);
  });

  it('lowers the line from the top and stops where precision first falls below the target: a lower recrossing is luck', () => {
    // From the top: 0.9, 0.85, 0.8 keep 1/1, 2/2, 3/3; at 0.7 3/4 = 0.75 falls below 0.8, so the line stays at 0.8,
    // though at 0.6 4/5 = 0.8 would reach the target again.
    expect(chooseThreshold(scored([0.6, 1], [0.7, 0], [0.8, 1], [0.85, 1], [0.9, 1]), 0.8, 0)).toBe(0.8);
  });

  it('ignores shortfalls above the first threshold that reaches the target: too few rows there to judge', () => {
    // At 0.9: 0/1; at 0.8: 1/2; the share first reaches 0.6 at 0.7 (2/3) and stays above it down to 0.5 (6/8).
    expect(chooseThreshold(scored([0.9, 0], [0.8, 1], [0.7, 1], [0.65, 1], [0.6, 1], [0.55, 1], [0.52, 0], [0.5, 1]), 0.6, 0)).toBe(0.5);
  });

  it('keeps rows of equal probability together: the line never splits a tie', () => {
    // At 0.7 two rows, one wrong: 2/3 kept; the tie is judged as one step.
    expect(chooseThreshold(scored([0.7, 1], [0.7, 0], [0.9, 1]), 0.9, 0)).toBe(0.9);
  });

  it('never goes below 0.5, where pages stop naming the speaker anyway', () => {
    expect(chooseThreshold(scored([0.2, 1], [0.4, 1], [0.55, 1]), 0.97, 0)).toBe(0.55);
  });

  it('takes the best precision (lowest of equals) when no threshold reaches the target', () => {
    expect(chooseThreshold(scored([0.6, 1], [0.7, 0], [0.8, 1], [0.9, 0]), 0.97, 0)).toBe(0.6);
  });

  it('keeps nothing (1) when no row reaches 0.5', () => {
    expect(chooseThreshold(scored([0.1, 1], [0.3, 0]), 0.97)).toBe(1);
  });

  it('asks the lower bound of the precision to reach the target, not the measured share', () => {
    // At 0.6: 11 right of 12 (0.917; bound 0.80 at z = 1); at 0.61: 11 of 11 (bound 0.917).
    const rows = scored(...Array.from({ length: 12 }, (_, i): [number, 0 | 1] => [0.6 + i / 100, i === 0 ? 0 : 1]));
    expect(chooseThreshold(rows, 0.85, 0)).toBe(0.6);
    expect(chooseThreshold(rows, 0.85, 1)).toBe(0.61);
  });

  it('uses z = 1 by default: 40 of 41 (bound 0.938) does not reach 0.95, 40 of 40 (bound 0.976) does', () => {
    const rows = scored([0.55, 0], ...Array.from({ length: 40 }, (_, i): [number, 0 | 1] => [0.6 + i / 100, 1]));
    expect(chooseThreshold(rows, 0.95)).toBe(0.6);
    expect(chooseThreshold(rows, 0.95, 0)).toBe(0.55);
  });

  it('by default asks the lower bound of issue 8\'s 0.97: 194 of 200 kept (a share of 0.97, bound 0.955) is not enough, 100 of 100 (bound 0.990) is', () => {
    const rows = scored(...Array.from({ length: 100 }, (_, i): [number, 0 | 1] => [0.6, i < 6 ? 0 : 1]), ...Array.from({ length: 100 }, (): [number, 0 | 1] => [0.9, 1]));
    expect(TARGET_PRECISION).toBe(0.97);
    expect(chooseThreshold(rows)).toBe(0.9);
    expect(chooseThreshold(rows, TARGET_PRECISION, 0)).toBe(0.6);
  });
});

describe('wilsonLowerBound', () => {
  it('is the measured share at z = 0', () => {
    expect(wilsonLowerBound(3, 4, 0)).toBe(0.75);
  });

  it('is 0.75 for 3 right of 3 at z = 1', () => {
    expect(wilsonLowerBound(3, 3, 1)).toBeCloseTo(0.75, 12);
  });

  it('is 0 without rows', () => {
    expect(wilsonLowerBound(0, 0, 1)).toBe(0);
  });

  it('lies between 0 and the measured share, and rises with more rows at the same share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 3, noNaN: true }), (n, r, z) => {
        const right = Math.min(r, n);
        const bound = wilsonLowerBound(right, n, z);
        expect(bound).toBeGreaterThanOrEqual(-1e-12);
        expect(bound).toBeLessThanOrEqual(right / n + 1e-12);
        expect(wilsonLowerBound(2 * right, 2 * n, z)).toBeGreaterThanOrEqual(bound - 1e-12);
      }),
    );
  });
});

const PARAGRAPH = '"We will open on Monday," said Ada Pell. "Not before," said Tom Reyes.';
const text: ArticleText = { title: null, caption: null, dateline: [], paragraphs: [PARAGRAPH] };

function quote(words: string, speaker: string | null, id: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = PARAGRAPH.indexOf(words);
  return { id: `q-${start}`, block: 'body', paragraph: 0, start, end: start + words.length, text: words, kind, speaker, speakerId: id, cue: 'said', rule: 'quote-said-X', confidence: 0.95 };
}

const extraction: Extraction = {
  entities: [
    { id: 'ada-pell', name: 'Ada Pell', kind: 'person', aliases: ['Ada Pell'], mentions: 1, roles: [], affiliations: [] },
    { id: 'tom-reyes', name: 'Tom Reyes', kind: 'organization', aliases: ['Tom Reyes'], mentions: 1, roles: [], affiliations: [] },
  ],
  mentions: [],
  quotes: [quote('We will open on Monday,', 'Ada Pell', 'ada-pell'), quote('Not before,', 'Tom Reyes', 'tom-reyes'), quote('Monday', null, null, 'not-speech')],
  statements: [],
};

/** Ranks people first (p = sigmoid(2) = 0.880797) and organizations last (p = sigmoid(-2) = 0.119203). */
const model: SpeakerModel = {
  format: SPEAKER_MODEL_FORMAT, threshold: 0.5, targetPrecision: 0.97, l2: 1, iterations: 25, training: [],
  bias: 0, weights: { 'kind=person': 2, 'kind=organization': -2 },
};

describe('applySpeakerModel', () => {
  const applied = applySpeakerModel(extraction, text, model);

  it('keeps the engine speaker when the model ranks it first, with the model probability as its confidence', () => {
    expect(applied.quotes[0]).toEqual({ ...extraction.quotes[0], confidence: 0.880797, evidence: ['kind=person'] });
  });

  it('gives a quote to the candidate ranked first when the engine chose another, with rule "ranked" and no cue', () => {
    expect(applied.quotes[1]).toEqual({ ...extraction.quotes[1], speaker: 'Ada Pell', speakerId: 'ada-pell', confidence: 0.880797, rule: 'ranked', cue: null, evidence: ['kind=person'] });
  });

  it('moves a first-ranked candidate below the threshold to possibleSpeaker, keeping p as the confidence', () => {
    const strict = applySpeakerModel(extraction, text, { ...model, threshold: 0.9 });
    expect(strict.quotes[0]).toEqual({
      ...extraction.quotes[0], speaker: null, speakerId: null, confidence: 0.880797, possibleSpeaker: 'Ada Pell', possibleSpeakerId: 'ada-pell', evidence: ['kind=person'],
    });
  });

  it('names nobody, not even as possible, when the best candidate is below 0.5', () => {
    const doubtful = applySpeakerModel(extraction, text, { ...model, weights: { 'kind=person': -2, 'kind=organization': -2 } });
    expect(doubtful.quotes[0]).toEqual({ ...extraction.quotes[0], speaker: null, speakerId: null, cue: null, rule: null, confidence: 0 });
  });

  it('leaves not-speech quotes, and the rest of the extraction, as they were', () => {
    expect(applied.quotes[2]).toBe(extraction.quotes[2]);
    expect(applied.entities).toBe(extraction.entities);
    expect(extraction.quotes[1]!.speaker).toBe('Tom Reyes');
  });
});

describe('buildSpeakerModel and the model file', () => {
  const [ada, tom] = speakerCandidates(extraction, text)[0]!;
  const rows = [
    { features: featureVectorOf(ada!.features), label: 1 as const },
    { features: featureVectorOf(tom!.features), label: 0 as const },
  ];
  const build = () => buildSpeakerModel({ rows, training: [{ set: 'fixture', articles: 1, rows: 2, right: 1 }], options: { l2: 1, iterations: 25 } });

  it('serializes the same rows to the same bytes, weights sorted and rounded to 6 decimals', () => {
    const json = serializeSpeakerModel(build());
    expect(serializeSpeakerModel(build())).toBe(json);
    const weights = Object.entries(JSON.parse(json).weights as Record<string, number>);
    expect(weights.map(([id]) => id)).toEqual(weights.map(([id]) => id).sort());
    expect(weights.every(([, w]) => Math.abs(w * 1e6 - Math.round(w * 1e6)) < 1e-6)).toBe(true);
  });

  it('reads back what it wrote', () => {
    const built = build();
    expect(parseSpeakerModel(JSON.parse(serializeSpeakerModel(built)))).toEqual(built);
  });

  it('picks the threshold on the rows given for it, when given', () => {
    const model = buildSpeakerModel({
      rows, training: [], options: { l2: 1, iterations: 25 }, thresholdRowSets: [[{ probability: 0.75, label: 1 }]],
    });
    expect(model.threshold).toBe(0.75);
  });

  it('takes the median of the lines of several row sets', () => {
    const model = buildSpeakerModel({
      rows,
      training: [],
      options: { l2: 1, iterations: 25 },
      thresholdRowSets: [[{ probability: 0.9, label: 1 }], [{ probability: 0.6, label: 1 }], [{ probability: 0.8, label: 1 }]],
    });
    expect(model.threshold).toBe(0.8);
  });

  it('names the field of a broken model', () => {
    expect(() => parseSpeakerModel({ format: 'other' })).toThrow('speaker model.format: expected "newsgraph-speaker-ranker/1"');
    expect(() => parseSpeakerModel({ ...JSON.parse(serializeSpeakerModel(build())), weights: { a: 'x' } })).toThrow('speaker model.weights["a"]: expected a finite number');
    expect(() => parseSpeakerModel({ ...JSON.parse(serializeSpeakerModel(build())), threshold: 2 })).toThrow('speaker model.threshold: expected a number in 0..1');
  });
});

describe('strongestFeatures', () => {
  const weights = { a: 3, b: 2, c: 1, d: -4, e: 2 };
  const explained = { bias: 0, weights };

  it('lists the features that raised the score most, strongest first, ties by id, none with a weight <= 0', () => {
    expect(strongestFeatures(explained, ['a', 'b', 'c', 'd', 'e', 'unseen'], [], 4)).toEqual(['a', 'b', 'e', 'c']);
  });

  it('leaves out what the runner-up candidate has too: the explanation is what set the choice apart', () => {
    expect(strongestFeatures(explained, ['a', 'b', 'c'], ['a'])).toEqual(['b', 'c']);
  });

  it('is the first of the features sorted by weight then id, for any weights, rival and size', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    fc.assert(
      fc.property(
        fc.dictionary(id, fc.integer({ min: -3, max: 3 })),
        fc.uniqueArray(id),
        fc.array(id),
        fc.integer({ min: 0, max: 6 }),
        (drawn, features, rival, size) => {
          const model = { bias: 0, weights: drawn };
          const weight = (feature: string) => drawn[feature] ?? 0;
          const sorted = features
            .filter((feature) => !rival.includes(feature) && weight(feature) > 0)
            .sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
            .slice(0, size);
          expect(strongestFeatures(model, features, rival, size)).toEqual(sorted);
        },
      ),
    );
  });
});
