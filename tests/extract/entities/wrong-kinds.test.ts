import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('codes and acronyms are not places', () => {
  it('names no entity for fiscal periods written with digits', () => {
    expect(named(['Margins improved in FY27 and in H2, and again in Q3, the lender said.'])).toEqual([]);
  });

  it('never makes a place of an unknown long acronym after a preposition', () => {
    expect(named(['The shares were listed on the TSXV in March, and ZPLX was told.'])).not.toContainEqual(expect.stringMatching(/^place:/));
  });

  it('still knows a state written in capitals', () => {
    expect(named(['Floods closed roads across NSW on Tuesday.'])).toEqual(['place:New South Wales']);
  });
});

describe('streets and areas', () => {
  it('reads a given name and a street word after a place preposition as a street', () => {
    expect(named(['Residents of Rose Lane complained, and bins overflowed on Jack Way.'])).toEqual(['place:Rose Lane', 'place:Jack Way']);
  });

  it('reads parades, quarters and estates as places', () => {
    expect(named(['Families in the Granary Quarter and Oakhurst Estate were moved from Marine Parade.'])).toEqual([
      'place:Granary Quarter',
      'place:Oakhurst Estate',
      'place:Marine Parade',
    ]);
  });
});

describe('electoral constituencies', () => {
  it('types a name before constituency as a place', () => {
    expect(named(['She held the Carrowmore Bay North constituency in 2020.'])).toEqual(['place:Carrowmore Bay North']);
  });

  it('types the seat after MP for as a place', () => {
    expect(named(['He became MP for Hollinsby in 2019.'])).toEqual(['place:Hollinsby']);
  });
});

describe('titles of works are not entities', () => {
  it('names nothing for an album title after album', () => {
    expect(named(['Their second album, Midnight Harbour, sold well.'])).toEqual([]);
  });

  it('names nothing for song titles in a setlist', () => {
    expect(named(['The band played Sweet Caroline Jones, Jolene Harper and Mary Anne Ellis to a packed crowd.'])).toEqual([]);
    expect(named(['At the gig the singer opened with Jenny Lane and closed with Michael Stone.'])).toEqual([]);
  });

  it('keeps teams a side played outside music', () => {
    expect(named(['Westbury United played Ashford Rovers, Kelso Albion, Penrith Athletic in August.'])).toEqual([
      'organization:Westbury United',
      'organization:Ashford Rovers',
      'organization:Kelso Albion',
      'organization:Penrith Athletic',
    ]);
  });
});

describe('titles of laws are not entities', () => {
  it('names no organization for an Act or a Bill, even one described by which', () => {
    expect(named(['The Tenancy Reform Bill, which ministers back, was delayed.', 'The Coastal Planning Act was cited by Bill Morven, 58.'])).toEqual([
      'person:Bill Morven',
    ]);
  });
});

describe('where residents live', () => {
  it('types the area after residents of as a place even before said', () => {
    expect(named(['Residents of Knockanore said the lifts had been broken for weeks.'])).toEqual(['place:Knockanore']);
  });
});

describe('road numbers, offices and employers before a role', () => {
  it('types a road number as a place while a fiscal quarter names nothing', () => {
    expect(named(['The depot is on the A19 near the M25, and opens in Q3.'])).toEqual(['place:A19', 'place:M25']);
  });

  it('keeps the possessive inside an office named after a post', () => {
    expect(named(['The Pensions Regulator\'s Office said it would look into it.'])).toEqual(["organization:Pensions Regulator's Office"]);
  });

  it('takes a sentence-opening employer before a role noun and a name', () => {
    expect(named(['Barrowcliff analyst Mina Ott wrote that the cuts were overdue.'])).toEqual(['organization:Barrowcliff', 'person:Mina Ott']);
  });
});

