import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldQuote } from '../../src/eval/gold.ts';
import { speakerLabels, type LabelledQuote } from '../../src/learn/label-speakers.ts';

const goldQuote = (text: string, speaker: string | null, kind: GoldQuote['kind'] = 'direct', ambiguous = false): GoldQuote => ({ text, speaker, kind, ambiguous });
const gold = (...quotes: GoldQuote[]): GoldArticle => ({ title: null, quotes, entities: {} });
const predicted = (text: string, speaker: string | null, kind = 'direct'): LabelledQuote => ({ text, speaker, kind });

describe('speakerLabels', () => {
  it('labels 1 a speaker the scorer counts right (names match by its rules: titles and first names aside)', () => {
    expect(speakerLabels([predicted('We open on Monday.', 'Mayor Ada Pell')], gold(goldQuote('We open on Monday.', 'Ada Pell')))).toEqual([1]);
  });

  it('labels 0 someone else, a gold quote without speaker, and a gold not-speech span', () => {
    const labels = speakerLabels(
      [predicted('one two three', 'Tom Reyes'), predicted('four five six', 'Ada Pell'), predicted('seven eight', 'Ada Pell')],
      gold(goldQuote('one two three', 'Ada Pell'), goldQuote('four five six', null), goldQuote('seven eight', null, 'not-speech')),
    );
    expect(labels).toEqual([0, 0, 0]);
  });

  it('labels 0 a quote that matches no gold span: it would reach a speaker page all the same', () => {
    expect(speakerLabels([predicted('words nobody marked', 'Ada Pell')], gold(goldQuote('something else entirely', 'Ada Pell')))).toEqual([0]);
  });

  it('makes no row of a quote without speaker, a not-speech prediction, or one that matched only ambiguous gold', () => {
    const labels = speakerLabels(
      [predicted('one two three', null), predicted('four five six', 'Ada Pell', 'not-speech'), predicted('seven eight', 'Ada Pell')],
      gold(goldQuote('one two three', 'Ada Pell'), goldQuote('four five six', 'Ada Pell'), goldQuote('seven eight', 'Ada Pell', 'direct', true)),
    );
    expect(labels).toEqual([null, null, null]);
  });

  it('labels 1 a quote spanning several gold paragraphs when one of them names the speaker', () => {
    const labels = speakerLabels(
      [predicted('First paragraph of it. Second paragraph of it.', 'Ada Pell')],
      gold(goldQuote('First paragraph of it.', 'Ada Pell'), goldQuote('Second paragraph of it.', 'Ada Pell')),
    );
    expect(labels).toEqual([1]);
  });
});
