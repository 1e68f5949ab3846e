import { describe, expect, it } from 'vitest';
import { matchSpans } from '../../src/eval/match-spans.ts';

describe('matchSpans one to one', () => {
  it('matches spans equal after normalization (case, marks, spaces)', () => {
    expect(matchSpans(['the tide is turning.'], ['The tide is turning'])).toEqual({
      goldToPredicted: [0],
      predictedToGold: [[0]],
    });
  });

  it('matches when the shorter span is at least 60% of the longer and inside it', () => {
    // gold "abcdef" (6) inside predicted "abcdefghij" (10): 60%.
    expect(matchSpans(['abcdef ghij'], ['abcdef']).goldToPredicted).toEqual([0]);
  });

  it('does not match when the shorter span is under 60% of the longer', () => {
    // 5 of 10 characters.
    expect(matchSpans(['abcde fghij'], ['abcde']).goldToPredicted).toEqual([null]);
  });

  it('does not match spans of similar length when neither contains the other', () => {
    expect(matchSpans(['the tide is turning'], ['the tide was turning']).goldToPredicted).toEqual([null]);
  });

  it('pairs each span once, so a phrase quoted twice needs two predictions', () => {
    expect(matchSpans(['no deal'], ['no deal', 'no deal'])).toEqual({
      goldToPredicted: [0, null],
      predictedToGold: [[0]],
    });
    expect(matchSpans(['no deal', 'no deal'], ['no deal', 'no deal']).goldToPredicted).toEqual([0, 1]);
  });

  it('prefers the closest pair when one prediction fits two gold spans', () => {
    const gold = ['alpha beta gamma', 'alpha beta gamma delta'];
    expect(matchSpans(['alpha beta gamma delta'], gold).goldToPredicted).toEqual([null, 0]);
  });

  it('never matches an empty span', () => {
    expect(matchSpans(['...'], ['…']).goldToPredicted).toEqual([null]);
  });
});

describe('matchSpans across paragraphs', () => {
  const first = 'We will keep the branch open for as long as we can';
  const second = 'After that the village will have to decide for itself';

  it('lets one predicted span cover several gold paragraphs of one quote', () => {
    expect(matchSpans([`${first} ${second}`], [first, second])).toEqual({
      goldToPredicted: [0, 0],
      predictedToGold: [[0, 1]],
    });
  });

  it('allows up to 1.3 times their total length plus 20 characters', () => {
    // Normalized lengths 37 + 46 = 83, so the limit is 1.3 * 83 + 20 = 127.9 characters.
    expect(`${first}${second}`.replace(/[^a-z]/gi, '').length).toBe(83);
    const padded = (letters: number) => `${first} ${'x'.repeat(letters - 83)} ${second}`;
    expect(matchSpans([padded(127)], [first, second]).goldToPredicted).toEqual([0, 0]);
    expect(matchSpans([padded(128)], [first, second]).goldToPredicted).toEqual([null, null]);
  });

  it('does not let one span cover a single gold span it is too long for', () => {
    expect(matchSpans([`${first} ${second}`], [first]).goldToPredicted).toEqual([null]);
  });

  it('does not count a nested gold quote as a paragraph the outer span covers', () => {
    const outer = 'She called the offer quite frankly insulting to every one of us';
    const inner = 'quite frankly insulting';
    expect(matchSpans([outer], [outer, inner]).goldToPredicted).toEqual([0, null]);
  });

  it('leaves gold spans already matched one to one out of a cover', () => {
    expect(matchSpans([first, `${first} ${second}`], [first, second])).toEqual({
      goldToPredicted: [0, null],
      predictedToGold: [[0], []],
    });
  });
});
