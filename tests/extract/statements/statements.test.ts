import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/extract/quotes/index.ts';
import { statementsOf } from '../../../src/extract/statements/index.ts';
import { article, fakeEntities, type FakeEntity } from '../quotes/fake-entities.ts';

const NAMES: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz', 'Mayor Ana Ruiz'], roles: ['the mayor'] },
  { name: 'Harbour Authority', kind: 'organization' },
  { name: 'Portugal', kind: 'place' },
];

function statements(paragraphs: string[]): [string | null, string, string][] {
  const input = article(paragraphs);
  return statementsOf(analyzeArticle(input, fakeEntities(input, NAMES))).map((s) => [s.speaker, s.cue, s.text]);
}

describe('statements', () => {
  it('reports X said that … up to a clause break', () => {
    expect(statements(['Ruiz said that the pier would reopen in May, but gave no date for the bridge.'])).toEqual([
      ['Ana Ruiz', 'said', 'Ruiz said that the pier would reopen in May'],
    ]);
  });

  it('keeps the full stop when the statement is the whole sentence, with a determiner before the name', () => {
    expect(statements(['The Harbour Authority says the fees must rise.'])).toEqual([
      ['Harbour Authority', 'says', 'The Harbour Authority says the fees must rise.'],
    ]);
  });

  it('reports a sentence closed by its cue, with the auxiliary in the cue', () => {
    expect(statements(['The fees should stay low, Ruiz has said.'])).toEqual([
      ['Ana Ruiz', 'has said', 'The fees should stay low, Ruiz has said.'],
    ]);
  });

  it('reports a stance verb with its object', () => {
    expect(statements(['Mayor Ana Ruiz rejected calls for new fees, describing them as harmful.'])).toEqual([
      ['Ana Ruiz', 'rejected', 'Mayor Ana Ruiz rejected calls for new fees'],
    ]);
  });

  it('resolves a pronoun subject and leaves out the full stop of a clause that starts mid-sentence', () => {
    expect(statements(['Ruiz opened the pier, though she clarified that the bridge stays shut.'])).toEqual([
      ['Ana Ruiz', 'clarified', 'she clarified that the bridge stays shut'],
    ]);
  });

  it('reports a role noun subject', () => {
    expect(statements(['Ruiz visited the port.', 'At the end of the visit, the mayor said she was pleased with the work, including the new cranes.'])).toEqual([
      ['Ana Ruiz', 'said', 'the mayor said she was pleased with the work'],
    ]);
  });

  it('starts a subject at its determiner, not at a capitalized word before it', () => {
    expect(statements(['Ruiz visited the port.', 'On Friday the mayor said the fees would stay.'])).toEqual([
      ['Ana Ruiz', 'said', 'the mayor said the fees would stay'],
    ]);
  });

  it('does not report a verb that introduces a quote', () => {
    expect(statements(['Ruiz said: "The pier is open."', '"It is safe," Ruiz said.'])).toEqual([]);
  });

  it('does not report a place as a speaker', () => {
    expect(statements(['Portugal has urged travellers to avoid the port.'])).toEqual([]);
  });

  it('does not read a noun after a possessive as a reporting verb', () => {
    expect(statements(["The Harbour Authority's claim that fees are low was disputed."])).toEqual([]);
  });
});
