import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShownAsUncertain, quoteExcerpt, quoteWords, speakerSummary } from '../../src/site/quote-display.ts';

const quote = { lowConfidence: true, editorConfirmed: false, speakerSlug: 'ana-lopez' };

describe('isShownAsUncertain', () => {
  it('flags a low-confidence quote with a named speaker', () => {
    expect(isShownAsUncertain(quote)).toBe(true);
  });

  it('does not flag a quote an editor confirmed', () => {
    expect(isShownAsUncertain({ ...quote, editorConfirmed: true })).toBe(false);
  });

  it('does not flag a quote without a speaker, which is listed as unattributed instead', () => {
    expect(isShownAsUncertain({ ...quote, speakerSlug: null })).toBe(false);
  });

  it('does not flag a confident attribution', () => {
    expect(isShownAsUncertain({ ...quote, lowConfidence: false })).toBe(false);
  });
});

describe('quoteWords', () => {
  it('drops the comma written inside the marks before the reporting verb', () => {
    expect(quoteWords('We will build the port, ')).toBe('We will build the port');
  });

  it('keeps a closing full stop', () => {
    expect(quoteWords('We will build the port.')).toBe('We will build the port.');
  });
});

describe('quoteExcerpt', () => {
  it('keeps a quote of 90 characters whole', () => {
    const text = 'a'.repeat(90);
    expect(quoteExcerpt(text)).toBe(text);
  });

  it('cuts a longer quote to 88 characters, trailing space dropped, and adds an ellipsis', () => {
    expect(quoteExcerpt(`${'a'.repeat(87)} ${'b'.repeat(10)}`)).toBe(`${'a'.repeat(87)}…`);
  });

  it('never returns more than 89 characters for a long quote', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 91, maxLength: 300 }), (text) => {
        expect(quoteExcerpt(text).length).toBeLessThanOrEqual(89);
      }),
    );
  });
});

describe('quoteExcerpt with a limit', () => {
  it('cuts to two under the limit and adds an ellipsis', () => {
    expect(quoteExcerpt('one two three four', 10)).toBe('one two…');
  });
});

describe('speakerSummary', () => {
  it('counts quotes, their articles and reported statements', () => {
    expect(speakerSummary({ quotes: 3, articles: 2, statements: 1 })).toBe('3 quotes in 2 articles, and 1 reported statement.');
  });

  it('leaves out statements when there are none', () => {
    expect(speakerSummary({ quotes: 1, articles: 1, statements: 0 })).toBe('1 quote in 1 article.');
  });

  it('leaves out quotes when there are none, rather than writing "0 quotes in 0 articles"', () => {
    expect(speakerSummary({ quotes: 0, articles: 0, statements: 2 })).toBe('2 reported statements.');
  });

  it('gives no summary when there is nothing to count', () => {
    expect(speakerSummary({ quotes: 0, articles: 0, statements: 0 })).toBeNull();
  });
});
