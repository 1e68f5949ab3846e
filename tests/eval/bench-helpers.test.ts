import { describe, expect, it } from 'vitest';
import { articleSize, patternedArticle, seededRandom, unbalancedQuotesArticle } from '../../src/eval/synthetic-text.ts';
import { growsFasterThanLinear, median, percentile } from '../../src/eval/timing-stats.ts';

describe('timing statistics', () => {
  it('takes the median of odd and even sample counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the p95 by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 0.95)).toBe(19);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('flags growth only when the large input costs more than twice as much per KB', () => {
    expect(growsFasterThanLinear({ kb: 100, ms: 10 }, { kb: 1000, ms: 150 })).toBe(false);
    expect(growsFasterThanLinear({ kb: 100, ms: 10 }, { kb: 1000, ms: 201 })).toBe(true);
    expect(growsFasterThanLinear({ kb: 10, ms: 5 }, { kb: 1000, ms: 100 })).toBe(false);
  });
});

describe('synthetic benchmark articles', () => {
  it('repeat a news paragraph pattern up to the asked size', () => {
    const article = patternedArticle(10_000);
    expect(articleSize(article)).toBeGreaterThanOrEqual(10_000);
    expect(articleSize(article)).toBeLessThan(10_300);
    expect(article.paragraphs[5]).toBe(article.paragraphs[0]);
  });

  it('build the same unbalanced text from the same seed, with quote marks that do not pair', () => {
    const a = unbalancedQuotesArticle(5_000, 1_000, 7);
    expect(unbalancedQuotesArticle(5_000, 1_000, 7)).toEqual(a);
    expect(a.paragraphs.length).toBe(5);
    const marks = a.paragraphs.join('').match(/["“”'‘’]/g) ?? [];
    expect(marks.length).toBeGreaterThan(50);
  });

  it('draw numbers in [0, 1) from a seed', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 100 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(100);
  });
});
