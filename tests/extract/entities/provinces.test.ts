/** First-level divisions of countries whose news the site reads: provinces, states, counties, with their short forms. */
import { describe, expect, it } from 'vitest';
import { lookupKnownName } from '../../../src/extract/gazetteer/index.ts';

describe('provinces and counties', () => {
  it.each([
    ['N.S.', 'Nova Scotia'], ['Sask.', 'Saskatchewan'], ['P.E.I.', 'Prince Edward Island'], ['Ont.', 'Ontario'],
    ['Tamil Nadu', 'Tamil Nadu'], ['KwaZulu-Natal', 'KwaZulu-Natal'], ['Waikato', 'Waikato'], ['Shropshire', 'Shropshire'],
  ])('knows %s as the place %s', (written, name) => {
    expect(lookupKnownName(written)).toMatchObject({ kind: 'place', name });
  });
});
