import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldQuote } from '../../src/eval/gold.ts';
import { kindLabels } from '../../src/learn/kind-labels.ts';

function gold(...quotes: Partial<GoldQuote>[]): GoldArticle {
  return { title: null, entities: {}, quotes: quotes.map((q) => ({ text: '', speaker: null, kind: 'direct', ambiguous: false, ...q })) };
}

describe('kindLabels', () => {
  it('labels 1 a quote that matched a gold not-speech span, 0 one that matched direct or partial speech', () => {
    const labels = kindLabels(
      [{ text: 'Harbour Lights' }, { text: 'We will win the league,' }, { text: 'too early' }],
      gold(
        { text: 'Harbour Lights', kind: 'not-speech' },
        { text: 'We will win the league,', kind: 'direct', speaker: 'Ada Pell' },
        { text: 'too early', kind: 'partial', speaker: 'Ada Pell' },
      ),
    );
    expect(labels).toEqual([1, 0, 0]);
  });

  it('matches spans as the scorer does: case and punctuation do not count', () => {
    expect(kindLabels([{ text: 'harbour lights.' }], gold({ text: 'Harbour Lights', kind: 'not-speech' }))).toEqual([1]);
  });

  it('gives no row to a quote that matched nothing', () => {
    expect(kindLabels([{ text: 'Blue Water' }], gold({ text: 'Harbour Lights', kind: 'not-speech' }))).toEqual([null]);
  });

  it('gives no row to a quote that matched only ambiguous gold', () => {
    expect(kindLabels([{ text: 'security' }], gold({ text: 'security', kind: 'not-speech', ambiguous: true }))).toEqual([null]);
  });

  it('gives no row to a quote covering both a not-speech and a speech gold span', () => {
    const labels = kindLabels(
      [{ text: 'We played every night and the crowd sang along' }],
      gold({ text: 'We played every night', kind: 'direct' }, { text: 'the crowd sang along', kind: 'not-speech' }),
    );
    expect(labels).toEqual([null]);
  });
});
