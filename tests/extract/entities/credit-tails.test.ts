/**
 * A photo credit closing a caption or a paragraph without a `Photo:` label:
 * `(Jo Park/PA)` in brackets, `File photo: Jo Park/AFP`, `Photo courtesy of
 * Jo Park/USFWS`. The photographer is a person and the agency an organization.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { namesInCreditTail } from '../../../src/extract/entities/furniture.ts';

const noLookup = () => undefined;

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('a credit closing a caption', () => {
  it('reads `(Name/AGENCY)` in brackets as the photographer and the agency', () => {
    expect(kindsAndNames('People were urged to stay indoors on Friday (Tam Vero/PA)')).toEqual(['organization:PA', 'person:Tam Vero']);
  });

  it('reads a full name after a known agency as the photographer', () => {
    expect(namesInCreditTail('Workers gather near a shaft. (Reuters/Dalia Fenwright)', (name) => (name === 'Reuters' ? { kind: 'organization' as const, name } : undefined))).toEqual([
      { name: 'Reuters', written: 'Reuters', kind: 'organization' },
      { name: 'Dalia Fenwright', written: 'Dalia Fenwright', kind: 'person' },
    ]);
  });

  it('reads a credit after `File photo:`', () => {
    expect(kindsAndNames('A clinic in the old town. File photo: Pell Anwar/AFP').filter((entry) => entry.includes('Pell'))).toEqual(['person:Pell Anwar']);
  });

  it('reads a credit after `Photo courtesy of`', () => {
    expect(namesInCreditTail('A wolf in the hills. Photo courtesy of Rina Soto/USFWS', noLookup)).toEqual([
      { name: 'Rina Soto', written: 'Rina Soto', kind: 'person' },
      { name: 'USFWS', written: 'USFWS', kind: 'organization' },
    ]);
  });

  it('reads nothing from brackets without a slash', () => {
    expect(namesInCreditTail('Rents rose in the spring (Tam Vero)', noLookup)).toEqual([]);
  });

  it('reads nothing from brackets that do not close the text', () => {
    expect(namesInCreditTail('The firm (Tam Vero/PA) said prices rose.', noLookup)).toEqual([]);
  });

  it('never throws and only names words of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const found of namesInCreditTail(`${text} (${text})`, noLookup)) expect(`${text} (${text})`).toContain(found.written);
      }),
    );
  });
});
