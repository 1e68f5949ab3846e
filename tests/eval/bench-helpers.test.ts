import { describe, expect, it } from 'vitest';
import { articleSize, patternedArticle, seededRandom, unbalancedQuotesArticle } from '../../src/eval/synthetic-text.ts';
import { pathologicalParagraph, PATHOLOGICAL_SHAPES } from '../../src/eval/pathological-text.ts';
import { anyStepGrowsFasterThanLinear, growsFasterThanLinear, median, percentile, timeOnce } from '../../src/eval/timing-stats.ts';

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

  it('flags a series when any step to the next size more than doubles the cost per KB', () => {
    expect(anyStepGrowsFasterThanLinear([{ kb: 100, ms: 10 }, { kb: 1000, ms: 150 }, { kb: 4000, ms: 700 }])).toBe(false);
    expect(anyStepGrowsFasterThanLinear([{ kb: 100, ms: 10 }, { kb: 1000, ms: 150 }, { kb: 4000, ms: 1300 }])).toBe(true);
    expect(anyStepGrowsFasterThanLinear([{ kb: 100, ms: 10 }])).toBe(false);
  });
});

describe('timing one run', () => {
  it('runs the work once and gives its wall-clock and CPU milliseconds', () => {
    let calls = 0;
    const { wallMs, cpuMs } = timeOnce(() => {
      calls += 1;
    });
    expect(calls).toBe(1);
    expect(wallMs).toBeGreaterThanOrEqual(0);
    expect(cpuMs).toBeGreaterThanOrEqual(0);
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

describe('pathological benchmark paragraphs', () => {
  it('are exactly the asked length, the same on every call', () => {
    for (const shape of PATHOLOGICAL_SHAPES) {
      expect(pathologicalParagraph(shape, 3_001)).toHaveLength(3_001);
      expect(pathologicalParagraph(shape, 3_001)).toBe(pathologicalParagraph(shape, 3_001));
    }
  });

  it('build a run of every quote mark, nested openers then closers, one long capitalized run, and one sentence of repeated cues', () => {
    expect(pathologicalParagraph('quote-mark-run', 10)).toBe('"“”‘’«»\'"“');
    expect(pathologicalParagraph('nested-quotes', 8)).toBe('“‘«“»’”»');
    expect(pathologicalParagraph('title-case-run', 30)).toBe('Alpha Beta Gamma Delta Epsilon');
    const words = pathologicalParagraph('title-case-run', 2_000).split(' ');
    expect(words.every((word) => /^\p{Lu}/u.test(word))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    expect(pathologicalParagraph('repeated-cue', 25)).toBe('Ruiz said Ruiz said Ruiz ');
  });
});
