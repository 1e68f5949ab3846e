/**
 * A name of several words the article shortens to its initials is a body's
 * (`Tarrow County Fire Rescue (TCFR)`); the short forms of services and
 * procedures (`EMS`, `CPR`) name nothing.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { NON_ENTITY_ACRONYMS } from '../../../src/extract/entities/common-words.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a name that defines its initials', () => {
  it('is an organization', () => {
    expect(kindsAndNames('It happened when Tarrow County Fire Rescue (TCFR) received an alarm.')).toEqual(['organization:Tarrow County Fire Rescue']);
  });

  it('is an organization with nothing else to go on', () => {
    expect(kindsAndNames('The Kell Orrin Tarl (KOT) website lists the hours.')).toEqual(['organization:Kell Orrin Tarl']);
  });

  it('is an organization though it starts with a known place', () => {
    expect(kindsAndNames('The Nova Scotia Health (NSHA) website lists the hours.')).toEqual(['organization:Nova Scotia Health']);
  });

  it('needs the initials to match', () => {
    expect(kindsAndNames('The Kell Orrin Tarl (XQ) website lists the hours.')).toEqual([]);
  });
});

describe('acronyms of services and procedures', () => {
  it.each(['ems', 'ed', 'cpr', 'mri'])('lists %s among the acronyms that name nothing', (acronym) => {
    expect(NON_ENTITY_ACRONYMS.has(acronym)).toBe(true);
  });
});
