import { describe, expect, test } from 'vitest';
import { applyEntityModel, NEVER, parseEntityModel } from '../../src/extract/entity-model/apply.ts';
import type { ArticleText, Entity, EntityMention, Extraction } from '../../src/extract/types.ts';
import type { GoldArticle } from '../../src/eval/gold.ts';
import { scoreEntities } from '../../src/eval/score-entities.ts';
import { crossValidateEntities, formatEntityCrossValidation } from '../../src/learn/entity-cross-validate.ts';
import {
  chooseLines,
  countDecided,
  DEFAULT_ENTITY_PLAN,
  finalKinds,
  innerFoldOf,
  prepareArticle,
  serializeEntityModel,
  trainEntityModel,
  type EntityRun,
} from '../../src/learn/entity-model.ts';

/**
 * An invented article: a person who speaks, a town, and a quoted shop sign
 * the rules took for a person. Variant `i` renames everything, so articles
 * differ but share their shape.
 */
function run(i: number): EntityRun {
  const person = `Ada Pell${i}`;
  const town = `Lorne${i}`;
  const sign = `Sunny Mart${i}`;
  const paragraphs = [`${person} said the market in ${town} was busy.`, `A banner read "${sign}".`];
  const text: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
  const entities: Entity[] = [
    { id: `person/p${i}`, name: person, kind: 'person', aliases: [person], mentions: 1, roles: [], affiliations: [] },
    { id: `place/t${i}`, name: town, kind: 'place', aliases: [town], mentions: 1, roles: [], affiliations: [] },
    { id: `person/s${i}`, name: sign, kind: 'person', aliases: [sign], mentions: 1, roles: [], affiliations: [] },
  ];
  const at = (paragraph: number, written: string, entityId: string): EntityMention => {
    const start = paragraphs[paragraph]!.indexOf(written);
    return { block: 'body', paragraph, start, end: start + written.length, entityId, text: written, form: 'name' };
  };
  const quoteStart = paragraphs[1]!.indexOf(sign);
  const extraction: Extraction = {
    entities,
    mentions: [at(0, person, entities[0]!.id), at(0, town, entities[1]!.id), at(1, sign, entities[2]!.id)],
    quotes: [{ id: 'q', block: 'body', paragraph: 1, start: quoteStart, end: quoteStart + sign.length, text: sign, kind: 'not-speech', speaker: null, speakerId: null, cue: null, rule: null, confidence: 0 }],
    statements: [],
  };
  const gold: GoldArticle = { title: null, quotes: [], entities: { person: [{ name: person, aliases: [] }], place: [{ name: town, aliases: [] }], organization: [] } };
  return { set: 'fixtures', name: `a${i}`, text, extraction, gold };
}

const runs = Array.from({ length: 12 }, (_, i) => run(i));
const plan = { ...DEFAULT_ENTITY_PLAN, innerFolds: 3 };

describe('counting', () => {
  test('countDecided equals the scorer on the decided entities', () => {
    const article = prepareArticle(run(0));
    const kinds = [null, 'place', 'person'] as const;
    const decided = article.entities.flatMap((entity, i) => (kinds[i] === null ? [] : [{ ...entity, kind: kinds[i]! }]));
    const { gold, found, predicted, right } = scoreEntities(decided, run(0).gold.entities);
    expect(countDecided(article, kinds)).toEqual({ gold, found, predicted, right });
  });
});

describe('chooseLines', () => {
  test('drops what the out-of-fold probabilities call no entity when that raises F1 without lowering precision', () => {
    const articles = runs.map(prepareArticle);
    const scored = articles.map(() => [{ none: 0.1 }, { none: 0.1 }, { none: 0.9 }]);
    expect(chooseLines(articles, scored)).toMatchObject({ dropAt: 0.9, rekindAt: NEVER });
  });
  test('keeps the rules when dropping would cost precision or F1', () => {
    const articles = runs.map(prepareArticle);
    const scored = articles.map(() => [{ none: 0.9 }, { none: 0.1 }, { none: 0.1 }]);
    expect(chooseLines(articles, scored)).toMatchObject({ dropAt: NEVER, rekindAt: NEVER });
  });
});

describe('training', () => {
  test('learns to drop the quoted sign, and the written model reads back the same', () => {
    const model = trainEntityModel(runs.map(prepareArticle), plan);
    expect(model.dropAt).toBeLessThan(1);
    const applied = applyEntityModel(run(99).extraction, run(99).text, model);
    expect(applied.entities.map((entity) => entity.name)).toEqual(['Ada Pell99', 'Lorne99']);
    expect(parseEntityModel(JSON.parse(serializeEntityModel(model)))).toEqual(model);
  });

  test('training twice gives byte-identical JSON with sorted labels and weights, rounded to 6 decimals', () => {
    const first = serializeEntityModel(trainEntityModel(runs.map(prepareArticle), plan));
    expect(serializeEntityModel(trainEntityModel(runs.map(prepareArticle), plan))).toBe(first);
    const parsed = JSON.parse(first) as { models: Record<string, { weights: Record<string, number> }> };
    expect(Object.keys(parsed.models)).toEqual([...Object.keys(parsed.models)].sort());
    for (const submodel of Object.values(parsed.models)) {
      const ids = Object.keys(submodel.weights);
      expect(ids).toEqual([...ids].sort());
      for (const weight of Object.values(submodel.weights)) expect(Math.round(weight * 1e6) / 1e6).toBe(weight);
    }
  });

  test('inner folds are salted apart from the outer folds', () => {
    const folds = new Set(runs.map((r) => innerFoldOf(r.set, r.name, 3)));
    expect(folds.size).toBe(3);
  });
});

describe('cross-validation', () => {
  test('scores each fold with a model that never saw it, and reports rules, CV and fit per set', () => {
    const result = crossValidateEntities(runs, 3, plan);
    expect(result.articles).toHaveLength(12);
    expect(result.folds.reduce((sum, fold) => sum + fold.articles, 0)).toBe(12);
    const report = formatEntityCrossValidation(result);
    // Rules: 24 right of 36 predicted; dropping the signs leaves 24 of 24.
    expect(report).toContain('| fixtures | 12 | 67% 24/36 | 100% 24/24 | 0.800 | 100% 24/24 | 100% 24/24 | 1.000 | 100% 24/24 | 100% 24/24 | 1.000 |');
  });

  test('finalKinds keeps every entity at the lines that never fire', () => {
    const article = prepareArticle(run(0));
    expect(finalKinds(article, [{ none: 1 }, { none: 1 }, { none: 1 }], { dropAt: NEVER, rekindAt: NEVER })).toEqual(['person', 'place', 'person']);
  });
});
