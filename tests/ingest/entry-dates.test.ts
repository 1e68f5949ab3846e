import { describe, expect, it } from 'vitest';
import { parseEntry, renderEntry } from '../../src/ingest/article-entry.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';

const entry = (dates: string): string =>
  `---\ntitle: null\ndateline: []\ncaption: null\n${dates}source: a.txt\nremoved: []\n---\n\nFerries ran again.\n`;

describe('the ingested field of an entry', () => {
  it('is written after date and read back', () => {
    const text = entry('ingested: 2031-04-09\n');
    const parsed = parseEntry(text, 'content/articles/a.md');
    expect(parsed.frontmatter.ingested).toBe('2031-04-09');
    expect(renderEntry(parsed)).toBe(text);
  });

  it('is refused when it is not an ISO date, naming the file', () => {
    expect(() => parseEntry(entry('ingested: 9 April 2031\n'), 'content/articles/a.md')).toThrow(
      new IngestError('content/articles/a.md: frontmatter `ingested` must be an ISO date YYYY-MM-DD'),
    );
  });
});
