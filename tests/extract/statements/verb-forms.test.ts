import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REPORTING_VERB_BY_FORM } from '../../../src/extract/lexicon/reporting-verbs.ts';
import { CUE_PHRASES } from '../../../src/extract/lexicon/cue-patterns.ts';
import { analyzeBlock } from '../../../src/extract/quotes/analyze-block.ts';
import { mayNameReportingVerb, reportingVerbAt } from '../../../src/extract/quotes/speaker-refs.ts';

/**
 * statementsOf looks for a reporting verb only at tokens mayNameReportingVerb
 * allows (a reporting verb's form, or the verb word of a phrase that reads as
 * one): it relies on reportingVerbAt naming a verb nowhere else.
 */
describe('reportingVerbAt names a verb only where mayNameReportingVerb allows', () => {
  const word = fc.constantFrom(
    ...[...REPORTING_VERB_BY_FORM.keys()].slice(0, 40),
    ...CUE_PHRASES.flatMap((phrase) => phrase.words),
    'Ruiz', 'the', 'claim', 'he', 'Korea’s', 'a', 'post', ',', '.', '“Yes,”', 'Said', 'Told', 'twitter', 'on',
  );
  const paragraph = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));

  test('for every token of any paragraph', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const block = analyzeBlock('body', 0, 0, text, []);
        block.tokens.forEach((token, i) => {
          if (reportingVerbAt(block, i)?.verb) expect(mayNameReportingVerb(token.lower)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  test('in a cue phrase too: the phrase\'s verb is the token\'s own word, or the verb the phrase reads as', () => {
    for (const phrase of CUE_PHRASES) {
      const block = analyzeBlock('body', 0, 0, `Ruiz ${phrase.words.join(' ')}, on Monday.`, []);
      const verb = reportingVerbAt(block, 1)?.verb;
      if (verb) expect(verb).toBe(REPORTING_VERB_BY_FORM.get(phrase.readsAs ?? block.tokens[1]!.lower));
    }
  });

  test('reads `went on` as `continued` before punctuation only (`went on a diet` reports nothing)', () => {
    const at = (text: string) => reportingVerbAt(analyzeBlock('body', 0, 0, text, []), 1);
    expect(at('Ruiz went on, smiling.')?.verb?.lemma).toBe('continue');
    expect(at('Ruiz went on a diet.')).toBeNull();
    expect(at('Ruiz shot back with a laugh.')?.verb?.lemma).toBe('retort');
  });
});
