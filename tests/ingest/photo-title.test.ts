import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';
import { titlesThePicture } from '../../src/ingest/photo-title.ts';

const lines = (...text: string[]): string => text.join('\n\n');
const CLOCK = { clock: (): Date => new Date('2030-01-01T00:00:00Z') };

describe('a title-like line above an image description', () => {
  it('is the story headline when it says something the caption does not', () => {
    const result = ingestText(
      lines('Harbour strike ends after nine days', 'A photo of crews walking back to the quay in Tromsø', 'Ferry crews went back to work on Monday.'),
      'a.txt',
      CLOCK,
    );
    expect(result.frontmatter.title).toBe('Harbour strike ends after nine days');
    expect(result.frontmatter.caption).toBe('A photo of crews walking back to the quay in Tromsø');
    expect(result.removed).toEqual([]);
  });

  it('keeps a headline with a date word in it', () => {
    const result = ingestText(
      lines('Ferry timetable changes from July 30', 'A photo of the night ferry leaving Bergen', 'The new timetable adds two sailings.'),
      'a.txt',
      CLOCK,
    );
    expect(result.frontmatter.title).toBe('Ferry timetable changes from July 30');
  });

  it("is the picture's own title when the caption describes what it names", () => {
    const result = ingestText(
      lines('Harbour flood map Update July 30', 'An updated map of the harbour flood as of July 30, from the port office', 'Water rose again.'),
      'a.txt',
      CLOCK,
    );
    expect(result.frontmatter.title).toBeNull();
    expect(result.removed).toEqual([{ line: 'Harbour flood map Update July 30', rule: 'photo-title' }]);
  });
});

describe('titlesThePicture', () => {
  it.each([
    ['Outbreak map June 2', 'A map of the outbreak as of June 2', true],
    ['Harbour flood map Update July 30', 'An updated map of the harbour flood as of July 30', true],
    ['Harbour strike ends after nine days', 'A photo of crews walking back to the quay', false],
    ['The', 'A photo of the quay', false],
  ])('%j over %j: %s', (title, caption, expected) => {
    expect(titlesThePicture(title, caption)).toBe(expected);
  });
});