describe('quoted titles of works', () => {
  it('names nothing for a quoted title described as a drama', () => {
    expect(named(['She returns for the last season of “Copper Vale,” the streaming drama that made her name.'])).toEqual([]);
  });

  it('names nothing for a quoted title followed by the actor who appears in it', () => {
    expect(named(['“Marsh Academy” actor Della Finch joined the picket line.'])).toEqual(['person:Della Finch']);
  });

  it('still names a quoted person addressed by name', () => {
    expect(named(['"Tom Ruddock," the officer said, "step back."'])).toEqual(['person:Tom Ruddock']);
  });
});

describe('platforms', () => {
  it('knows Reddit and LinkedIn as organizations in running text', () => {
    expect(named(['The post spread from Reddit to LinkedIn within hours.'])).toEqual(['organization:Reddit', 'organization:LinkedIn']);
  });
});

describe('amounts written like road numbers', () => {
  it('names no place for a rand amount with thousands, a magnitude word or decimals', () => {
    expect(named(['Workers want R12,500 a month; the strike costs R38 million a day and R2.5bn a year.'])).toEqual([]);
  });

  it('still names a road number that is not an amount', () => {
    expect(named(['Traffic backed up along the R61 for hours.'])).toEqual(['place:R61']);
  });
});

describe('counties that act', () => {
  it('makes a county that issues orders and writes statements an organization', () => {
    expect(named(['The order, issued by Ferny Lakes County at noon, told people to leave.', 'Later Ferny Lakes County wrote: "Stay away."', 'The fire spread in Ferny Lakes County.'])).toEqual([
      'organization:Ferny Lakes County',
    ]);
  });

  it('keeps a county mostly used as a location a place', () => {
    expect(named(['Homes burned in Ferny Lakes County on Friday.', 'Crews from Ferny Lakes County arrived.', 'Ferny Lakes County said the roads were shut.'])).toEqual([
      'place:Ferny Lakes County',
    ]);
  });
});

describe('bodies named for a land', () => {
  it('makes an unknown word before a country an organization', () => {
    expect(named(['Weather Quebeca said storms would pass.', 'Forecasts from Meteo Canada were grim.'])).toContainEqual('organization:Meteo Canada');
  });

  it('makes an unknown word before a continent an organization, not a person', () => {
    expect(named(['The round was led by Veldtcap Africa, a venture fund.'])).toEqual(['organization:Veldtcap Africa']);
  });

  it('keeps a direction or a hyphenated modifier before a land part of a place', () => {
    expect(named(['Snow fell across Northern Canada.', 'Life in Post-Brexit Britain changed.'])).not.toContainEqual(expect.stringMatching(/^organization:/));
  });

  it('keeps a given name before a country-like surname a person', () => {
    expect(named(['Sophie Jordan, 31, said she was fine.'])).toEqual(['person:Sophie Jordan']);
  });
});

describe('stages named by a letter', () => {
  it('names nobody for a funding round or a phase written with a letter or number', () => {
    expect(named(['Series C led by investors values the firm highly.', 'Phase 2 starts next year.'])).toEqual([]);
  });
});

describe('characters played in a drama', () => {
  it('names no person for the character an actor has played', () => {
    expect(named(['Lena Arvidson, who has played ferry captain Maud Keller on the hit drama since 2019, is leaving.'])).toEqual([
      'person:Lena Arvidson',
    ]);
  });

  it('still names what follows played where nothing speaks of a drama', () => {
    expect(named(['Kestrel Rovers played Orrin Wanderers on Saturday.'])).toEqual(['organization:Kestrel Rovers', 'organization:Orrin Wanderers']);
  });
});

describe('services named for a land', () => {
  it('keeps a common acronym before a country as one organization', () => {
    expect(named(['In a statement, NHS Wales said pressure was high.'])).toEqual(['organization:NHS Wales']);
  });

  it('still drops the common acronym when it does not lead a land name', () => {
    expect(named(['NHS waiting lists grew across Wales.'])).toEqual(['place:Wales']);
  });
});
