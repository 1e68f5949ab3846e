import { describe, expect, it } from 'vitest';
import { publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Neil Sroka', kind: 'person', aliases: ['Sroka'] },
  { name: 'DFA', kind: 'organization', aliases: [] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('a cue that closes the sentence, a role phrase before its name', () => {
  it('gives a partial quote to the name after the role phrase: `…, DFA spokesman Neil Sroka said.`', () => {
    expect(speakers(['His backing will carry "a great deal of weight" and help candidates, DFA spokesman Neil Sroka said.'])).toEqual([
      ['a great deal of weight', 'Neil Sroka'],
    ]);
  });

  it('gives the quote after it to the name that closes a reported sentence: `Or maybe Bush, digital consultant Neil Sroka says. "…"`', () => {
    expect(speakers(['Or maybe Bush, digital consultant Neil Sroka says. "A second look is occurring."'])).toEqual([
      ['A second look is occurring.', 'Neil Sroka'],
    ]);
  });

  it('reads no role phrase in a clause of its own: `…, as former member Neil Sroka once declared?`', () => {
    expect(speakers(['So is the job to sink the party, as former member Neil Sroka once declared? "No. The aim is to leave."'])).toEqual([
      ['No. The aim is to leave.', null],
    ]);
  });
});
