import type { Route } from './paths.ts';

/** The most bytes one built page may have, at any number of articles. */
export const PAGE_BYTE_LIMIT = 300_000;

/**
 * Bytes a listing page spends around its list: the layout, header, footer,
 * jump bar, pagination and headings (measured at about 4 KB on the built
 * site, a full A-Z jump bar adding 2 KB; tests/site/page-size.test.ts checks
 * the bound). What is left of the limit
 * is the budget for the list's items.
 */
export const PAGE_CHROME_BYTES = 40_000;
export const ITEM_BYTE_BUDGET = PAGE_BYTE_LIMIT - PAGE_CHROME_BYTES;

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  route: Route;
  items: T[];
}

/** A link of a pagination bar; `route` is null for the gaps between numbered links. */
export interface PageLink {
  label: string;
  route: Route | null;
  current: boolean;
}

export interface PageNav {
  previous: Route | null;
  next: Route | null;
  links: PageLink[];
}

export interface PaginateOptions<T> {
  /** At most this many items on a page. */
  perPage: number;
  /** An upper bound of an item's bytes on the page; a page's items stay within `ITEM_BYTE_BUDGET`. */
  bytesOf: (item: T) => number;
  routeOf: (page: number) => Route;
  /** Bytes budget for items, if not `ITEM_BYTE_BUDGET`. */
  budget?: number;
}

/**
 * Items cut into pages in their order: a page ends at `perPage` items or
 * when the next item would take its items past the byte budget. An item
 * bigger than the budget on its own gets a page to itself. No items still
 * make one (empty) page, so the first page's route always exists.
 */
export function paginate<T>(items: readonly T[], options: PaginateOptions<T>): Page<T>[] {
  const budget = options.budget ?? ITEM_BYTE_BUDGET;
  if (options.perPage < 1) throw new Error(`paginate: perPage must be at least 1, got ${options.perPage}`);
  const pages: Page<T>[] = [];
  let current: T[] = [];
  let bytes = 0;
  const close = (): void => {
    pages.push({ number: pages.length + 1, route: options.routeOf(pages.length + 1), items: current });
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = options.bytesOf(item);
    if (current.length > 0 && (current.length >= options.perPage || bytes + size > budget)) close();
    current.push(item);
    bytes += size;
  }
  if (current.length > 0 || pages.length === 0) close();
  return pages;
}

/** How many numbered links a pagination bar shows on each side of the current page. */
const NEIGHBOURS = 2;

/**
 * Previous/next and numbered links for page `number` of `pages`: the first
 * and last page, the current one and its neighbours, with a gap (`…`)
 * wherever numbers are skipped, so the bar stays short at a thousand pages.
 */
export function pageNav(pages: readonly { number: number; route: Route }[], number: number): PageNav {
  const links: PageLink[] = [];
  let last = 0;
  for (const page of pages) {
    const shown = page.number === 1 || page.number === pages.length || Math.abs(page.number - number) <= NEIGHBOURS;
    if (!shown) continue;
    if (page.number > last + 1) links.push({ label: '…', route: null, current: false });
    links.push({ label: String(page.number), route: page.route, current: page.number === number });
    last = page.number;
  }
  return {
    previous: pages[number - 2]?.route ?? null,
    next: pages[number]?.route ?? null,
    links,
  };
}

/**
 * An upper bound of the bytes `text` takes in the HTML: its UTF-8 bytes
 * plus what escaping adds (`&` -> `&amp;`, `"` -> `&quot;`, ...). Counted
 * by code unit, without encoding, as it runs for every item of the archive.
 */
export function htmlBytes(text: string): number {
  let bytes = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x26 || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes: 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** An upper bound of the bytes a route takes in an href: every byte percent-encoded, plus the `../` that lead up to it. */
export function hrefBytes(route: Route): number {
  return 3 * htmlBytes(route) + 3 * 8 + 'index.html'.length;
}
