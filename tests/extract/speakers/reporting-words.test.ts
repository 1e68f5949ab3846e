import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORTING_VERB_BY_FORM } from '../../../src/extract/lexicon/reporting-verbs.ts';
import { reportingWordSpans } from '../../../src/extract/speakers/reporting-words.ts';

const FORMS = new Set([...REPORTING_VERB_BY_FORM.keys(), 'according']);

/** The definition: every run of ASCII letters that is a reporting form and not glued to a longer word. */
function byRegularExpression(text: string) {
  const inner = /[\p{L}\p{N}'’-]/u;
  return [...text.matchAll(/[A-Za-z]+/g)]
    .filter((match) => FORMS.has(match[0].toLowerCase()))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter(({ start, end }) => !inner.test(text[start - 1] ?? ' ') && !inner.test(text[end] ?? ' '));
}

describe('reportingWordSpans', () => {
  it('finds reporting words in any case, in text order', () => {
    const text = 'Pell SAID the ferry was late, and Reyes told reporters so, according to the log.';
    expect(reportingWordSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['SAID', 'told', 'according']);
  });

  it('skips a reporting word inside a longer word, a hyphenated word or one with an apostrophe', () => {
    expect(reportingWordSpans('It went unsaid; a said-so rule; the tells’ code; Résaid.')).toEqual([]);
  });

  it('gives the spans of the definition for any text', () => {
    const pieces = fc.constantFrom('said', 'Says', 'TOLD', 'according', 'un', 'é', '-', "'", '’', ' ', '.', 'x', '\u0000', 'said,', '9');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(reportingWordSpans(text)).toEqual(byRegularExpression(text));
      }),
    );
  });
});
