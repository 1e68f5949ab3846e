import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/site/format-date.ts';
import { formatDateline } from '../../src/site/format-dateline.ts';
import { headlineOf } from '../../src/site/headline.ts';

describe('formatDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(formatDate('2017-09-07')).toBe('7 September 2017');
  });

  it('keeps the first of January in its own year whatever the time zone', () => {
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
  });
});

describe('formatDateline', () => {
  it('joins several places with a slash, as the wire writes them', () => {
    expect(formatDateline(['Moscow', 'Xiamen'])).toBe('Moscow/Xiamen');
  });

  it('writes a single place as it is', () => {
    expect(formatDateline(['Seoul'])).toBe('Seoul');
  });
});

describe('headlineOf', () => {
  it('uses the title when there is one', () => {
    expect(headlineOf('Harbour talks end')).toBe('Harbour talks end');
  });

  it('says plainly that an article has no headline', () => {
    expect(headlineOf(null)).toBe('Untitled article');
  });
});
