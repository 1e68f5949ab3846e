import { describe, expect, it } from 'vitest';
import { extractedSpeakers as speakers } from '../../support/extracted-speakers.ts';

describe('a verb of speech fronted before its speaker', () => {
  it('gives the quote to the name after `Said`: `Said Comey, "…"`', () => {
    expect(speakers(['The hearing ran late into the evening.', 'Said Comey, "We are looking at it very closely."'])).toEqual([
      ['We are looking at it very closely.', 'Comey'],
    ]);
  });

  it('gives the quote to the name after a verb, a body and an office: `explained CBS moderator Nancy Cordes: "…"`', () => {
    expect(speakers(['The candidates met on Saturday.', 'In other words, explained Kestrel moderator Nancy Cordes: "What does that have to do with donations?"'])).toEqual([
      ['What does that have to do with donations?', 'Nancy Cordes'],
    ]);
  });

  it('gives the quote to the full name after another verb and a colon: `Stated Roger Stone: "…"`', () => {
    expect(speakers(['The show aired on Sunday.', 'Stated Roger Stone: "I think that the stakes are so high."'])).toEqual([
      ['I think that the stakes are so high.', 'Roger Stone'],
    ]);
  });
});
