/**
 * `a Telstra spokesperson said …` brings in someone the text does not name. A
 * later `the spokesperson` means them, so it is not read as the only person
 * named so far (a customer quoted before).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { extractedSpeakers as speakers } from '../../support/extracted-speakers.ts';

/** The names a person is known by in the text, role phrases included. */
function aliasesOf(name: string, ...paragraphs: string[]): readonly string[] {
  const found = findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.find((entity) => entity.name === name);
  if (found === undefined) throw new Error(`no entity ${name}`);
  return found.aliases;
}

describe('`the spokesperson` after `a spokesperson` was brought in unnamed', () => {
  it('is not the only person named before', () => {
    expect(aliasesOf('Mark Jones', 'Mark Jones, a customer in Perth, said he waited all day.', 'A Kestrel spokesperson said the fault was fixed, the spokesperson added.')).toEqual(['Mark Jones', 'Jones']);
  });

  it('gives the quote to the body the spokesperson speaks for, not the customer', () => {
    expect(
      speakers([
        'Thousands of Kestrel Telecom customers lost their internet on Saturday.',
        'Mark Jones, a customer in Perth, said he had waited all day. "It is a disgrace," he said.',
        'A Kestrel Telecom spokesperson said the outage was fixed by evening. "We apologise for the inconvenience," the spokesperson said.',
      ]),
    ).toEqual([
      ['It is a disgrace,', 'Mark Jones'],
      ['We apologise for the inconvenience,', 'Kestrel Telecom'],
    ]);
  });
});

describe('`a spokesperson` that brings in no one new', () => {
  it('is an appositive to a name: `Ann Ruiz, 44, a spokesperson,`', () => {
    expect(aliasesOf('Ann Ruiz', 'Ann Ruiz, 44, a spokesperson, spoke first.', 'The spokesperson said the road would reopen.')).toContain('the spokesperson');
  });

  it('is a predicate: `Ann Ruiz is a spokesperson`', () => {
    expect(aliasesOf('Ann Ruiz', 'Ann Ruiz is a spokesperson for the council.', 'The spokesperson said the road would reopen.')).toContain('the spokesperson');
  });
});
