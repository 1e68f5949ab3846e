import { describe, expect, it } from 'vitest';
import type { ArticleText, Extraction, Quote } from '../../src/extract/types.ts';
import { kindFeatures } from '../../src/learn/kind-features.ts';
import { applyKindModel, KIND_MODEL_FORMAT, parseKindModel, speechKindOf, type KindModel } from '../../src/learn/kind-model.ts';
import {
  chooseKindThreshold,
  chooseSpeechLine,
  DEFAULT_KIND_PLAN,
  serializeKindModel,
  trainKindModel,
  withoutLeftOut,
  type KindArticleRows,
} from '../../src/learn/kind-train.ts';

const scored = (...rows: [number, 0 | 1, boolean][]) => rows.map(([probability, label, rulesNotSpeech]) => ({ probability, label, rulesNotSpeech }));

describe('chooseKindThreshold', () => {
  it('takes the lowest probability at which the speech quotes taken out are not-speech at the target precision', () => {
    // Rules' speech only: at 0.6, 2 of 3 are not-speech (0.67); at 0.7, 2 of 2.
    expect(chooseKindThreshold(scored([0.6, 0, false], [0.7, 1, false], [0.9, 1, false], [0.2, 0, false]), 0.9)).toBe(0.7);
  });

  it('ignores quotes the rules already call not-speech: they are not taken out by the line', () => {
    expect(chooseKindThreshold(scored([0.55, 1, true], [0.6, 0, false], [0.8, 1, false]), 0.9)).toBe(0.8);
  });

  it('never goes below 0.5', () => {
    expect(chooseKindThreshold(scored([0.3, 1, false], [0.45, 1, false], [0.51, 1, false]), 0.9)).toBe(0.51);
  });

  it('takes nothing out (1) when no line reaches the target', () => {
    expect(chooseKindThreshold(scored([0.6, 0, false], [0.7, 1, false], [0.9, 0, false]), 0.9)).toBe(1);
  });
});

describe('chooseSpeechLine', () => {
  it('takes the highest probability below 0.5 under which the rules\' not-speech quotes are speech at the target', () => {
    // Rules' not-speech: at 0.3, 2 of 3 are speech; at 0.2, 2 of 2.
    expect(chooseSpeechLine(scored([0.1, 0, true], [0.2, 0, true], [0.3, 1, true], [0.9, 1, true]), 0.9)).toBe(0.2);
  });

  it('gives nothing back (null) when no line reaches the target', () => {
    expect(chooseSpeechLine(scored([0.1, 1, true], [0.3, 0, true], [0.05, 0, false]), 0.9)).toBeNull();
  });
});

const PARAGRAPH = 'The "Harbour Lights" crew met Ada Pell. "We open soon," said Ada Pell. The council called it "Blue".';
const text: ArticleText = { title: null, caption: null, dateline: [], paragraphs: [PARAGRAPH] };

function quote(words: string, fields: Partial<Quote>): Quote {
  const start = PARAGRAPH.indexOf(words);
  return {
    id: `q-${start}`, block: 'body', paragraph: 0, start, end: start + words.length, text: words, kind: 'partial',
    speaker: null, speakerId: null, cue: null, rule: null, confidence: 0, ...fields,
  };
}

const extraction: Extraction = {
  entities: [{ id: 'ada-pell', name: 'Ada Pell', kind: 'person', aliases: ['Ada Pell'], mentions: 2, roles: [], affiliations: [] }],
  mentions: [],
  quotes: [
    quote('Harbour Lights', { kind: 'partial', speaker: 'Ada Pell', speakerId: 'ada-pell', cue: 'said', rule: 'partial-in-clause', confidence: 0.8, possibleSpeaker: 'Ada Pell' }),
    quote('We open soon,', { kind: 'direct', speaker: 'Ada Pell', speakerId: 'ada-pell', cue: 'said', rule: 'quote-said-X', confidence: 0.95 }),
    quote('Blue', { kind: 'not-speech' }),
  ],
  statements: [],
};

