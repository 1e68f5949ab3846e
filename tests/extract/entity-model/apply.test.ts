import { describe, expect, test } from 'vitest';
import { applyEntityModel, decide, ENTITY_MODEL_FORMAT, entityDecisions, NEVER, parseEntityModel, type EntityModel } from '../../../src/extract/entity-model/apply.ts';
import { COMMITTED_ENTITY_MODEL } from '../../../src/extract/entity-model/committed-model.ts';
import type { LogisticModel } from '../../../src/extract/speakers/logistic-model.ts';
import { ARTICLE, AUTHORITY, fixtureExtraction, PORT, QUINN, VALLEY } from './fixture.ts';

/** A model whose probabilities are set by hand: bias only, plus the weights given. */
function model(models: EntityModel['models'], lines: { dropAt?: number; rekindAt?: number } = {}): EntityModel {
  return { format: ENTITY_MODEL_FORMAT, models, dropAt: lines.dropAt ?? 0.9, rekindAt: lines.rekindAt ?? 0.9, l2: 3, iterations: 25, training: [] };
}
const sure = (weights: Record<string, number> = {}, bias = -10): LogisticModel => ({ bias, weights });

describe('decide', () => {
  const lines = { dropAt: 0.8, rekindAt: 0.7 };
  test('drops at the drop line', () => {
    expect(decide(PORT, { none: 0.8, place: 0.1 }, lines, false)).toEqual({ action: 'drop', kind: 'place' });
    expect(decide(PORT, { none: 0.79, place: 0.1 }, lines, false)).toEqual({ action: 'keep', kind: 'place' });
  });
  test('never drops a speaker', () => {
    expect(decide(QUINN, { none: 0.99, person: 0.9 }, lines, true)).toEqual({ action: 'keep', kind: 'person' });
  });
  test('re-kinds only at the line and above the own kind', () => {
    expect(decide(VALLEY, { person: 0.2, place: 0.7 }, lines, false)).toEqual({ action: 'rekind', kind: 'place' });
    expect(decide(VALLEY, { person: 0.2, place: 0.69 }, lines, false)).toEqual({ action: 'keep', kind: 'person' });
    expect(decide(VALLEY, { person: 0.8, place: 0.75 }, lines, false)).toEqual({ action: 'keep', kind: 'person' });
  });
  test('a speaker only becomes a kind that can speak', () => {
    expect(decide(QUINN, { person: 0.1, place: 0.95, organization: 0.8 }, lines, true)).toEqual({ action: 'rekind', kind: 'organization' });
    expect(decide(QUINN, { person: 0.1, place: 0.95 }, lines, true)).toEqual({ action: 'keep', kind: 'person' });
  });
  test('an entity-list entry is the editor’s word', () => {
    expect(decide({ ...PORT, listId: 'port-corvane' }, { none: 1, person: 1 }, lines, false)).toEqual({ action: 'keep', kind: 'place' });
  });
  test('a kind without a model is never given', () => {
    expect(decide(VALLEY, { person: 0 }, lines, false)).toEqual({ action: 'keep', kind: 'person' });
  });
});

