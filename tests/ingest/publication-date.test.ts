import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';
import { calendarDate, datelineDate, findPublicationDate, parseDate, readDateLine } from '../../src/ingest/publication-date.ts';

const FIXED_CLOCK = (): Date => new Date('2031-04-09T23:59:00Z');

describe('parseDate: unambiguous date forms only', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024-03-05 19:09:58-05', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar. 5 2024', '2024-03-05'],
    ['Sept 30, 2019', '2019-09-30'],
    ['5 March 2024', '2024-03-05'],
    ['5th of March, 2024', '2024-03-05'],
    ['01 July, 2011', '2011-07-01'],
    ['26.9.2021', '2021-09-26'],
    ['9/26/2021', '2021-09-26'],
    ['5.5.2024', '2024-05-05'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    ['05/03/2024', 'day and month could be either way round'],
    ['5.3.2024', 'day and month could be either way round'],
    ['March 5', 'no year'],
    ['5 March', 'no year'],
    ['February 30, 2024', 'not a calendar date'],
    ['2023-02-29', 'not a leap year'],
    ['13/13/2024', 'no month 13'],
    ['5/3/24', 'two-digit year'],
    ['Marchy 5, 2024', 'not a month name'],
  ])('refuses %j (%s)', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('readDateLine: a furniture line holding a date', () => {
  it.each([
    ['date 2017-07-10', '2017-07-10', 'published'],
    ['Published: June 3, 2021 10:30 am', '2021-06-03', 'published'],
    ['Posted at 10:52 AM, Feb 05, 2014', '2014-02-05', 'published'],
    ['PUBLISHED : Friday, 01 July, 2011, 12:00am', '2011-07-01', 'published'],
    ['Published : 16:00, Aug 18, 2019 | Updated : 16:03, Aug 19, 2019', '2019-08-18', 'published'],
    ['Updated: 2024-03-06T08:00:00Z', '2024-03-06', 'updated'],
    ['By Jane Roe | March 5, 2024', '2024-03-05', 'stamp'],
    ['By Jane Roe, March 5, 2024', '2024-03-05', 'stamp'],
    ['By Tomas Ekberg and Ana Lind • Posted: November 16, 2012', '2012-11-16', 'published'],
    ['/ 30 October 2023', '2023-10-30', 'stamp'],
    ['• Tue, 5 Mar 2024', '2024-03-05', 'stamp'],
    ['Date: 26.9.2021 15:00', '2021-09-26', 'published'],
    ['Opinion | 12 January 2022', '2022-01-12', 'stamp'],
  ])('reads %j', (line, date, label) => {
    expect(readDateLine(line)).toEqual({ date, label });
  });

  it.each([
    'On March 5, 2024 the council voted to close the harbour.',
    'The ferry last sailed on 5 March 2024, the operator said.',
    'Flames rise over the ridge near Lakeford on Tuesday, Aug. 3, 2021',
    'Harbour talks collapse — March 5, 2024 was the deadline the unions had set',
    'Published: 05/03/2024',
    'Harbour update March 5',
    'By Jane Roe',
  ])('finds no date in %j', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe('datelineDate', () => {
  it('reads a dateline date that gives its year', () => {
    expect(datelineDate('NEW YORK, June 3, 2024 (AP) — ')).toBe('2024-06-03');
  });

  it('skips a dateline date without a year', () => {
    expect(datelineDate('NEW YORK, June 3 (AP) — ')).toBeNull();
  });
});

describe('findPublicationDate: which date wins', () => {
  it('prefers the Published line over an earlier plain stamp and an Updated line', () => {
    const found = findPublicationDate(['Updated: March 9, 2024', '• Oct 15, 2014', 'Published: March 5, 2024'], null);
    expect(found).toEqual({ date: '2024-03-05', label: 'published', line: 'Published: March 5, 2024' });
  });

  it('prefers a plain stamp over the dateline, and the dateline over an Updated line', () => {
    expect(findPublicationDate(['Updated: March 9, 2024', '5 March 2024'], 'OSLO, March 4, 2024 — ')?.date).toBe('2024-03-05');
    expect(findPublicationDate(['Updated: March 9, 2024'], 'OSLO, March 4, 2024 — ')?.date).toBe('2024-03-04');
  });

  it('takes an Updated date when nothing else is dated', () => {
    expect(findPublicationDate(['Share', 'Updated: March 9, 2024'], null)?.date).toBe('2024-03-09');
  });

  it('finds nothing among undated furniture', () => {
    expect(findPublicationDate(['Share this article', 'By Jane Roe', 'Related News'], 'OSLO — ')).toBeNull();
  });
});

describe('ingestText dates', () => {
  const story = ['Harbour strike ends after nine days', 'OSLO — Ferry crews went back to work on Monday.', 'The union said the deal was fair.'];

  it('writes the date of a date stamp above the story and removes the stamp', () => {
    const result = ingestText(['date 2019-04-02 Related News', ...story].join('\n\n'), 'a.txt', { clock: FIXED_CLOCK });
    expect(result.frontmatter.date).toBe('2019-04-02');
    expect(result.frontmatter.ingested).toBeUndefined();
    expect(result.frontmatter.removed).toEqual(['date 2019-04-02 Related News']);
    expect(result.markdown).toContain('\ndate: 2019-04-02\n');
  });

  it('removes a dated byline that the noise table alone does not cover and keeps the headline', () => {
    const result = ingestText([story[0], 'By Jane Roe, March 5, 2024', ...story.slice(1)].join('\n\n'), 'a.txt', { clock: FIXED_CLOCK });
    expect(result.frontmatter).toMatchObject({ title: story[0], date: '2024-03-05', removed: ['By Jane Roe, March 5, 2024'] });
  });

  it('reads the date of a dateline that gives its year', () => {
    const raw = [story[0], 'OSLO, June 3, 2024 (NTB) — Ferry crews went back to work.'].join('\n\n');
    expect(ingestText(raw, 'a.txt', { clock: FIXED_CLOCK }).frontmatter.date).toBe('2024-06-03');
  });

  it('ignores a date in the middle of the story', () => {
    const raw = [...story, 'The council voted on March 5, 2024.', 'March 5, 2024 was a Tuesday, the clerk noted.', ...story.slice(1)].join('\n\n');
    const result = ingestText(raw, 'a.txt', { clock: FIXED_CLOCK });
    expect(result.frontmatter.date).toBeUndefined();
  });

  it('records the UTC day of the clock as `ingested` when the page gives no date', () => {
    const result = ingestText(story.join('\n\n'), 'a.txt', { clock: FIXED_CLOCK });
    expect(result.frontmatter.date).toBeUndefined();
    expect(result.frontmatter.ingested).toBe('2031-04-09');
    expect(result.markdown).toContain('\ningested: 2031-04-09\n');
  });
});

const realDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (date: Date): string => date.toISOString().slice(0, 10);
/** A date written in one of the forms pages use, including ambiguous and impossible ones. */
const writtenDate = fc.oneof(
  realDate.map((d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`),
  realDate.map((d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`),
  realDate.map(iso),
  fc.tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1990, max: 2039 })).map(([a, b, y]) => `${a}/${b}/${y}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1990, max: 2039 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
);
const label = fc.constantFrom('', 'Published: ', 'Updated ', 'date ', 'Posted on ', 'By Jane Roe | ', '• ');
const bodySentence = fc
  .tuple(fc.constantFrom('The council met on', 'Ferries stopped on', 'The strike began', 'Talks resumed on'), writtenDate, fc.constantFrom('.', ', the union said.', ' after a long night.'))
  .map(([start, date, end]) => `${start} ${date}${end}`);

describe('date finding on any page', () => {
  it('only ever finds a real calendar date', () => {
    fc.assert(
      fc.property(label, writtenDate, (prefix, date) => {
        const found = readDateLine(`${prefix}${date}`);
        if (found === null) return;
        const [y, m, d] = found.date.split('-').map(Number) as [number, number, number];
        expect(calendarDate(y, m, d)).toBe(found.date);
      }),
      { numRuns: 500 },
    );
  });

  it('never takes a date from a body sentence, wherever the sentence sits', () => {
    fc.assert(
      fc.property(fc.array(bodySentence, { minLength: 1, maxLength: 6 }), fc.option(realDate, { nil: undefined }), (sentences, stamp) => {
        const lines = ['Harbour strike ends', ...(stamp === undefined ? [] : [`Published: ${iso(stamp)}`]), ...sentences];
        const result = ingestText(lines.join('\n\n'), 'a.txt', { clock: FIXED_CLOCK });
        if (stamp === undefined) {
          expect(result.frontmatter.date).toBeUndefined();
          expect(result.frontmatter.ingested).toBe('2031-04-09');
        } else {
          expect(result.frontmatter.date).toBe(iso(stamp));
        }
      }),
      { numRuns: 300 },
    );
  });
});
