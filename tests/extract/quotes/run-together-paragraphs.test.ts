import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { pairMarks } from '../../../src/extract/quotes/pair-marks.ts';
import { scanMarks } from '../../../src/extract/quotes/scan-marks.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

/**
 * Archives that store a story one line per paragraph group run a
 * multi-paragraph quote (`"First paragraph` / `"Second," she said.`) into one
 * block: an opening mark per paragraph, one closing mark at the end.
 */
function speakers(list: FakeEntity[], paragraphs: string[]): [string, string | null, string | null][] {
  const input = article(paragraphs, 'Harbour works');
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.rule]);
}

function spansOf(text: string): { text: string; closed: boolean; depth: number }[] {
  return pairMarks(text, scanMarks(text)).map((span) => ({ text: text.slice(span.start, span.end), closed: span.close !== null, depth: span.depth }));
}

const PEOPLE: FakeEntity[] = [
  { name: 'Ada Pell', kind: 'person', aliases: ['Pell'] },
  { name: 'Tom Reyes', kind: 'person', aliases: ['Reyes'] },
];

describe('a quote left open that another quote of its marks follows', () => {
  it('ends where the next quote opens: a quote holds none marked like itself', () => {
    expect(spansOf('"The wall held. "We were lucky," she said.')).toEqual([
      { text: 'The wall held.', closed: false, depth: 0 },
      { text: 'We were lucky,', closed: true, depth: 0 },
    ]);
  });

  it('keeps every paragraph of the run, the last one open to the end of the block', () => {
    expect(spansOf('Pell said: "The wall held. "We were lucky. "Next year we build higher')).toEqual([
      { text: 'The wall held.', closed: false, depth: 0 },
      { text: 'We were lucky.', closed: false, depth: 0 },
      { text: 'Next year we build higher', closed: false, depth: 0 },
    ]);
  });

  it('takes a full stop before a closing mark as the end of the paragraph', () => {
    expect(spansOf("\"We listed 'Pier,' 'Quay' and 'Mole.' \"Then")).toEqual([
      { text: "We listed 'Pier,' 'Quay' and 'Mole.'", closed: false, depth: 0 },
      { text: 'Pier,', closed: true, depth: 1 },
      { text: 'Quay', closed: true, depth: 1 },
      { text: 'Mole.', closed: true, depth: 1 },
      { text: 'Then', closed: false, depth: 0 },
    ]);
  });

  it('makes no quotes of marks that end no sentence', () => {
    expect(spansOf('"Delta "Delta "Delta ')).toEqual([]);
  });

  it('still holds a quote of the other marks inside: `"… \'…\' …"`', () => {
    expect(spansOf('"They said \'no\' to us')).toEqual([
      { text: "They said 'no' to us", closed: false, depth: 0 },
      { text: 'no', closed: true, depth: 1 },
    ]);
  });
});

describe('speakers of paragraphs run into one block', () => {
  it('gives every paragraph of the run the speaker its cue names', () => {
    expect(speakers(PEOPLE, ['Ada Pell said: "The wall held. "We were lucky this time."'])).toEqual([
      ['The wall held.', 'Ada Pell', 'X-said-colon'],
      ['We were lucky this time.', 'Ada Pell', 'multi-paragraph'],
    ]);
  });

  it('gives a later quote with its own cue to the person that cue names, not to the speaker of the run before it', () => {
    expect(
      speakers(PEOPLE, ['"We held," said Pell. "The wall held. "We were lucky." Reyes disagreed. "It was close," said Reyes.']),
    ).toEqual([
      ['We held,', 'Ada Pell', 'quote-said-X'],
      ['The wall held.', 'Ada Pell', 'multi-paragraph'],
      ['We were lucky.', 'Ada Pell', 'multi-paragraph'],
      ['It was close,', 'Tom Reyes', 'quote-said-X'],
    ]);
  });

  it('reads a name and a verb that run on after a full stop as a new paragraph, not as the cue of the quote before', () => {
    expect(
      speakers(PEOPLE, ['"We held," said Pell. "The wall held. "We were lucky." Reyes admitted there had been delays before the storm, but insisted the work was sound.']),
    ).toEqual([
      ['We held,', 'Ada Pell', 'quote-said-X'],
      ['The wall held.', 'Ada Pell', 'multi-paragraph'],
      ['We were lucky.', 'Ada Pell', 'multi-paragraph'],
    ]);
  });

  it('still takes a cue sentence that is only the cue after a full stop', () => {
    expect(speakers(PEOPLE, ['"The wall held. "We were lucky." Reyes said on Monday.'])).toEqual([
      ['The wall held.', 'Tom Reyes', 'multi-paragraph'],
      ['We were lucky.', 'Tom Reyes', 'quote-X-said'],
    ]);
  });

});

describe('a name and a verb after a quote that ends with a full stop, on pages whose paragraphs are kept apart', () => {
  it('report the quote when the name goes on from the reporter’s words before it', () => {
    expect(speakers(PEOPLE, ['Ada Pell spoke first. "We were lucky." Pell described the plan to the council on Monday.'])).toEqual([
      ['We were lucky.', 'Ada Pell', 'quote-X-said'],
    ]);
  });

  it('report the quote when the subject is a pronoun', () => {
    expect(speakers(PEOPLE, ['Ada Pell spoke first. "We were lucky." She described the plan to the council on Monday.'])).toEqual([
      ['We were lucky.', 'Ada Pell', 'quote-X-said'],
    ]);
  });

  it('do not report it when the name is new to the paragraph: a new person begins something new', () => {
    expect(speakers(PEOPLE, ['Ada Pell spoke first. "We were lucky." Tom Reyes said he did not trust the figures the council gave.'])).toEqual([
      ['We were lucky.', null, null],
    ]);
  });

  it('still report it when the sentence is only the cue', () => {
    expect(speakers(PEOPLE, ['"We were lucky." Tom Reyes said on Monday.'])).toEqual([['We were lucky.', 'Tom Reyes', 'quote-X-said']]);
  });

  it('report a quote that ends with a comma as before, whatever runs on after the cue', () => {
    expect(speakers(PEOPLE, ['"We were lucky," Tom Reyes said, adding that the council had not yet paid for the repairs.'])).toEqual([
      ['We were lucky,', 'Tom Reyes', 'quote-X-said'],
    ]);
  });
});

const SENTENCE = fc
  .array(fc.constantFrom('the', 'wall', 'held', 'tide', 'rose', 'we', 'built', 'higher', 'again'), { minLength: 1, maxLength: 6 })
  .map((words) => `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}`.trim());

describe('runs of any length', () => {
  it('give every paragraph to the speaker named before the run, whatever their words', () => {
    fc.assert(
      fc.property(fc.array(SENTENCE, { minLength: 2, maxLength: 6 }), (sentences) => {
        const run = sentences.map((sentence, i) => `"${sentence}.${i === sentences.length - 1 ? '"' : ''}`).join(' ');
        const found = speakers(PEOPLE, [`Ada Pell said: ${run}`]);
        expect(found.map(([text]) => text)).toEqual(sentences.map((sentence) => `${sentence}.`));
        expect(found.every(([, speaker]) => speaker === 'Ada Pell')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