/** p = sigmoid(3) = 0.952574 for a Title Case quote after a work noun, sigmoid(-3) = 0.047426 for a one-word one, else sigmoid(-1). */
const model: KindModel = {
  format: KIND_MODEL_FORMAT, threshold: 0.9, speechAtOrBelow: 0.1, targetPrecision: 0.9, l2: 3, iterations: 15, training: [],
  bias: -1, weights: { 'title-case&before=determiner': 4, 'words=1': -2 },
};

describe('applyKindModel', () => {
  const applied = applyKindModel(extraction, text, model);

  it('takes a speech quote out at or above the threshold: not-speech, no speaker, cue, rule or possible speaker, confidence 0', () => {
    expect(applied.quotes[0]).toEqual({
      id: extraction.quotes[0]!.id, block: 'body', paragraph: 0, start: extraction.quotes[0]!.start, end: extraction.quotes[0]!.end,
      text: 'Harbour Lights', kind: 'not-speech', speaker: null, speakerId: null, cue: null, rule: null, confidence: 0,
    });
  });

  it('leaves a speech quote below the threshold as the rules gave it', () => {
    expect(applied.quotes[1]).toBe(extraction.quotes[1]);
  });

  it('gives a rules\' not-speech quote back to speech at or below the speech line, with the kind the rules\' test gives', () => {
    expect(applied.quotes[2]).toEqual({ ...extraction.quotes[2], kind: 'partial' });
  });

  it('keeps the rules\' not-speech when the model has no speech line', () => {
    expect(applyKindModel(extraction, text, { ...model, speechAtOrBelow: null }).quotes[2]).toBe(extraction.quotes[2]);
  });

  it('changes nothing but the quotes', () => {
    expect(applied.entities).toBe(extraction.entities);
    expect(applied.statements).toBe(extraction.statements);
  });
});

describe('speechKindOf', () => {
  it('is direct for a capitalized quote that opens its sentence, partial inside the reporter\'s sentence or in a headline', () => {
    expect(speechKindOf({ 'starts=capital': 1, 'before=none': 1, 'block=body': 1 })).toBe('direct');
    expect(speechKindOf({ 'starts=capital': 1, 'before=colon': 1, 'block=body': 1 })).toBe('direct');
    expect(speechKindOf({ 'starts=capital': 1, 'before=determiner': 1, 'block=body': 1 })).toBe('partial');
    expect(speechKindOf({ 'starts=lower': 1, 'before=none': 1, 'block=body': 1 })).toBe('partial');
    expect(speechKindOf({ 'starts=capital': 1, 'before=colon': 1, 'block=title': 1 })).toBe('partial');
  });
});

describe('the kind model JSON', () => {
  it('round-trips with weights in id order', () => {
    const json = serializeKindModel({ ...model, weights: { 'words=1': -2, 'title-case&before=determiner': 4 } });
    expect(json.indexOf('"title-case&before=determiner"')).toBeLessThan(json.indexOf('"words=1"'));
    expect(parseKindModel(JSON.parse(json))).toEqual(model);
  });

  it('names the bad field', () => {
    const good = JSON.parse(serializeKindModel(model)) as Record<string, unknown>;
    expect(() => parseKindModel({ ...good, format: 'other' })).toThrow(`kind model.format: expected "${KIND_MODEL_FORMAT}"`);
    expect(() => parseKindModel({ ...good, threshold: 2 })).toThrow('kind model.threshold: expected a number in 0..1');
    expect(() => parseKindModel({ ...good, speechAtOrBelow: 'no' })).toThrow('kind model.speechAtOrBelow: expected a finite number');
    expect(() => parseKindModel({ ...good, weights: { a: 'x' } })).toThrow('kind model.weights["a"]: expected a finite number');
    expect(() => parseKindModel({ ...good, training: [{ set: 'x', articles: 1, rows: 2 }] })).toThrow('kind model.training[0].notSpeech: expected a finite number');
    expect(() => parseKindModel([])).toThrow('kind model: expected a JSON object');
  });
});

