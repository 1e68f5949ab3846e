import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';
import { mastheadRuleOf } from '../../src/ingest/masthead-rules.ts';

const lines = (...text: string[]): string => text.join('\n\n');
const HEADLINE = 'Ferry operator cancels winter sailings to the islands';
const STORY = 'The operator said on Friday that fuel costs made the route unviable.';

describe('masthead rules', () => {
  it('call short label words between section separators a section path', () => {
    expect(mastheadRuleOf('Sport | Rowing')).toBe('section-path');
    expect(mastheadRuleOf('World › Oceania')).toBe('section-path');
    expect(mastheadRuleOf('NEWS / Region')).toBe('section-path');
    expect(mastheadRuleOf('Money • Pensions')).toBe('section-path');
  });

  it('do not call a slash inside a word a section path', () => {
    expect(mastheadRuleOf('Helpline open 24/7 for storm victims')).toBeNull();
  });

  it('call a short capitalised name ending in a newspaper word a masthead', () => {
    expect(mastheadRuleOf('The Fenland Clarion')).toBe('masthead-name');
    expect(mastheadRuleOf('Valley Courier')).toBe('masthead-name');
    expect(mastheadRuleOf('Times of Westport')).toBeNull();
    expect(mastheadRuleOf('The Westport Times of Record')).toBe('masthead-name');
  });

  it('do not call a headline that ends in a newspaper word a masthead', () => {
    expect(mastheadRuleOf('Minister sues the Post')).toBeNull();
  });

  it('call one to three words from the section table a section label, in any case', () => {
    expect(mastheadRuleOf('Life & Style')).toBe('section-label');
    expect(mastheadRuleOf('food & drink')).toBe('section-label');
  });

  it('call one or two capitalised words a kicker', () => {
    expect(mastheadRuleOf('INVESTIGATION')).toBe('caps-label');
    expect(mastheadRuleOf('COUNTY AFFAIRS')).toBe('caps-label');
    expect(mastheadRuleOf('STORM HITS COAST')).toBeNull();
  });

  it('call a single word a label', () => {
    expect(mastheadRuleOf('Gadgetry')).toBe('one-word-label');
  });

  it('leave an ordinary headline alone', () => {
    expect(mastheadRuleOf('Storm hits coast')).toBeNull();
    expect(mastheadRuleOf(HEADLINE)).toBeNull();
  });
});

describe('masthead lines above the headline', () => {
  it('an outlet name is removed and the next line becomes the title', () => {
    const result = ingestText(lines('The Fenland Clarion', HEADLINE, STORY), 'a.txt');
    expect(result.frontmatter.title).toBe(HEADLINE);
    expect(result.removed).toEqual([{ line: 'The Fenland Clarion', rule: 'masthead-name' }]);
    expect(result.paragraphs).toEqual([STORY]);
  });

  it('a section path is removed and the next line becomes the title', () => {
    const result = ingestText(lines('Sport | Rowing', HEADLINE, STORY), 'a.txt');
    expect(result.frontmatter.title).toBe(HEADLINE);
    expect(result.removed).toEqual([{ line: 'Sport | Rowing', rule: 'section-path' }]);
  });

  it('an outlet name and a section label in a row are both removed', () => {
    const result = ingestText(lines('Valley Courier', 'Politics', HEADLINE, STORY), 'a.txt');
    expect(result.frontmatter.title).toBe(HEADLINE);
    expect(result.removed).toEqual([
      { line: 'Valley Courier', rule: 'masthead-name' },
      { line: 'Politics', rule: 'section-label' },
    ]);
  });

  it('a capitalised kicker is removed above the headline', () => {
    const result = ingestText(lines('INVESTIGATION', HEADLINE, STORY), 'a.txt');
    expect(result.frontmatter.title).toBe(HEADLINE);
    expect(result.removed).toEqual([{ line: 'INVESTIGATION', rule: 'caps-label' }]);
  });

  it('a section path over a dateline paragraph is removed and leaves no title', () => {
    const result = ingestText(lines('NEWS / Region', 'OSLO — The ferry operator cancelled sailings.', STORY), 'a.txt');
    expect(result.frontmatter.title).toBeNull();
    expect(result.removed).toEqual([{ line: 'NEWS / Region', rule: 'section-path' }]);
  });

  it('a label stays when what follows is no longer than it', () => {
    const result = ingestText(lines('Life & Style', 'Spring looks', STORY), 'a.txt');
    expect(result.frontmatter.title).toBe('Life & Style');
    expect(result.removed).toEqual([]);
  });

  it('a one-line headline over the story stays the title', () => {
    const result = ingestText(lines('Storm hits coast', STORY), 'a.txt');
    expect(result.frontmatter.title).toBe('Storm hits coast');
    expect(result.removed).toEqual([]);
  });

  it('a headline is never removed as a masthead, whatever follows it', () => {
    const headline = fc.constantFrom('Storm hits coast', HEADLINE, 'Council votes to close two libraries');
    const next = fc.constantFrom(STORY, 'Ferry operator blames rising fuel costs for the cuts', 'OSLO — More later.');
    fc.assert(
      fc.property(headline, next, (title, second) => {
        expect(ingestText(lines(title, second), 'a.txt').removed).toEqual([]);
      }),
    );
  });
});

describe('time stamps', () => {
  it('an ISO date with a time zone abbreviation is a date stamp', () => {
    const result = ingestText(lines('2031-02-03 09:15 GMT', HEADLINE, STORY), 'a.txt');
    expect(result.removed).toEqual([{ line: '2031-02-03 09:15 GMT', rule: 'date-stamp' }]);
  });

  it('a date joined to its time by a dash is a date stamp', () => {
    const result = ingestText(lines(HEADLINE, 'Updated March 9, 2031 - 6:05pm', STORY), 'a.txt');
    expect(result.removed).toEqual([{ line: 'Updated March 9, 2031 - 6:05pm', rule: 'date-stamp' }]);
  });

  it('reading time and a relative update time are page furniture', () => {
    const result = ingestText(lines(HEADLINE, '4 min read · Updated 3 hours ago', STORY), 'a.txt');
    expect(result.removed).toEqual([{ line: '4 min read · Updated 3 hours ago', rule: 'reading-time+relative-time' }]);
  });
});
