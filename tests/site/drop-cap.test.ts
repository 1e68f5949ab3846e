/**
 * The body gets a drop cap only when its first paragraph opens with a letter
 * or a digit: a bullet, a dash or a quote mark never becomes a drop cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyBodyClass, takesDropCap } from '../../src/site/drop-cap.ts';

describe('takesDropCap', () => {
  it('is true for a paragraph opening with a letter', () => {
    expect(takesDropCap('Harbour pilots went on strike on Monday.')).toBe(true);
  });

  it('is true for a letter outside ASCII and for a digit', () => {
    expect([takesDropCap('Østby council met again.'), takesDropCap('12 ferries stayed in port.')]).toEqual([true, true]);
  });

  it('is false for a paragraph opening with a bullet', () => {
    expect(takesDropCap('• Ferries cancelled until Friday')).toBe(false);
  });

  it('is false for a dash or a quote mark before the first letter', () => {
    expect([takesDropCap('— and then the pier closed.'), takesDropCap('“We are ready,” the pilots said.')]).toEqual([false, false]);
  });

  it('is false for an article with no text', () => {
    expect([takesDropCap(undefined), takesDropCap('')]).toEqual([false, false]);
  });

  it('is false whenever the first character is neither a letter nor a digit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[\p{L}\p{N}\s]/u.test(c)), fc.string(), (mark, rest) => {
        expect(takesDropCap(`${mark}${rest}`)).toBe(false);
      }),
    );
  });
});

describe('storyBodyClass', () => {
  it('adds the drop-cap class only when the first paragraph takes one', () => {
    expect([storyBodyClass('Pilots struck.'), storyBodyClass('• Pilots struck.')]).toEqual(['story-body drop-cap', 'story-body']);
  });
});