describe('applyEntityModel', () => {
  test('drops an entity and its mentions', () => {
    const result = applyEntityModel(fixtureExtraction(), ARTICLE, model({ none: sure({ 'inside-quotes-only': 20 }) }));
    expect(result.entities.map((entity) => entity.id)).toEqual([PORT.id, QUINN.id, AUTHORITY.id]);
    expect(result.mentions.some((mention) => mention.entityId === VALLEY.id)).toBe(false);
    expect(result.mentions).toHaveLength(6);
  });

  test('re-kinds an entity: new id, its mentions follow', () => {
    const result = applyEntityModel(fixtureExtraction(), ARTICLE, model({ person: sure({}, 0), place: sure({ 'head=place-head': 20 }) }));
    const valley = result.entities.find((entity) => entity.name === 'Dunmarsh Valley')!;
    expect(valley).toMatchObject({ id: 'place/dunmarsh-valley', kind: 'place' });
    expect(result.mentions.filter((mention) => mention.entityId === 'place/dunmarsh-valley')).toHaveLength(1);
    expect(result.mentions.some((mention) => mention.entityId === VALLEY.id)).toBe(false);
  });

  test('never drops the speaker of a quote, even when sure it is no entity', () => {
    const result = applyEntityModel(fixtureExtraction(), ARTICLE, model({ none: sure({}, 10) }));
    expect(result.entities.map((entity) => entity.id)).toEqual([QUINN.id]);
    expect(result.quotes[0]!.speakerId).toBe(QUINN.id);
  });

  test('a re-kinded speaker takes its quotes and statements along', () => {
    const extraction = fixtureExtraction();
    extraction.statements = [{ speaker: 'Sarah Quinn', speakerId: QUINN.id, cue: 'said', text: 'the authority had agreed', paragraph: 0, block: 'body', start: 0, end: 10 }];
    const result = applyEntityModel(extraction, ARTICLE, model({ person: sure({ speaker: -20 }, 0), organization: sure({ speaker: 20 }) }));
    expect(result.entities.find((entity) => entity.name === 'Sarah Quinn')!.id).toBe('organization/sarah-quinn');
    expect(result.quotes[0]!.speakerId).toBe('organization/sarah-quinn');
    expect(result.statements[0]!.speakerId).toBe('organization/sarah-quinn');
  });

  test('no re-kind onto the id of an entity the article already has', () => {
    const extraction = fixtureExtraction();
    extraction.entities = [...extraction.entities, { ...VALLEY, id: 'place/dunmarsh-valley', kind: 'place', mentions: 0 }];
    const decisions = entityDecisions(extraction, ARTICLE, model({ person: sure({}, 0), place: sure({ 'head=place-head': 20 }) }));
    expect(decisions[3]).toMatchObject({ action: 'keep', kind: 'person' });
  });

  test('a model whose lines never fire returns the extraction itself', () => {
    const extraction = fixtureExtraction();
    expect(applyEntityModel(extraction, ARTICLE, model({ none: sure({}, 10) }, { dropAt: NEVER, rekindAt: NEVER }))).toBe(extraction);
  });

  test('the same input gives the same output', () => {
    const m = model({ none: sure({ 'inside-quotes-only': 20 }) });
    expect(applyEntityModel(fixtureExtraction(), ARTICLE, m)).toEqual(applyEntityModel(fixtureExtraction(), ARTICLE, m));
  });
});

describe('parseEntityModel', () => {
  const good = { format: ENTITY_MODEL_FORMAT, dropAt: 0.8, rekindAt: NEVER, l2: 3, iterations: 25, training: [{ set: 'x', articles: 1, rows: 2, rulesRight: 1 }], models: { none: { bias: -1, weights: { a: 0.5 } } } };

  test('reads a good model', () => {
    expect(parseEntityModel(good)).toEqual({ ...good, models: { none: { bias: -1, weights: { a: 0.5 } } } });
  });

  test.each([
    [{ ...good, format: 'other' }, `entity model.format: expected "${ENTITY_MODEL_FORMAT}"`],
    [{ ...good, models: { animal: { bias: 0, weights: {} } } }, 'entity model.models.animal: unknown label'],
    [{ ...good, models: { none: { bias: 0, weights: { a: 'x' } } } }, 'entity model.models.none.weights["a"]: expected a finite number'],
    [{ ...good, models: { place: { weights: {} } } }, 'entity model.models.place.bias: expected a finite number'],
    [{ ...good, dropAt: -1 }, 'entity model.dropAt: expected a number >= 0'],
    [{ ...good, training: [{ set: 'x', articles: 1, rows: 2 }] }, 'entity model.training[0].rulesRight: expected a finite number'],
  ])('names the bad field (%#)', (value, message) => {
    expect(() => parseEntityModel(value)).toThrow(message);
  });

  test('the committed model parses', () => {
    expect(COMMITTED_ENTITY_MODEL.format).toBe(ENTITY_MODEL_FORMAT);
    expect(Object.keys(COMMITTED_ENTITY_MODEL.models).sort()).toEqual(['event', 'none', 'organization', 'person', 'place']);
  });
});
