import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText, type IngestResult } from '../../src/ingest/ingest-text.ts';
import { SEED_ENTRY_PATH, SEED_RAW, SEED_SLUG } from '../support/seed.ts';
import { hasShared, sharedPath, sharedTitle } from '../support/shared-data.ts';

// Ingest of the raw seed page itself, so these need ../shared/seed; the
// extraction tests start from the committed entry the last one pins down.
/** The day the committed seed entry was ingested: ingest records it when the page gives no date. */
const SEED_INGESTED = (): Date => new Date('2026-12-05T00:00:00Z');

describe.skipIf(!hasShared(...SEED_RAW))(sharedTitle('the seed article', ...SEED_RAW), () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestText(readFileSync(sharedPath(...SEED_RAW), 'utf8'), SEED_RAW.join('/'), { clock: SEED_INGESTED });
  });

  it('has the headline as title', () => {
    expect(result.frontmatter.title).toBe('Japan, South Korea push Putin over Pyongyang sanctions');
  });

  it('has the photo line under the headline as caption', () => {
    expect(result.frontmatter.caption).toBe(
      'President Donald Trump meets with Russian President Vladimir Putin at the G20 Summit in July',
    );
  });

  it('takes the two-place dateline off the first paragraph', () => {
    expect(result.frontmatter.dateline).toEqual(['Moscow', 'Xiamen']);
    expect(result.paragraphs[0]).toMatch(/^Russian President Vladimir Putin rejected /);
  });

  it('removes only the "Other news" footer', () => {
    expect(result.frontmatter.removed).toEqual(['Other news']);
    expect(result.removed).toEqual([{ line: 'Other news', rule: 'other-news' }]);
  });

  it('has 16 body paragraphs', () => {
    expect(result.paragraphs).toHaveLength(16);
  });

  it('has no date, records the day it was ingested, and names its source file', () => {
    expect(result.frontmatter.date).toBeUndefined();
    expect(result.frontmatter.ingested).toBe('2026-12-05');
    expect(result.frontmatter.source).toBe('000_f426b72678450e3a.txt');
  });

  it('is committed in content/articles exactly as ingest writes it', () => {
    expect(result.slug).toBe(SEED_SLUG);
    expect(readFileSync(SEED_ENTRY_PATH, 'utf8')).toBe(result.markdown);
  });
});