/** Ten small articles: in each a Title Case name after `the` (not-speech) and a sentence said by someone (speech). */
function articles(): KindArticleRows[] {
  return Array.from({ length: 10 }, (_, n) => {
    const paragraph = `The "Harbour Lights ${n}" crew met us. "We open on day ${n}," said Ada Pell.`;
    const nameStart = paragraph.indexOf('Harbour');
    const saidStart = paragraph.indexOf('We open');
    const quotes: Quote[] = [
      { id: 'a', block: 'body', paragraph: 0, start: nameStart, end: nameStart + `Harbour Lights ${n}`.length, text: `Harbour Lights ${n}`, kind: n % 3 === 0 ? 'partial' : 'not-speech', speaker: null, speakerId: null, cue: null, rule: null, confidence: 0 },
      { id: 'b', block: 'body', paragraph: 0, start: saidStart, end: saidStart + `We open on day ${n},`.length, text: `We open on day ${n},`, kind: 'direct', speaker: 'Ada Pell', speakerId: 'ada-pell', cue: 'said', rule: 'quote-said-X', confidence: 0.95 },
    ];
    const vectors = kindFeatures({ entities: [], mentions: [], quotes, statements: [] }, { title: null, caption: null, dateline: [], paragraphs: [paragraph] });
    return {
      set: n < 5 ? 'real' : 'invented',
      name: String(n).padStart(2, '0'),
      rows: [
        { features: vectors[0]!, label: 1, rulesNotSpeech: quotes[0]!.kind === 'not-speech' },
        { features: vectors[1]!, label: 0, rulesNotSpeech: false },
      ],
    };
  });
}

describe('trainKindModel', () => {
  const plan = { ...DEFAULT_KIND_PLAN, l2Grid: [3, 10] };

  it('is deterministic: the same rows give a byte-identical JSON', () => {
    expect(serializeKindModel(trainKindModel(articles(), plan))).toBe(serializeKindModel(trainKindModel(articles(), plan)));
  });

  it('gives no weight to the rules\' own evidence the plan leaves out', () => {
    const trained = trainKindModel(articles(), plan);
    expect(Object.keys(trained.weights).some((id) => id.startsWith('rules-'))).toBe(false);
    expect(Object.keys(trained.weights)).toContain('title-case');
  });

  it('learns the shape of a name: the name quotes score above the said ones', () => {
    const trained = trainKindModel(articles(), plan);
    const applied = applyKindModel(
      { entities: [], mentions: [], statements: [], quotes: [] },
      { title: null, caption: null, dateline: [], paragraphs: [] },
      trained,
    );
    expect(applied.quotes).toEqual([]);
    expect(trained.training).toEqual([
      { set: 'real', articles: 5, rows: 10, notSpeech: 5 },
      { set: 'invented', articles: 5, rows: 10, notSpeech: 5 },
    ]);
    expect(trained.weights['title-case']!).toBeGreaterThan(0);
    expect(trained.weights['first-or-second-person']!).toBeLessThan(0);
  });

  it('says what it needs when no quote is labelled', () => {
    expect(() => trainKindModel([{ set: 'x', name: '01', rows: [] }], plan)).toThrow('kind training: no labelled quotes');
  });
});

describe('withoutLeftOut', () => {
  it('removes the ids that start with a left-out prefix and keeps the rest', () => {
    expect(withoutLeftOut([{ features: { 'rules-kind=direct': 1, 'words=1': 1 }, label: 0, rulesNotSpeech: false }], ['rules-'])).toEqual([
      { features: { 'words=1': 1 }, label: 0, rulesNotSpeech: false },
    ]);
  });
});
