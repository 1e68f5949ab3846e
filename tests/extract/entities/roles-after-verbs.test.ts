/**
 * A role learned from the words before a name leaves out the sentence's own
 * verb (`asked prosecutor Lena Marsh` gives `prosecutor`), and an office a
 * report names once (`prosecutor`, `director`, `archbishop`) can be referred
 * back to by `the` and the office: `The prosecutor answered`.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';

function rolesOf(paragraph: string): [string, string[]][] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs: [paragraph] }).entities.map(({ name, roles }) => [name, roles]);
}

describe('a role after a reporting verb', () => {
  it('keeps the verb out of the role', () => {
    expect(rolesOf('Judge Ana Ruiz asked prosecutor Lena Marsh why the case took three years.')).toEqual([
      ['Ana Ruiz', ['judge']],
      ['Lena Marsh', ['prosecutor']],
    ]);
  });

  it('still keeps a describing word in the role', () => {
    expect(rolesOf('The appeal was heard by senior prosecutor Lena Marsh on Monday.')).toEqual([['Lena Marsh', ['senior prosecutor']]]);
  });
});

describe('an office referred back to', () => {
  it('gives the prosecutor’s answer to the person learned with that role', () => {
    const text = { title: null, caption: null, dateline: [], paragraphs: ['Judge Ana Ruiz asked prosecutor Lena Marsh why the case took three years.', 'The prosecutor answered: "No."'] };
    const found = extractArticle(text, { speakerModel: null });
    expect(found.mentions.filter((mention) => mention.form === 'role').map((mention) => [mention.text, mention.entityId])).toEqual([
      ['The prosecutor', 'person/lena-marsh'],
    ]);
    expect(found.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['No.', 'Lena Marsh']]);
  });
});
