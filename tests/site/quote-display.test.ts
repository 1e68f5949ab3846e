import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InContext } from '../../src/graph/sentences.ts';
import { displayedQuote, isShownAsUncertain, quoteMarks, quoteWords, speakerSummary } from '../../src/site/quote-display.ts';

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

/** A quote as the graph holds it: its words, and its span in the sentence, just inside the marks. */
function quoteIn(sentence: string, words: string): { text: string; context: InContext } {
  const start = sentence.indexOf(words);
  return { text: words, context: { sentence, start, end: start + words.length } };
}

describe('quoteMarks', () => {
  it('gives the straight marks of a quote written in straight marks', () => {
    expect(quoteMarks(quoteIn('"We will build the port," Ana López said.', 'We will build the port,'))).toEqual({ open: '"', close: '"' });
  });

  it('gives the curly marks of a quote written in curly marks', () => {
    expect(quoteMarks(quoteIn('“We will build the port,” Ana López said.', 'We will build the port,'))).toEqual({ open: '“', close: '”' });
  });

  it('gives guillemets for a quote in guillemets', () => {
    expect(quoteMarks(quoteIn('Elle a dit: «Nous construirons le port.»', 'Nous construirons le port.'))).toEqual({ open: '«', close: '»' });
  });

  it('reads the marks of a span that holds them', () => {
    const sentence = '‘No,’ he said.';
    expect(quoteMarks({ context: { sentence, start: 0, end: 5 } })).toEqual({ open: '‘', close: '’' });
  });

  it('gives no closing mark to a quote that runs on into the next paragraph', () => {
    expect(quoteMarks(quoteIn('“We will build the port and the road', 'We will build the port and the road'))).toEqual({ open: '“', close: '' });
  });

  it('gives no marks where the article wrote none', () => {
    expect(quoteMarks(quoteIn('She called it a disgrace.', 'a disgrace'))).toEqual({ open: '', close: '' });
  });
});

describe('displayedQuote', () => {
  it('shows a quote in straight marks with straight marks, without the comma before "said"', () => {
    expect(displayedQuote(quoteIn('"We will build the port," Ana López said.', 'We will build the port,'))).toBe('"We will build the port"');
  });

  it('shows a quote in curly marks with curly marks', () => {
    expect(displayedQuote(quoteIn('“We will build the port,” Ana López said.', 'We will build the port,'))).toBe('“We will build the port”');
  });

  it('shows an unclosed multi-paragraph quote with only its opening mark', () => {
    expect(displayedQuote(quoteIn('“We will build the port and the road', 'We will build the port and the road'))).toBe('“We will build the port and the road');
  });

  it('shows the marks once when the span and the text hold them', () => {
    const sentence = '‘No,’ he said.';
    expect(displayedQuote({ text: '‘No,’', context: { sentence, start: 0, end: 5 } })).toBe('‘No’');
  });

  it('cuts a long quote at a word, with an ellipsis inside the closing mark', () => {
    const words = 'We will drive the North into the sea';
    expect(displayedQuote(quoteIn(`“${words}.”`, `${words}.`), 20)).toBe('“We will drive the…”');
  });

  it('keeps a quote within the limit whole', () => {
    expect(displayedQuote(quoteIn('"Yes," she said.', 'Yes,'), 20)).toBe('"Yes"');
  });

  it('never ends an excerpt inside a word', () => {
    // Words of up to 12 letters and a limit of at least 15: the first word always fits.
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 15, max: 120 }), (list, limit) => {
        const words = list.join(' ');
        const inner = displayedQuote(quoteIn(`“${words}”`, words), limit).slice(1, -1);
        if (inner === words) return;
        expect(inner.endsWith('…')).toBe(true);
        expect(inner.length).toBeLessThanOrEqual(limit);
        expect(words.startsWith(`${inner.slice(0, -1)} `)).toBe(true);
      }),
    );
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
