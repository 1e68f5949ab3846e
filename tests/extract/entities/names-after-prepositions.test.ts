/**
 * `Jo Ristau from Tarrowbank says …`: the name after a preposition is the
 * object of the phrase, not the subject of the verb of saying, so it is no
 * person, and the `he said` after it is the subject's.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const text = (...paragraphs: string[]) => ({ title: null, caption: null, dateline: [], paragraphs });

describe('a name after a preposition before a verb of saying', () => {
  it('is no person: Jo Ristau from Tarrowbank says', () => {
    const people = findEntities(text('Jo Ristau from Tarrowbank says prices will rise.')).entities.filter((entity) => entity.kind === 'person');
    expect(people.map((entity) => entity.name)).toEqual(['Jo Ristau']);
  });

  it('leaves the pronoun after it to the subject', () => {
    const { quotes } = extractArticle(text('Jo Ristau from Tarrowbank says prices will rise.', '"Growers are nervous," he said.'), { speakerModel: null });
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jo Ristau']);
  });

  it('keeps a body named that way an organization: Jo Ristau from the Tarrow Growers Association says', () => {
    const { entities } = findEntities(text('Jo Ristau from the Tarrow Growers Association says prices will rise.'));
    expect(entities.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(['person:Jo Ristau', 'organization:Tarrow Growers Association']);
  });

  it('reads past the rest of a long body name or its description: from Tarrow Parks and Wildlife, from grower group Tarrowbank', () => {
    for (const opening of ['Jo Ristau from Tarrow Parks and Wildlife says prices will rise.', 'Jo Ristau from grower group Tarrowbank says prices will rise.']) {
      const { quotes } = extractArticle(text(opening, '"Growers are nervous," he said.'), { speakerModel: null });
      expect(quotes.map((quote) => quote.speaker)).toEqual(['Jo Ristau']);
    }
  });

  it('still makes a person of the subject itself: Jo Ristau says', () => {
    expect(findEntities(text('Prices will rise, Jo Ristau says.')).entities.map((entity) => `${entity.kind}:${entity.name}`)).toEqual(['person:Jo Ristau']);
  });
});
