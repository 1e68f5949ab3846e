import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { internStrings, POOLED_LENGTH, StringPool } from '../../src/graph/string-pool.ts';

describe('StringPool', () => {
  test('holds one string per distinct short text', () => {
    const pool = new StringPool();
    for (const text of ['body', 'name', 'body', 'Vladimir Putin', 'name', 'body']) pool.intern(text);
    expect(pool.size).toBe(3);
  });

  test('gives back a text equal to the one it was given', () => {
    const pool = new StringPool();
    pool.intern('said');
    expect(pool.intern(['sa', 'id'].join(''))).toBe('said');
  });

  test('leaves a text longer than POOLED_LENGTH out of the pool', () => {
    const pool = new StringPool();
    const paragraph = 'x'.repeat(POOLED_LENGTH + 1);
    expect(pool.intern(paragraph)).toBe(paragraph);
    expect(pool.size).toBe(0);
  });
});

describe('internStrings', () => {
  test('pools the strings of nested objects and arrays in place and returns the same value', () => {
    const pool = new StringPool();
    const value = { mentions: [{ block: 'body', form: 'name' }, { block: 'body', form: 'alias' }], dateline: ['Moscow', 'body'] };
    expect(internStrings(value, pool)).toBe(value);
    expect(value).toEqual({ mentions: [{ block: 'body', form: 'name' }, { block: 'body', form: 'alias' }], dateline: ['Moscow', 'body'] });
    expect(pool.size).toBe(4);
  });

  test('leaves numbers, booleans and nulls as they are', () => {
    const value = { start: 3, lowConfidence: false, speaker: null, spans: [0, 1.5] };
    expect(internStrings(value, new StringPool())).toEqual({ start: 3, lowConfidence: false, speaker: null, spans: [0, 1.5] });
  });

  test('any parsed JSON comes out equal to a fresh parse of the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(internStrings(JSON.parse(text), new StringPool())).toEqual(JSON.parse(text));
      }),
    );
  });
});
