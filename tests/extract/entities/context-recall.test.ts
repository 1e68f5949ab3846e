/**
 * Names the article gives once, with only the words around them to go on:
 * the listener after `told`, and the places of an address after an age.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('the listener after told', () => {
  it('takes a one-word listener nobody introduced for an organization', () => {
    expect(kindsAndNames('A spokesperson told Kestrelnet that the merger was off.')).toEqual(['organization:Kestrelnet']);
  });

  it('leaves a surname after told with the person it belongs to', () => {
    expect(kindsAndNames('Mara Ellison arrived late on Friday.', 'The inspector told Ellison to wait outside.')).toEqual(['person:Mara Ellison']);
  });

  it('leaves a full name after told a person', () => {
    expect(kindsAndNames('The inspector told Mara Ellison to wait outside.')).toEqual(['person:Mara Ellison']);
  });

  it('takes a longer listener that opens with a known organization for that body, not a person: `told BBC Sport`', () => {
    expect(kindsAndNames('The coach told BBC Sport he was happy with the draw.')).toEqual(['organization:BBC Sport']);
  });
});

describe('an address after an age', () => {
  it('makes the name after `, 71, of` a place', () => {
    expect(kindsAndNames('Ada Pell, 71, of Wexcombe, died at the scene.')).toEqual(['person:Ada Pell', 'place:Wexcombe']);
  });

  it('makes the next name after a comma a place too', () => {
    expect(kindsAndNames('Ada Pell, 71, of Wexcombe, Pendry, died at the scene.')).toEqual(['person:Ada Pell', 'place:Wexcombe', 'place:Pendry']);
  });

  it('needs the age: `of` alone after a comma says nothing of a place', () => {
    expect(kindsAndNames('The plan, in the words of Wexcombe, was bold.')).toEqual([]);
  });
});

describe('the subject of a verb of speech past an appositive', () => {
  it('takes a name nobody introduced for a person when an appositive stands between it and `said`', () => {
    expect(kindsAndNames('Tarquin Oyelaran-Voss, from the harbour board, said the pier was unsafe.')).toEqual(['person:Tarquin Oyelaran-Voss']);
  });

  it('does not reach past a sentence end for the verb', () => {
    expect(kindsAndNames('Tarquin Oyelaran-Voss, from the harbour board. Others said the pier was unsafe.')).toEqual([]);
  });
});

describe('the subject of a verb of speech past the body it belongs to', () => {
  it('takes a name before `of` a body and `said` for a person: `Tarquin Oyelaran-Voss of Berenwick said`', () => {
    expect(kindsAndNames('Tarquin Oyelaran-Voss of Berenwick said the pier was unsafe.')).toEqual(['person:Tarquin Oyelaran-Voss']);
  });

  it('reads past the body\'s short name in brackets: `of Berenwick (BWK) warned`', () => {
    expect(kindsAndNames('Tarquin Oyelaran-Voss of Berenwick (BWK) warned the pier was unsafe.').filter((name) => name.startsWith('person:'))).toEqual([
      'person:Tarquin Oyelaran-Voss',
    ]);
  });

  it('takes no title for the speaker: `Deputy Under Secretary of Commerce Bruce Smart replied`', () => {
    expect(kindsAndNames('Deputy Under Secretary of Commerce Bruce Smart replied that it was foolish.')).not.toContain('person:Deputy Under Secretary');
  });

  it('takes nothing from a body after `of` that no verb of speech follows', () => {
    expect(kindsAndNames('Tarquin Oyelaran-Voss of Berenwick left the pier.')).toEqual([]);
  });
});
