import { describe, expect, it } from 'vitest';
import { countHeadlines, formatHeadlines, judgeHeadline } from '../../src/eval/score-headline.ts';

describe('judgeHeadline', () => {
  it('is right when the letters and digits match, whatever the punctuation and case', () => {
    expect(judgeHeadline('Harbour bridge reopens — at last', 'Harbour Bridge reopens at last')).toBe('right');
  });

  it('is wrong when ingest took another line', () => {
    expect(judgeHeadline('Skip to main content', 'Harbour bridge reopens')).toBe('wrong');
  });

  it('is missing when the page has a headline and ingest found none', () => {
    expect(judgeHeadline(null, 'Harbour bridge reopens')).toBe('missing');
  });

  it('is made up when the page has none and ingest found one', () => {
    expect(judgeHeadline('Saturday, 15 June', null)).toBe('made-up');
  });

  it('is none when neither has one', () => {
    expect(judgeHeadline(null, null)).toBe('none');
  });
});

describe('formatHeadlines', () => {
  it('sums the verdicts into one line', () => {
    const counts = countHeadlines(['right', 'right', 'wrong', 'missing', 'made-up', 'none', 'none']);
    expect(formatHeadlines(counts)).toBe('Headlines: 2 of 4 right (1 wrong, 1 missing); 1 made up for 3 pages without one.');
  });
});
