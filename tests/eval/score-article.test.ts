import { describe, expect, it } from 'vitest';
import { formatScoreTable, formatShare } from '../../src/eval/format-scores.ts';
import type { GoldArticle } from '../../src/eval/gold.ts';
import { figuresOf, scoreArticle, totalScore } from '../../src/eval/score-article.ts';

const gold = (kinds: GoldArticle['entities']): GoldArticle => ({
  title: null,
  quotes: [{ text: 'The bridge will reopen', speaker: 'Ada Pell', kind: 'direct', ambiguous: false }],
  entities: kinds,
});

describe('totalScore', () => {
  it('adds the counts of every article and unions the entity kinds', () => {
    const a = scoreArticle('a', { quotes: [{ text: 'The bridge will reopen', kind: 'direct', speaker: 'Pell' }], entities: [] }, gold({ person: [] }));
    const b = scoreArticle('b', { quotes: [], entities: [] }, gold({ event: [] }));
    const total = totalScore([a, b]);
    expect(total.article).toBe('total');
    expect(total.quotes).toMatchObject({ goldSpans: 2, foundSpans: 1, goldSpeakers: 2, foundSpeakers: 1 });
    expect(total.entities.kinds).toEqual(['event', 'person']);
    expect(figuresOf(total)).toMatchObject({ spanRecall: 0.5, speakerPrecision: 1, speakerRecall: 0.5, notSpeechKeptOut: null });
  });
});

describe('formatScoreTable', () => {
  it('shows shares as percent and fraction, and a dash for nothing measured', () => {
    expect(formatShare(2, 3)).toBe('67% 2/3');
    expect(formatShare(0, 0)).toBe('-');
  });

  it('prints a row per article, a rule, the total and the scored entity kinds', () => {
    const a = scoreArticle('01', { quotes: [], entities: [] }, gold({ person: [] }));
    const lines = formatScoreTable([a], totalScore([a])).split('\n');
    expect(lines[0]).toMatch(/^article +span recall +span prec/);
    expect(lines[2]).toMatch(/^01 +0% 0\/1/);
    expect(lines[3]).toMatch(/^-+ +-+/);
    expect(lines[4]).toMatch(/^total +0% 0\/1/);
    expect(lines.at(-1)).toBe('Entities scored only for the kinds the gold lists: person.');
  });
});
