import { describe, expect, it } from 'vitest';
import type { ArticleRef, GraphQuote, GraphStatement } from '../../src/graph/types.ts';
import { cacheKeyOf } from '../../src/site/page-cache-key.ts';
import { firstUnattributedPageData, unattributedPageData, unattributedPagePaths } from '../../src/site/unattributed-page.ts';
import { UNATTRIBUTED_PER_PAGE, unattributedPages } from '../../src/site/unattributed-pages.ts';

const newer: ArticleRef = { slug: 'newer', title: 'Newer story', headline: 'Newer story', headlineDerived: false, date: '2024-03-05' };
const older: ArticleRef = { slug: 'older', title: 'Older story', headline: 'Older story', headlineDerived: false, date: '2023-12-31' };
const context = { sentence: 'words', start: 0, end: 5 };
const quoteIn = (article: ArticleRef, id: string): GraphQuote => ({ article, id, quoteAnchor: `q-${id}`, anchor: 'p-0', context, cue: null, candidateSpeaker: null }) as GraphQuote;
const statementIn = (article: ArticleRef, text: string): GraphStatement => ({ article, text, anchor: 'p-0', context, cue: 'said' }) as GraphStatement;

/** Two quotes and a statement: one page. */
const short = { articles: [newer, older], unattributed: [quoteIn(newer, 'a'), quoteIn(older, 'b')], unattributedStatements: [statementIn(older, 'They would wait')] };
/** One quote more than a page holds, the last from the older article, and two statements of the newer: two pages. */
const long = {
  articles: [newer, older],
  unattributed: [...Array.from({ length: UNATTRIBUTED_PER_PAGE }, (_, index) => quoteIn(newer, `n${index}`)), quoteIn(older, 'last')],
  unattributedStatements: [statementIn(newer, 'Talks go on'), statementIn(newer, 'Prices would fall')],
};

function props(graph: typeof long, number: number) {
  const page = unattributedPages(graph)[number - 1];
  if (page === undefined) throw new Error(`fixture: no page ${number}`);
  return { unattributed: page, totalQuotes: graph.unattributed.length, totalStatements: graph.unattributedStatements.length };
}

describe('firstUnattributedPageData', () => {
  it('titles the first page plainly, last in a trail that starts at the speakers index', () => {
    const page = firstUnattributedPageData(short);
    expect([page.route, page.title, page.crumbs]).toEqual([
      'quotes/unattributed/',
      'Unattributed quotes',
      [{ label: 'Speakers', route: 'speakers/' }, { label: 'Unattributed quotes' }],
    ]);
  });

  it('counts every quote of a one-page list, adds no page note, and lists the statements as statements', () => {
    const page = firstUnattributedPageData(short);
    expect([page.quoteCount, page.pageNote, page.noQuotes, page.statements.map((statement) => statement.text)]).toEqual([2, null, false, ['They would wait']]);
  });

  it('links how corrections work from the page', () => {
    expect(firstUnattributedPageData(short).correctionsHref).toBe('../../about/index.html#corrections');
  });

  it('says every quote has a speaker when none lacks one', () => {
    const page = firstUnattributedPageData({ articles: [newer], unattributed: [], unattributedStatements: [] });
    expect([page.noQuotes, page.quoteCount, page.quotes]).toEqual([true, 0, []]);
  });
});

describe('unattributedPageData', () => {
  it("counts only the page's own quotes on the first of several pages, and says which page it is", () => {
    const page = unattributedPageData(props(long, 1));
    expect([page.quoteCount, page.pageNote]).toEqual([
      UNATTRIBUTED_PER_PAGE,
      `${UNATTRIBUTED_PER_PAGE + 1} quotes and 2 reported statements in all; this is page 1 of 2 (5 March 2024).`,
    ]);
  });

  it('titles a later page by its number and links the first page from the trail', () => {
    const page = unattributedPageData(props(long, 2));
    expect([page.route, page.title, page.crumbs]).toEqual([
      'quotes/unattributed/2/',
      'Unattributed quotes, page 2',
      [{ label: 'Speakers', route: 'speakers/' }, { label: 'Unattributed quotes', route: 'quotes/unattributed/' }, { label: 'Page 2' }],
    ]);
  });

  it("spans a later page's note from its newest article's date to its oldest's", () => {
    const page = unattributedPageData(props(long, 2));
    expect([page.quoteCount, page.pageNote, page.correctionsHref]).toEqual([
      1,
      `${UNATTRIBUTED_PER_PAGE + 1} quotes and 2 reported statements in all; this is page 2 of 2 (5 March 2024 to 31 December 2023).`,
      '../../../about/index.html#corrections',
    ]);
  });
});

describe("unattributedPageData's note on the totals", () => {
  const manyQuotes = (statements: GraphStatement[]) => ({ ...long, unattributedStatements: statements });

  it('writes one reported statement in the singular', () => {
    const page = unattributedPageData(props(manyQuotes([statementIn(newer, 'Talks go on')]), 1));
    expect(page.pageNote).toBe(`${UNATTRIBUTED_PER_PAGE + 1} quotes and 1 reported statement in all; this is page 1 of 2 (5 March 2024).`);
  });

  it('writes two reported statements in the plural', () => {
    const page = unattributedPageData(props(manyQuotes([statementIn(newer, 'Talks go on'), statementIn(older, 'Prices would fall')]), 1));
    expect(page.pageNote).toBe(`${UNATTRIBUTED_PER_PAGE + 1} quotes and 2 reported statements in all; this is page 1 of 2 (5 March 2024).`);
  });

  it('writes one quote in the singular when statements fill the pages', () => {
    const statements = Array.from({ length: UNATTRIBUTED_PER_PAGE }, (_, index) => statementIn(older, `Statement ${index}`));
    const graph = { articles: [newer, older], unattributed: [quoteIn(newer, 'only')], unattributedStatements: statements };
    const page = unattributedPageData(props(graph, 1));
    expect(page.pageNote).toBe(`1 quote and ${UNATTRIBUTED_PER_PAGE} reported statements in all; this is page 1 of 2 (5 March 2024 to 31 December 2023).`);
  });
});

describe('unattributedPagePaths', () => {
  it('has no path for the first page, which quotes/unattributed.astro builds', () => {
    expect(unattributedPagePaths(short)).toEqual([]);
  });

  it('keys each later page by the hash of its props: the page, then the total quotes and statements', () => {
    const second = props(long, 2);
    expect(unattributedPagePaths(long)).toEqual([
      { params: { page: '2' }, props: second, cacheKey: cacheKeyOf({ unattributed: second.unattributed, totalQuotes: UNATTRIBUTED_PER_PAGE + 1, totalStatements: 2 }) },
    ]);
  });
});
