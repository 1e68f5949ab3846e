import { describe, expect, it } from 'vitest';
import * as ingest from '../../src/ingest/index.ts';

describe('ingest public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(ingest).sort()).toEqual([
      'IngestError',
      'MAX_RAW_TEXT_BYTES',
      'entrySlug',
      'ingestText',
      'paragraphToMarkdown',
      'paragraphsToMarkdown',
      'parseEntry',
      'readEntryFile',
      'readRawText',
      'renderEntry',
      'slugify',
      'writeEntry',
    ]);
  });
});
