/**
 * A photo credit the scraped page ran onto the end of the caption's line:
 * when the caption already names the source, the credit shows up as that
 * name written twice (`... by the CDC CDC`). captionWithoutCredit cuts the
 * repeat off as the credit; a doubled place name (`Bora Bora`) stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionWithoutCredit } from '../../src/ingest/caption.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

describe('captionWithoutCredit', () => {
  it('cuts a credit that repeats the source named after `by the`', () => {
    expect(captionWithoutCredit('A chart of the flu season so far, from a report by the NHSA NHSA')).toEqual({
      caption: 'A chart of the flu season so far, from a report by the NHSA',
      credit: 'NHSA',
    });
  });

  it('cuts a repeated source of several capitalized words after a cue', () => {
    expect(captionWithoutCredit('Flooded streets on Friday, as seen by the Harbour Trust Harbour Trust')).toEqual({
      caption: 'Flooded streets on Friday, as seen by the Harbour Trust',
      credit: 'Harbour Trust',
    });
  });

  it('cuts a repeated all-capital name with no cue before it', () => {
    expect(captionWithoutCredit('Smoke over the ridge at dawn KRTV KRTV')).toEqual({ caption: 'Smoke over the ridge at dawn KRTV', credit: 'KRTV' });
  });

  it('keeps a place whose name is a doubled word', () => {
    expect(captionWithoutCredit('Swimmers off the reef at Bora Bora')).toEqual({ caption: 'Swimmers off the reef at Bora Bora', credit: null });
  });

  it('keeps a caption with no repeat at its end', () => {
    expect(captionWithoutCredit('Mayor Jane Roe greets volunteers at the harbour')).toEqual({
      caption: 'Mayor Jane Roe greets volunteers at the harbour',
      credit: null,
    });
  });
});

describe('captionWithoutCredit properties', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const caption = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `A map of ${words.join(' ')}`);
  const acronym = fc.stringMatching(/^[A-Z]{2,5}$/);

  it('gives back caption and credit that together are the line, the credit once', () => {
    fc.assert(
      fc.property(caption, acronym, (text, source) => {
        const line = `${text} by the ${source} ${source}`;
        const parts = captionWithoutCredit(line);
        expect(parts).toEqual({ caption: `${text} by the ${source}`, credit: source });
        expect(`${parts.caption} ${parts.credit}`).toBe(line);
      }),
    );
  });

  it('leaves any line of lowercase words after its opening unchanged', () => {
    fc.assert(
      fc.property(caption, (text) => {
        expect(captionWithoutCredit(text)).toEqual({ caption: text, credit: null });
      }),
    );
  });
});

describe('ingestText with a credit on the caption line', () => {
  it('writes the caption without the credit and lists the credit as removed', () => {
    const raw = [
      'Flu cases climb for a third week',
      '',
      'A chart of the flu season so far, from a report by the NHSA NHSA',
      '',
      'Flu cases rose for a third week running, the health agency said on Monday.',
      '',
    ].join('\n');
    const result = ingestText(raw, 'flu.txt', { clock: () => new Date('2026-01-02T00:00:00Z') });
    expect(result.frontmatter.caption).toBe('A chart of the flu season so far, from a report by the NHSA');
    expect(result.removed).toEqual([{ line: 'NHSA', rule: 'caption-credit' }]);
    expect(result.frontmatter.removed).toEqual(['NHSA']);
  });
});
