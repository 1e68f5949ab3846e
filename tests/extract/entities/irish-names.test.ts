import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): [string, string, string[]][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => [entity.kind, entity.name, entity.aliases]);
}

describe('Irish counties and police', () => {
  it('reads Co before a county as a place named without the abbreviation', () => {
    expect(named(['The lorry overturned near a farm in Co Leitrim on Sunday.'])).toEqual([['place', 'Leitrim', ['Co Leitrim']]]);
  });

  it('keeps County in the name of a county written in full, also after another county', () => {
    expect(named(['Searches went on in Co Sligo and County Roscommon overnight.'])).toEqual([
      ['place', 'Sligo', ['Co Sligo']],
      ['place', 'County Roscommon', ['County Roscommon']],
    ]);
  });

  it('knows An Garda Síochána as an organization, not a person named Síochána', () => {
    expect(named(['A spokesman for An Garda Síochána said no arrests had been made.'])).toEqual([
      ['organization', 'An Garda Síochána', ['An Garda Síochána']],
    ]);
  });
});
