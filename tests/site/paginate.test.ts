import { describe, expect, it } from 'vitest';
import { htmlBytes, hrefBytes, pageNav, paginate } from '../../src/site/paginate.ts';

const routeOf = (page: number): string => (page === 1 ? '' : `page/${page}/`);
const numbers = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('cuts items into pages of perPage, in their order, with each page its route', () => {
    const pages = paginate(numbers(5), { perPage: 2, bytesOf: () => 1, routeOf });
    expect(pages).toEqual([
      { number: 1, route: '', items: [1, 2] },
      { number: 2, route: 'page/2/', items: [3, 4] },
      { number: 3, route: 'page/3/', items: [5] },
    ]);
  });

  it('ends a page early when the next item would take it past the byte budget', () => {
    const pages = paginate([40, 40, 40, 10], { perPage: 10, bytesOf: (size) => size, routeOf, budget: 100 });
    expect(pages.map((page) => page.items)).toEqual([[40, 40], [40, 10]]);
  });

  it('gives an item bigger than the budget a page of its own', () => {
    const pages = paginate([10, 500, 10], { perPage: 10, bytesOf: (size) => size, routeOf, budget: 100 });
    expect(pages.map((page) => page.items)).toEqual([[10], [500], [10]]);
  });

  it('makes one empty page of no items, so the first page always exists', () => {
    expect(paginate([], { perPage: 3, bytesOf: () => 1, routeOf })).toEqual([{ number: 1, route: '', items: [] }]);
  });

  it('refuses a perPage below one', () => {
    expect(() => paginate([1], { perPage: 0, bytesOf: () => 1, routeOf })).toThrow('paginate: perPage must be at least 1, got 0');
  });
});

describe('pageNav', () => {
  const pages = numbers(10).map((number) => ({ number, route: routeOf(number) }));

  it('links the previous and next pages', () => {
    const nav = pageNav(pages, 4);
    expect([nav.previous, nav.next]).toEqual(['page/3/', 'page/5/']);
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(pageNav(pages, 1).previous).toBeNull();
    expect(pageNav(pages, 10).next).toBeNull();
  });

  it('numbers the first and last pages and the current one with two neighbours, with gaps between', () => {
    expect(pageNav(pages, 6).links.map((link) => (link.current ? `[${link.label}]` : link.label))).toEqual(['1', '…', '4', '5', '[6]', '7', '8', '…', '10']);
  });

  it('leaves no gap where no number is skipped', () => {
    expect(pageNav(pages, 2).links.map((link) => link.label)).toEqual(['1', '2', '3', '4', '…', '10']);
  });

  it('gives a gap no route', () => {
    expect(pageNav(pages, 6).links[1]).toEqual({ label: '…', route: null, current: false });
  });
});

describe('htmlBytes', () => {
  it('counts UTF-8 bytes', () => {
    expect(htmlBytes('Łódź')).toBe(7);
  });

  it('counts what escaping adds to & < > " and \'', () => {
    expect(htmlBytes('a&b"')).toBe(4 + 10);
  });
});

describe('hrefBytes', () => {
  it('bounds a percent-encoded route with the way up to it and its page file', () => {
    expect(hrefBytes('entities/ł/')).toBe(3 * 12 + 24 + 10);
  });
});
