import { describe, expect, it } from 'vitest';
import { compareArticles, type ArticleRef } from '../../src/graph/index.ts';

function article(slug: string, title: string | null, date?: string): ArticleRef {
  // Order reads only slug, title and date; the headline is there because every ref carries one.
  const ref = { slug, title, headline: title ?? `Opening of ${slug}`, headlineDerived: title === null };
  return date === undefined ? ref : { ...ref, date };
}

function order(articles: ArticleRef[]): string[] {
  return [...articles].sort(compareArticles).map((ref) => ref.slug);
}

describe('compareArticles (front-page order)', () => {
  it('puts the newest date first', () => {
    expect(order([article('old', 'A', '2023-01-02'), article('new', 'B', '2024-05-01')])).toEqual(['new', 'old']);
  });

  it('puts dated articles before undated ones', () => {
    expect(order([article('undated', 'A'), article('dated', 'Z', '2001-01-01')])).toEqual(['dated', 'undated']);
  });

  it('orders articles of the same date by headline, ignoring case', () => {
    expect(order([article('b', 'beta', '2024-01-01'), article('a', 'Alpha', '2024-01-01')])).toEqual(['a', 'b']);
  });

  it('orders undated articles by headline', () => {
    expect(order([article('z', 'Zebra crossing'), article('h', 'Harbour talks')])).toEqual(['h', 'z']);
  });

  it('puts an untitled article before titled ones of the same date, then falls back to the id', () => {
    expect(order([article('b', 'Harbour'), article('y', null), article('x', null)])).toEqual(['x', 'y', 'b']);
  });
});
