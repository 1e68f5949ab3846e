import { describe, expect, it } from 'vitest';
import { REPORTING_VERB_BY_FORM } from '../../../src/extract/lexicon/reporting-verbs.ts';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from '../quotes/fake-entities.ts';

const PEOPLE: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }];

function speakers(paragraph: string): [string, string | null][] {
  const input = article([paragraph]);
  return findQuotes(input, fakeEntities(input, PEOPLE)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null]);
}

describe('reporting verbs', () => {
  it('reads verbs of concluding, pleading and muttering as cues', () => {
    expect(speakers('"The port will stay open," Ruiz concluded.')).toEqual([['The port will stay open,', 'Ana Ruiz']]);
    expect(speakers('"Give us one more year," Ruiz pleaded.')).toEqual([['Give us one more year,', 'Ana Ruiz']]);
    expect(speakers('"Not again," muttered Ruiz.')).toEqual([['Not again,', 'Ana Ruiz']]);
  });

  it('reads a verb whose other forms are nouns only in the past: questioned, demanded, laughed', () => {
    expect(speakers('"Who signed this?" Ruiz questioned.')).toEqual([['Who signed this?', 'Ana Ruiz']]);
    expect(speakers('"Show me the budget," Ruiz demanded.')).toEqual([['Show me the budget,', 'Ana Ruiz']]);
    for (const noun of ['question', 'questions', 'demand', 'demanding', 'laugh', 'laughs', 'wonder']) expect(REPORTING_VERB_BY_FORM.has(noun)).toBe(false);
  });

  it('reads verbs of telling someone something as cues, the one told being their object: assured, begged, advised', () => {
    expect(speakers('"The port is not for sale," Ruiz assured the crowd.')).toEqual([['The port is not for sale,', 'Ana Ruiz']]);
    expect(speakers('"Stay home tonight," Ruiz begged residents.')).toEqual([['Stay home tonight,', 'Ana Ruiz']]);
    expect(speakers('"Boil your water," Ruiz advised.')).toEqual([['Boil your water,', 'Ana Ruiz']]);
  });

  it('reads verbs whose other forms are nouns only in the past: hinted, lectured, reasoned', () => {
    expect(speakers('"There may be news soon," Ruiz hinted.')).toEqual([['There may be news soon,', 'Ana Ruiz']]);
    expect(speakers('Ruiz lectured: "Nobody reads the rules."')).toEqual([['Nobody reads the rules.', 'Ana Ruiz']]);
    expect(speakers('"Nobody would pay that," Ruiz reasoned.')).toEqual([['Nobody would pay that,', 'Ana Ruiz']]);
    for (const noun of ['hint', 'hints', 'lecture', 'lectures', 'reason', 'reasons', 'object', 'reassuring', 'assuring', 'advising']) expect(REPORTING_VERB_BY_FORM.has(noun)).toBe(false);
  });

  it('reads apologizing as a stance: the fragment after it is the subject\'s', () => {
    expect(speakers('Ruiz has apologised for "a genuine mistake" and repaid the money.')).toEqual([['a genuine mistake', 'Ana Ruiz']]);
  });

  it('reads expressing a feeling as a stance: the partial quote after it is the subject’s', () => {
    expect(speakers('Ruiz expressed disappointment at the "insensitivity" of the plan.')).toEqual([['insensitivity', 'Ana Ruiz']]);
  });

  it('keeps a partial quote with the one who said it when a noun form stands between: the referendum question', () => {
    expect(speakers('Ruiz said the referendum question "seems straightforward".')).toEqual([['seems straightforward', 'Ana Ruiz']]);
  });

  it('reads verbs of complaining and boasting only in the past: groused, crowed', () => {
    expect(speakers('"Nobody asked us," Ruiz groused.')).toEqual([['Nobody asked us,', 'Ana Ruiz']]);
    expect(speakers('"We beat them all," crowed Ruiz.')).toEqual([['We beat them all,', 'Ana Ruiz']]);
    expect(speakers('Ruiz groused to a crowd that the paper "is very dishonest."')).toEqual([['is very dishonest.', 'Ana Ruiz']]);
    for (const noun of ['moan', 'moans', 'crow', 'crows', 'grouse', 'whine']) expect(REPORTING_VERB_BY_FORM.has(noun)).toBe(false);
  });

  it('reads verbs of praise and attack as a stance: heralded, lambasted, touted', () => {
    expect(speakers('Ruiz heralded the deal as a "breakthrough for the port."')).toEqual([['breakthrough for the port.', 'Ana Ruiz']]);
    expect(speakers('Ruiz touted the "fastest ferry in the fleet" at the launch.')).toEqual([['fastest ferry in the fleet', 'Ana Ruiz']]);
    expect(REPORTING_VERB_BY_FORM.get('lambasted')?.strength).toBe('stance');
    for (const noun of ['touts', 'rebuke']) expect(REPORTING_VERB_BY_FORM.has(noun)).toBe(false);
  });
});
