import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { tokenize } from '../../../src/extract/entities/tokenize.ts';

function named(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

describe('party-state tags', () => {
  it('reads the state of R-State and (D-State) as a place and never a person', () => {
    expect(named('Sen. Martha Greaves, R-Texas, said the bill failed. Rep. Colm Ostrander (D-Ohio) disagreed.')).toEqual([
      'person:Colm Ostrander',
      'person:Martha Greaves',
      'place:Ohio',
      'place:Texas',
    ]);
  });

  it('reads an unknown town in a party tag as a place even before who', () => {
    expect(named('State Sen. Lena Varrow, R-Quillbrook, who wrote the bill, spoke.')).toEqual(['person:Lena Varrow', 'place:Quillbrook']);
  });

  it('splits the tag only after a comma or an opening parenthesis', () => {
    expect(tokenize('a D-Day landing').map((token) => token.text)).toEqual(['a', 'D-Day', 'landing']);
    expect(tokenize('Greaves, R-Texas').map((token) => token.text)).toEqual(['Greaves', ',', 'R-', 'Texas']);
  });
});

describe('head words', () => {
  it('makes a building of worship a place, even when its name opens with a given name', () => {
    expect(named('Crowds filled Christ Church Cathedral and the Sultan Quarry Mosque on Friday.')).toEqual([
      'place:Christ Church Cathedral',
      'place:Sultan Quarry Mosque',
    ]);
  });

  it('keeps a worship head after a given name a surname (Shirley Temple), as with Hill and Green', () => {
    expect(named('Shirley Temple sang at Westminster Abbey.')).toEqual(['person:Shirley Temple', 'place:Westminster Abbey']);
  });

  it('makes a two-word name ending in a trade noun an organization', () => {
    expect(named('Shares in Pelham Snacks fell on Monday.')).toEqual(['organization:Pelham Snacks']);
  });

  it('makes a name ending in a club word an organization', () => {
    expect(named('Fans of Orrin Wanderers sang all afternoon.')).toEqual(['organization:Orrin Wanderers']);
  });

  it('makes a name starting with University an organization', () => {
    expect(named('She studied at University College Kelso.')).toEqual(['organization:University College Kelso']);
  });

  it('makes a name ending in a landscape word a place', () => {
    expect(named('Walkers crossed Tarrow Moor at dawn.')).toEqual(['place:Tarrow Moor']);
  });

  it('makes a name ending in Grove or Croft a place', () => {
    expect(named('A van was stolen in Otter Grove. The bakery opened in Hames Croft.')).toEqual(['place:Hames Croft', 'place:Otter Grove']);
  });

  it('keeps a given name before Grove a person', () => {
    expect(named('Andrew Grove said the chips were late.')).toEqual(['person:Andrew Grove']);
  });

  it('keeps a given name and a surname-like place head a person', () => {
    expect(named('Eva Green said the plan would work.')).toEqual(['person:Eva Green']);
  });
});

describe('clubs named like towns', () => {
  it('makes X Town an organization when the article names another club', () => {
    expect(named('Orrin United beat Pellow Town 2-0 on Saturday.')).toEqual(['organization:Orrin United', 'organization:Pellow Town']);
  });

  it('leaves X Town a place when no club is named', () => {
    expect(named('Residents of Pellow Town protested on Saturday.')).toEqual(['place:Pellow Town']);
  });
});

describe('institution heads', () => {
  it('makes a name ending in Infirmary or Elementary an organization', () => {
    expect(named('Patients at Ashcombe Infirmary waited for hours. Pupils at Dunmore Elementary went home early.')).toEqual([
      'organization:Ashcombe Infirmary',
      'organization:Dunmore Elementary',
    ]);
  });

  it('makes a district run by a school an organization, not a place', () => {
    expect(named('Parents lobbied the Fenwick Valley School District over the closures.')).toEqual([
      'organization:Fenwick Valley School District',
    ]);
  });
});

describe('company legal forms', () => {
  it('joins a company named without its legal form to the name with it', () => {
    expect(named('Shares in Kestrel Mining Ltd fell on Monday.', 'Kestrel Mining said output dropped.')).toEqual(['organization:Kestrel Mining Ltd']);
  });

  it('keeps a lowercase plc inside the company name', () => {
    expect(named('Brackley Dawson plc said profits fell.', 'Brackley Dawson shares rose.')).toEqual(['organization:Brackley Dawson plc']);
  });
});

describe('and between organization names', () => {
  it('never joins two two-word names across and into one organization', () => {
    expect(named('Existing backers Harrow Platform and Quillon Capital also took part.')).toEqual(['organization:Quillon Capital']);
  });

  it('keeps one word and a headed name together as one organization', () => {
    expect(named('The U.S. Seed and Soil Administration approved it.')).toEqual(['organization:U.S. Seed and Soil Administration']);
  });
});

describe('ordinals inside a complement', () => {
  it('keeps an ordinal after for the inside the organization name', () => {
    expect(named('The Court of Appeals for the 7th Circuit blocked the rule.')).toEqual(['organization:Court of Appeals for the 7th Circuit']);
  });
});

describe('listed complements', () => {
  it('keeps a comma list of three words inside a complement', () => {
    expect(named('The dispute went to the Board for Tariffs, Levies and Duties on Monday.')).toEqual(['organization:Board for Tariffs, Levies and Duties']);
  });

  it('never joins known places listed after an organization', () => {
    expect(named('The Ministry of Defence, France and Germany agreed.')).toEqual(['organization:Ministry of Defence', 'place:France', 'place:Germany']);
  });
});
