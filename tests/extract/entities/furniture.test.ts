import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNameLookup } from '../../../src/extract/entities/candidates.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { namesInCreditTail, namesInFurnitureLine } from '../../../src/extract/entities/furniture.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

const lookup = makeNameLookup([]);

function namesIn(line: string): string[] {
  return namesInFurnitureLine(line, lookup).map((found) => `${found.kind}:${found.name}`);
}

function withFurniture(furniture: string[], paragraphs: string[] = ['The council met on Monday.']): ArticleText {
  return { title: null, caption: null, dateline: [], paragraphs, furniture };
}

describe('bylines', () => {
  it('takes a mixed-case name and drops a job title printed in capitals', () => {
    expect(namesIn('- By Tessa Varnham ARTS CORRESPONDENT')).toEqual(['person:Tessa Varnham']);
  });

  it('takes a name before a comma and drops the job after it', () => {
    expect(namesIn('By Owen Pellow, Crime Reporter')).toEqual(['person:Owen Pellow']);
  });

  it('splits names joined by and, title-cases names in capitals and keeps a trailing agency', () => {
    expect(namesIn('By LUCIA FERNHAM and RAJ DOSHI Associated Press')).toEqual([
      'person:Lucia Fernham',
      'person:Raj Doshi',
      'organization:Associated Press',
    ]);
  });

  it('keeps the name in capitals as the written alias', () => {
    expect(namesInFurnitureLine('By LUCIA FERNHAM', lookup)).toEqual([{ name: 'Lucia Fernham', written: 'LUCIA FERNHAM', kind: 'person' }]);
  });

  it('reads an outlet writing with an agency as two organizations', () => {
    expect(namesIn('By Euronews with AP')).toEqual(['organization:Euronews', 'organization:Associated Press']);
  });
});

describe('photo credits', () => {
  it('reads photographer/agency after a Photo label', () => {
    expect(namesIn('Photo: Bram Oyelaran/Reuters')).toEqual(['person:Bram Oyelaran', 'organization:Reuters']);
  });

  it('reads a bare photographer/agency line', () => {
    expect(namesIn('Nell Ashcombe/Wessex Press Images')).toEqual(['person:Nell Ashcombe', 'organization:Wessex Press Images']);
  });

  it('reads an agency in parentheses', () => {
    expect(namesIn('(Getty Images)')).toEqual(['organization:Getty Images']);
  });

  it('reads agency via agency as two organizations', () => {
    expect(namesIn('AFP via Getty Images')).toEqual(['organization:Agence France-Presse', 'organization:Getty Images']);
  });

  it('reads a credit at the end of a longer caption line', () => {
    expect(namesIn('Smoke rises over the valley on Sunday. Copyright Ines Marlowe/AP')).toEqual([
      'person:Ines Marlowe',
      'organization:Associated Press',
    ]);
  });

  it('finds a credit ending a caption but nothing in a caption without one', () => {
    expect(namesInCreditTail('Fans cheer at the ground. Photo: Jo Keble/Northfield Sport', lookup).map((found) => found.name)).toEqual([
      'Jo Keble',
      'Northfield Sport',
    ]);
    expect(namesInCreditTail('Fans cheer at the ground.', lookup)).toEqual([]);
  });
});

describe('outlet lines', () => {
  it('reads a known outlet and a short acronym on its own line', () => {
    expect(namesIn('The Daily Telegraph')).toEqual(['organization:The Daily Telegraph']);
    expect(namesIn('KXRB')).toEqual(['organization:KXRB']);
  });

  it('reads a The ... Gazette line as an outlet', () => {
    expect(namesIn('The Marlow Gazette')).toEqual(['organization:The Marlow Gazette']);
  });

  it('ignores section labels, sharing prompts and dates', () => {
    for (const line of ['NEWS', 'FEATURES', 'Share this article', 'Most read', 'Advertisement', 'Saturday 12 October 2024, 5.48pm', '—']) {
      expect(namesIn(line)).toEqual([]);
    }
  });
});

describe('furniture entities in the result', () => {
  it('adds bylined reporters with no mentions', () => {
    const { entities, mentions } = findEntities(withFurniture(['By Tessa Varnham']));
    const reporter = entities.find((entity) => entity.name === 'Tessa Varnham');
    expect(reporter).toMatchObject({ kind: 'person', mentions: 0, aliases: ['Tessa Varnham'] });
    expect(mentions.some((mention) => mention.text.includes('Varnham'))).toBe(false);
  });

  it('merges a bylined name into the same name mentioned in the text', () => {
    const { entities } = findEntities(withFurniture(['By Tessa Varnham'], ['Mayor Tessa Varnham opened the bridge on Monday.']));
    const named = entities.filter((entity) => entity.name === 'Tessa Varnham');
    expect(named).toHaveLength(1);
    expect(named[0]!.mentions).toBe(1);
  });

  it('never throws on any furniture line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        findEntities(withFurniture([line]));
      }),
    );
  });
});

describe('section labels joined by bars', () => {
  it('names nothing for plain section words between bars', () => {
    expect(namesIn('Sport | Rowing')).toEqual([]);
  });

  it('still reads a reporter and an acronym outlet between bars', () => {
    expect(namesIn('By Pat Lowry | KVN')).toEqual(['person:Pat Lowry', 'organization:KVN']);
  });
});
