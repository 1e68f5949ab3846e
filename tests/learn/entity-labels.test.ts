import { describe, expect, test } from 'vitest';
import type { Entity } from '../../src/extract/types.ts';
import { entityLabels, matchedKinds } from '../../src/learn/entity-labels.ts';

const entity = (kind: Entity['kind'], name: string, aliases: string[] = [name]): Entity => ({ id: `${kind}/${name}`, name, kind, aliases, mentions: 1, roles: [], affiliations: [] });
const gold = {
  person: [{ name: 'Tomas Verlaine', aliases: [] }],
  organization: [{ name: 'Orrin Water Board', aliases: ['OWB'] }],
  place: [{ name: 'Kestle Bay', aliases: [] }],
};

describe('entityLabels', () => {
  test('an entity naming gold of its own kind is that kind', () => {
    expect(entityLabels([entity('person', 'Tomas Verlaine')], gold)).toEqual(['person']);
  });
  test('an entity naming gold of another kind is that other kind', () => {
    expect(entityLabels([entity('person', 'Kestle Bay')], gold)).toEqual(['place']);
  });
  test('an alias counts, as the scorer counts it', () => {
    expect(entityLabels([entity('organization', 'OWB')], gold)).toEqual(['organization']);
  });
  test('an entity naming nothing is not an entity', () => {
    expect(entityLabels([entity('organization', 'Login Register')], gold)).toEqual(['none']);
  });
  test('an entity of a kind the gold does not list, naming nothing, is not labelled', () => {
    expect(entityLabels([entity('event', 'Harvest Fair')], gold)).toEqual([null]);
  });
  test('the gold kinds an entity names, in a fixed order', () => {
    expect(matchedKinds(entity('place', 'Verlaine'), gold)).toEqual(['person']);
  });
});
