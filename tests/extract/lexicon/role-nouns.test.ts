import { describe, expect, test } from 'vitest';
import { isPersonRoleNoun } from '../../../src/extract/lexicon/role-nouns.ts';

describe('isPersonRoleNoun', () => {
  test('a listed role, and a word with a learned ending', () => {
    expect(['minister', 'passenger', 'egyptologist', 'geographer', 'statistician'].filter(isPersonRoleNoun)).toEqual([
      'minister', 'passenger', 'egyptologist', 'geographer', 'statistician',
    ]);
  });

  test('two roles joined by a hyphen, and a role after co-, vice-, ex- or deputy-', () => {
    expect(['singer-songwriter', 'co-director', 'vice-chairman', 'ex-minister', 'deputy-governor'].filter(isPersonRoleNoun)).toEqual([
      'singer-songwriter', 'co-director', 'vice-chairman', 'ex-minister', 'deputy-governor',
    ]);
  });

  test('no other word, hyphenated or not', () => {
    expect(['tree', 'well-known', 'co-op', 'singer-tree', 'magician-', 'said'].filter(isPersonRoleNoun)).toEqual([]);
  });
});
