import { describe, expect, it } from 'vitest';
import { extractedSpeakers } from '../../support/extracted-speakers.ts';

/** Each quote's text and the rules' speaker (the engine alone, no ranker), entities found, not given. */
const speakers = (paragraphs: string[]) => extractedSpeakers(paragraphs, { speakerModel: null });

describe('a participle right after a quote', () => {
  it('leaves a partial quote to the subject of its sentence, not the name the participle takes as object', () => {
    expect(
      speakers([
        'Senator Maria Lindqvist met the budget committee on Tuesday.',
        'Lindqvist stressed that "the only way forward is to work together," suggesting that the Finance Committee could act alone.',
      ]),
    ).toEqual([['the only way forward is to work together,', 'Maria Lindqvist']]);
  });

  it('leaves a direct quote to the subject of the verb before it', () => {
    expect(
      speakers([
        'Anders Holm said the club would still meet on Fridays, but said, "It is time we changed how we do it," promising Mayor Ellen Park a new clubhouse.',
      ]),
    ).toEqual([['It is time we changed how we do it,', 'Anders Holm']]);
  });

  it('gives a partial quote to the subject opening the sentence when no verb of speech comes before it', () => {
    expect(
      speakers(['Helga Rasmussen dubbed herself a "hope-monger", saying she was sure the movement would win.']),
    ).toEqual([['hope-monger', 'Helga Rasmussen']]);
  });

  it('does not take the name after a participle that follows a quote opening its sentence', () => {
    expect(
      speakers(['The mayor spoke on Monday.', '"We will rebuild the pier," promising Ellen Park a new clubhouse.']),
    ).toEqual([['We will rebuild the pier,', null]]);
  });

  it('leaves words a noun of saying holds to its owner: `rebuff to Hain\'s description of him as "…", claiming`', () => {
    expect(
      speakers([
        'Michael Osborne rose to deliver a rebuff to Peter Hale\'s description of him as an "attack dog", claiming the abuse showed Labour was worried.',
      ]),
    ).toEqual([['attack dog', 'Peter Hale']]);
  });

  it('gives nobody the words of a claim whose owner is not named', () => {
    expect(
      speakers(['Tom Rivers derided opposition claims that the budget was "wasteful spending", saying the sums were wrong.']),
    ).toEqual([['wasteful spending', null]]);
  });

  it('needs the comma that sets the participle off: `"fast" thinking` is a noun phrase', () => {
    expect(speakers(['John Cleaver touches on creativity and "fast" thinking.'])).toEqual([['fast', null]]);
  });
});
