import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article } from './fake-entities.ts';

function texts(...paragraphs: string[]): string[] {
  const input = article(paragraphs);
  return findQuotes(input, { entities: [], mentions: [] }).map((quote) => quote.text);
}

describe('quote marks', () => {
  it('finds a span in straight double marks', () => {
    expect(texts('She said "the bridge opens in May" on Friday.')).toEqual(['the bridge opens in May']);
  });

  it('finds a span in curly double marks', () => {
    expect(texts('She said “the bridge opens in May” on Friday.')).toEqual(['the bridge opens in May']);
  });

  it('finds a span in British single marks and keeps apostrophes inside it', () => {
    expect(texts('The council’s plan was ‘not the mayor’s idea’, critics said.')).toEqual(['not the mayor’s idea']);
  });

  it('reads straight single marks as quotes but not as apostrophes in don\'t, Reuters\' and \'90s', () => {
    expect(texts("Reuters' editors don't use the '90s term 'pager' any more.")).toEqual(['pager']);
  });

  it("reads two straight single marks as a closing mark", () => {
    expect(texts("He called it ``a fair deal'' at the hearing.")).toEqual(['a fair deal']);
  });

  it('finds spans in guillemets and in German low-high marks', () => {
    expect(texts('Le maire a dit « nous rouvrirons » hier.', 'Er sagte „wir öffnen wieder“ gestern.')).toEqual([
      'nous rouvrirons',
      'wir öffnen wieder',
    ]);
  });

  it('pairs a quote that opens with one kind of mark and closes with another', () => {
    expect(texts('"The ferry was late,” Ruiz said. “We waited an hour."')).toEqual(['The ferry was late,', 'We waited an hour.']);
  });

  it('reads a closing curly mark as an opener when nothing is open', () => {
    expect(texts('“It was loud,” he said.”Then it stopped.”')).toEqual(['It was loud,', 'Then it stopped.']);
  });

  it('gives an outer and an inner entry for a nested quote', () => {
    expect(texts('“The plan is “a disgrace” and must go,” she said.')).toEqual(['The plan is “a disgrace” and must go,', 'a disgrace']);
  });

  it('keeps punctuation inside the marks and reports offsets of the inner text', () => {
    const input = article(['Ruiz said: "Yes!"']);
    const [quote] = findQuotes(input, { entities: [], mentions: [] });
    expect(quote).toMatchObject({ text: 'Yes!', start: 12, end: 16, block: 'body', paragraph: 0 });
  });

  it('closes an unclosed mark at the end of its paragraph and never crosses into the next', () => {
    expect(texts('He said: "We will be back', 'The next paragraph is plain.')).toEqual(['We will be back']);
  });

  it('does not turn a stray apostrophe into a quote running to the end of the paragraph', () => {
    expect(texts("The rock 'n roll band played. Fans cheered.")).toEqual([]);
  });

  it('gives one quote per paragraph for a multi-paragraph quote', () => {
    expect(texts('Ruiz said: “We start on Monday.', '“The work takes a year.', '“Then the bridge opens.”')).toEqual([
      'We start on Monday.',
      'The work takes a year.',
      'Then the bridge opens.',
    ]);
  });

  it('keeps an unclosed single-quoted paragraph after a colon, apostrophes inside it included', () => {
    expect(texts('Inspector Vane said: ‘We knew they’d hide it somewhere cold.', '‘We didn’t stop looking.’')).toEqual([
      'We knew they’d hide it somewhere cold.',
      'We didn’t stop looking.',
    ]);
  });

  it('still ignores an unclosed single mark in mid-sentence that no colon introduces', () => {
    expect(texts('The members’ lounge reopened on Tuesday.')).toEqual([]);
  });

  it('gives each quote an id from its block, paragraph and start', () => {
    const input = { title: 'Mayor: ‘bridge opens soon’', caption: null, dateline: [], paragraphs: ['She said "soon" twice.'] };
    expect(findQuotes(input, { entities: [], mentions: [] }).map((quote) => quote.id)).toEqual(['q-t0-8', 'q-b0-10']);
  });
});
