import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

/** Text made of name-like words, punctuation and quote marks, so the interesting paths run often. */
const WORDS = ['The', 'the', 'President', 'Dr.', 'Anna', 'Smith', 'said', 'in', 'Paris', 'US', 'U.S.', 'of', 'and',
  'Department', 'Ministry', 'Airlines', 'North', 'Korea', "'s", '’s', ',', '.', ':', '“', '”', '"', "'", '(', ')',
  'NATO', 'DOZENS', 'company', 'Russian', 'leader', 'Summit', 'summit', 'Moon-Putin', '-', '/', 'administration'];
const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), newsy);
const articleText: fc.Arbitrary<ArticleText> = fc.record({
  title: fc.option(text, { nil: null }),
  caption: fc.option(text, { nil: null }),
  dateline: fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }),
  paragraphs: fc.array(text, { maxLength: 5 }),
});

function blockText(article: ArticleText, block: string, paragraph: number): string | null | undefined {
  return block === 'title' ? article.title : block === 'caption' ? article.caption : article.paragraphs[paragraph];
}

describe('findEntities on any text', () => {
  it('never throws', () => {
    fc.assert(fc.property(articleText, (article) => {
      findEntities(article);
    }), { numRuns: 400 });
  });

  it('gives every mention a span inside its block that slices out its text', () => {
    let checked = 0;
    fc.assert(fc.property(articleText, (article) => {
      for (const mention of findEntities(article).mentions) {
        checked += 1;
        const text = blockText(article, mention.block, mention.paragraph);
        expect(typeof text).toBe('string');
        expect(mention.start).toBeGreaterThanOrEqual(0);
        expect(mention.end).toBeLessThanOrEqual(text!.length);
        expect(mention.start).toBeLessThan(mention.end);
        expect(text!.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }), { numRuns: 400 });
    // The newsy generator is dense in names, so the loop above must have run.
    expect(checked).toBeGreaterThan(0);
  });

  it('points every mention at an entity it returns, and counts them', () => {
    let entitiesSeen = 0;
    fc.assert(fc.property(articleText, (article) => {
      const { entities, mentions } = findEntities(article);
      entitiesSeen += entities.length;
      const ids = new Set(entities.map((entity) => entity.id));
      expect(ids.size).toBe(entities.length);
      for (const mention of mentions) expect(ids.has(mention.entityId)).toBe(true);
      for (const entity of entities) {
        expect(entity.mentions).toBe(mentions.filter((mention) => mention.entityId === entity.id).length);
      }
    }), { numRuns: 300 });
    expect(entitiesSeen).toBeGreaterThan(0);
  });
});

// Linear growth is specified by counting work in linear-work.test.ts: timings on a shared machine are noise.
