/**
 * An acronym the article spells out in lowercase words (`the emergency
 * department (ED)`) is a common noun's short form, not a name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { acronymsDefinedIn } from '../../../src/extract/entities/candidates.ts';
import { blocksOf } from '../../../src/extract/entities/blocks.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

function defined(...paragraphs: string[]) {
  return acronymsDefinedIn(blocksOf({ title: null, caption: null, dateline: [], paragraphs }));
}

describe('acronyms of lowercase words', () => {
  it('records the acronym of a common noun apart from those of names', () => {
    const acronyms = defined('Staff at the emergency department (ED) and the Dunmore Health Authority (DHA) met.');
    expect([[...acronyms], [...acronyms.ofCommonNouns]]).toEqual([['DHA'], ['ED']]);
  });

  it('skips the small words an acronym leaves out', () => {
    expect([...defined('Call the department of public works (DPW) today.').ofCommonNouns]).toEqual(['DPW']);
  });

  it('does not take letters the words do not spell', () => {
    expect([...defined('Call the emergency room (ED) today.').ofCommonNouns]).toEqual([]);
  });

  it('drops the acronym wherever the article uses it', () => {
    expect(kindsAndNames('Nurses at the emergency department (ED) were busy.', 'The ED said it was full.')).toEqual([]);
  });

  it('never makes an entity of such an acronym, whatever the words', () => {
    // Initials no gazetteer acronym is made of, and no small word the letters skip starts with.
    const word = fc.stringMatching(/^[jqxz][a-z]{2,7}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), (words) => {
        const acronym = words.map((w) => w[0]!.toUpperCase()).join('');
        const names = kindsAndNames(`The ${words.join(' ')} (${acronym}) was closed.`, `Then the ${acronym} opened.`);
        expect(names.some((name) => name.endsWith(`:${acronym}`))).toBe(false);
      }),
    );
  });
});
