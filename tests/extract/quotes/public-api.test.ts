import { describe, expect, it } from 'vitest';
import * as extract from '../../../src/extract/index.ts';

describe('src/extract public API', () => {
  it('exports extractArticle and nothing else at runtime (types are erased)', () => {
    expect(Object.keys(extract).sort()).toEqual(['extractArticle']);
  });

  it('returns entities, mentions, quotes, statements and sentences for an empty article', () => {
    expect(extract.extractArticle({ title: null, caption: null, dateline: [], paragraphs: [] })).toEqual({
      entities: [],
      mentions: [],
      quotes: [],
      statements: [],
      sentences: [],
    });
  });
});
