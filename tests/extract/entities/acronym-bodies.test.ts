/** A name of several words the article shortens to its initials is a body's: `Tarrow County Fire Rescue (TCFR)`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

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

  it('makes an organization of any invented name written with its initials', () => {
    const word = fc.stringMatching(/^[QX][a-z]{3,7}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), (words) => {
        const name = words.join(' ');
        const initials = words.map((w) => w[0]).join('');
        expect(kindsAndNames(`The ${name} (${initials}) website lists the hours.`)).toEqual([`organization:${name}`]);
      }),
    );
  });
});
