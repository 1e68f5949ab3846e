import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Orla Quinn', kind: 'person', aliases: ['Quinn'] },
  { name: 'Ben Hale', kind: 'person', aliases: ['Hale'] },
  { name: 'Harbour Bank', kind: 'organization', aliases: [] },
];

function speakers(paragraphs: string[]): [string, string | null, number][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.confidence]);
}

describe('action beats', () => {
  it('gives a cue-less quote after `Quinn laughed.` to Quinn, at modest confidence', () => {
    expect(speakers(['Quinn laughed. "It is chaos every morning."'])).toEqual([['It is chaos every morning.', 'Orla Quinn', 0.6]]);
  });

  it('gives a quote paragraph after a one-sentence beat paragraph to its one person', () => {
    expect(speakers(['Orla Quinn shook her head.', '"Nobody warned us."'])).toEqual([['Nobody warned us.', 'Orla Quinn', 0.6]]);
  });

  it('gives every paragraph of a quote running over paragraphs after a one-sentence beat paragraph to its one person', () => {
    expect(speakers(['Orla Quinn shook her head.', '"Nobody warned us.', '"Not once."'])).toEqual([
      ['Nobody warned us.', 'Orla Quinn', 0.57],
      ['Not once.', 'Orla Quinn', 0.57],
    ]);
  });

  it('gives a quote running over paragraphs no speaker when its beat paragraph names two people, neither opening it', () => {
    expect(speakers(['At dawn Quinn looked at Hale.', '"Nobody warned us.', '"Not once."'])).toEqual([
      ['Nobody warned us.', null, 0],
      ['Not once.', null, 0],
    ]);
  });

  it('gives a quote paragraph to the person opening the beat sentence before as its subject, others named after: a subject beat, at lower confidence', () => {
    expect(speakers(['Quinn praised Hale for his work on the bridge.', '"Nobody warned us."'])).toEqual([['Nobody warned us.', 'Orla Quinn', 0.55]]);
  });

  it('reads a lower-case word after the opening name as its verb, an irregular past as well', () => {
    expect(speakers(['Quinn leapt to the defence of Hale.', '"Nobody warned us."'])).toEqual([['Nobody warned us.', 'Orla Quinn', 0.55]]);
  });

  it('gives every paragraph of a quote running over paragraphs to the subject beat before it', () => {
    expect(speakers(['Quinn leapt to the defence of Hale.', '"Nobody warned us.', '"Not once."'])).toEqual([
      ['Nobody warned us.', 'Orla Quinn', 0.523],
      ['Not once.', 'Orla Quinn', 0.523],
    ]);
  });

  it('reads the subject beat in the last sentence of a longer paragraph', () => {
    expect(speakers(['The bridge closed in May. Quinn praised Hale for his work.', '"Nobody warned us."'])).toEqual([['Nobody warned us.', 'Orla Quinn', 0.55]]);
  });

  it('gives no speaker by a subject beat to words that name the subject', () => {
    expect(speakers(['Quinn praised Hale.', '"There is no one braver than Orla Quinn."'])).toEqual([['There is no one braver than Orla Quinn.', null, 0]]);
  });

  it('gives no speaker by a subject beat to words ending in a comma, whose own cue follows', () => {
    expect(speakers(['Quinn praised Hale.', '"Nobody warned us," a sign read.'])).toEqual([['Nobody warned us,', null, 0]]);
  });

  it('gives no speaker by a subject beat when the beat sentence ends in a colon, handing the words to what it names', () => {
    expect(speakers(['Quinn pointed to a letter from Hale:', '"Nobody warned us."'])).toEqual([['Nobody warned us.', null, 0]]);
  });

  it('gives no speaker when the beat sentence names two people and neither opens it', () => {
    expect(speakers(['At dawn Quinn looked at Hale. "Nobody warned us."'])).toEqual([['Nobody warned us.', null, 0]]);
  });

  it('gives a quote after a beat sentence in its own paragraph that names two people to the one opening it', () => {
    expect(speakers(['Quinn looked at Hale. "Nobody warned us."'])).toEqual([['Nobody warned us.', 'Orla Quinn', 0.55]]);
  });

  it('gives no speaker when the quote has its own cue that names someone unresolved', () => {
    expect(speakers(['Quinn laughed. "It is chaos," a customer said.'])).toEqual([['It is chaos,', null, 0]]);
  });

  it('gives a quote after a beat whose one person opens the main clause after an opening clause', () => {
    expect(speakers(['Asked whether the injury had slowed her, Quinn shook her head. "I feel fine."'])).toEqual([['I feel fine.', 'Orla Quinn', 0.6]]);
  });

  it('gives no speaker when the name after the opening clause is an object, not the subject', () => {
    expect(speakers(['After the match, fans cheered Quinn loudly. "I feel fine."'])).toEqual([['I feel fine.', null, 0]]);
  });

  it('reads a statement with its name after a comma (`…, Quinn has said.`) as reported speech, not as a beat', () => {
    const input = article(['The plan is sound, Quinn has said. "I feel fine."']);
    expect(findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['I feel fine.', 'Orla Quinn', 'continuation'],
    ]);
  });
});

describe('pronoun beats', () => {
  it('gives a cue-less quote after `She has run the shop for years.` to the person the pronoun resolves to', () => {
    expect(speakers(['"It is chaos," said Orla Quinn. She has run the shop for 20 years. "Nobody warned us."'])).toEqual([
      ['It is chaos,', 'Orla Quinn', 0.95],
      ['Nobody warned us.', 'Orla Quinn', 0.54],
    ]);
  });

  it('gives no speaker when the pronoun sentence names another person', () => {
    expect(speakers(['"It is chaos," said Orla Quinn. She met Ben Hale in May. "Nobody warned us."'])).toEqual([
      ['It is chaos,', 'Orla Quinn', 0.95],
      ['Nobody warned us.', null, 0],
    ]);
  });

  it('gives no speaker after a sentence whose subject is `it`, which stands for no person', () => {
    expect(speakers(['"It is chaos," said Orla Quinn of Harbour Bank. It cut jobs in May. "Nobody warned us."'])).toEqual([
      ['It is chaos,', 'Orla Quinn', 0.95],
      ['Nobody warned us.', null, 0],
    ]);
  });
});
