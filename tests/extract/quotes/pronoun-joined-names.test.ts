import { describe, expect, it } from 'vitest';
import { namedSpeakers as named, publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] },
  { name: 'Anton Dolin', kind: 'person', aliases: ['Dolin'] },
  { name: 'Tom Reed', kind: 'person', aliases: ['Reed'] },
  { name: 'Peter Grant', kind: 'person', aliases: ['Grant'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(PEOPLE, paragraphs);
const namedSpeakers = (paragraphs: string[]) => named(PEOPLE, paragraphs);

describe('a pronoun after a name joined to a pronoun', () => {
  it('reads `she` as the woman named before, not the name her `she and …` joined: `she and Dolin founded … she said`', () => {
    expect(namedSpeakers(['Ana Ruiz, the dancer, has died aged 94.', 'In 1950 she and Anton Dolin founded the ballet. She retired in 1963, an "instant decision" she said.'])).toEqual([
      ['instant decision', 'Ana Ruiz'],
    ]);
  });
});

describe('a whole quote opened by its cue and a colon', () => {
  it('keeps its own cue when the next sentence has a subject and a verb of speech: `Reed told Grant: "…." Grant flatly denied …`', () => {
    expect(speakers(['Tom Reed told Peter Grant: "There is nothing left to say." Grant flatly denied that quote on Wednesday.'])).toEqual([
      ['There is nothing left to say.', 'Tom Reed'],
    ]);
  });

  it('keeps the chain of quotes when the next sentence names the same speaker: `Reed insisted: "…." Reed also claimed …. "…"`', () => {
    expect(speakers(['Tom Reed insisted: "The crash happened." Reed also claimed that he asked for a test. "I told the hospital to call."'])).toEqual([
      ['The crash happened.', 'Tom Reed'],
      ['I told the hospital to call.', 'Tom Reed'],
    ]);
  });
});
