import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldQuote } from '../../src/eval/gold.ts';
import { candidateLabels } from '../../src/learn/label-speakers.ts';

const goldQuote = (text: string, speaker: string | null, kind: GoldQuote['kind'] = 'direct', ambiguous = false): GoldQuote => ({ text, speaker, kind, ambiguous });
const gold = (...quotes: GoldQuote[]): GoldArticle => ({ title: null, quotes, entities: {} });
const named = (...names: string[]) => names.map((name) => ({ name }));

describe('candidateLabels', () => {
  it('labels 1 the candidate the scorer counts right (names match by its rules: titles and first names aside), 0 the others', () => {
    const labels = candidateLabels([{ text: 'We open on Monday.' }], [named('Tom Reyes', 'Mayor Ada Pell')], gold(goldQuote('We open on Monday.', 'Ada Pell')));
    expect(labels).toEqual([[0, 1]]);
  });

  it('labels every candidate 0 when gold names nobody, calls the span not-speech, or has no such span', () => {
    const labels = candidateLabels(
      [{ text: 'four five six' }, { text: 'seven eight' }, { text: 'words nobody marked' }],
      [named('Ada Pell'), named('Ada Pell'), named('Ada Pell')],
      gold(goldQuote('four five six', null), goldQuote('seven eight', null, 'not-speech'), goldQuote('something else entirely', 'Ada Pell')),
    );
    expect(labels).toEqual([[0], [0], [0]]);
  });

  it('gives no labels to a quote that matched only ambiguous gold, and an empty list to one without candidates', () => {
    const labels = candidateLabels(
      [{ text: 'seven eight' }, { text: 'one two three' }],
      [named('Ada Pell'), null],
      gold(goldQuote('seven eight', 'Ada Pell', 'direct', true), goldQuote('one two three', 'Ada Pell')),
    );
    expect(labels).toEqual([null, []]);
  });

  it('labels 1 a candidate for a quote spanning several gold paragraphs when one of them names it', () => {
    const labels = candidateLabels(
      [{ text: 'First paragraph of it. Second paragraph of it.' }],
      [named('Ada Pell')],
      gold(goldQuote('First paragraph of it.', 'Ada Pell'), goldQuote('Second paragraph of it.', 'Ada Pell')),
    );
    expect(labels).toEqual([[1]]);
  });
});
