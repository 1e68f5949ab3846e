import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { ArticleRef, GraphQuote, GraphStatement, SiteArticle } from '../../src/graph/types.ts';
import { sourceOf, UNATTRIBUTED_PER_PAGE, unattributedPages } from '../../src/site/unattributed-pages.ts';
import { allArticles, entityList, seoulTalks } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);

const newer: ArticleRef = { slug: 'newer', title: 'Newer story', headline: 'Newer story', headlineDerived: false, date: '2024-03-05' };
const older: ArticleRef = { slug: 'older', title: null, headline: 'The older story began here', headlineDerived: true, date: '2023-12-31' };
const context = { sentence: 'words', start: 0, end: 5 };
const quoteIn = (article: ArticleRef, id: string): GraphQuote => ({ article, id, quoteAnchor: `q-${id}`, anchor: 'p-0', context, cue: null, candidateSpeaker: null }) as GraphQuote;
const statementIn = (article: ArticleRef, text: string): GraphStatement => ({ article, text, anchor: 'p-0', context, cue: 'said' }) as GraphStatement;

describe('sourceOf', () => {
  it('names the article by its headline, links it and dates it', () => {
    expect(sourceOf(newer)).toEqual({ headline: 'Newer story', route: 'articles/newer/', date: '5 March 2024', isoDate: '2024-03-05' });
  });

  it('says "Added" when the date is only the day the article was ingested', () => {
    expect(sourceOf({ ...newer, dateSource: 'ingested' })).toMatchObject({ date: 'Added 5 March 2024', isoDate: '2024-03-05' });
  });

  it('has no date for an undated article', () => {
    expect(sourceOf({ slug: 'x', title: 'X', headline: 'X', headlineDerived: false })).toMatchObject({ date: null, isoDate: null });
  });

  it('names an article without a title by its derived headline, never a placeholder', () => {
    expect(sourceOf(older).headline).toBe('The older story began here');
  });

  it("names a quote from an untitled article in the built graph by that article's first sentence", () => {
    // The Seoul fixture opens 'Vladimir Putin met Moon Jae-in in Seoul on Monday.' and has an unattributed quote.
    const untitled: SiteArticle = { ...seoulTalks, title: null };
    const [first] = unattributedPages(buildSiteGraph([untitled], entityList));
    expect(first?.quotes.map((item) => [item.quote.text, item.source.headline])).toEqual([['Energy ties will grow', 'Vladimir Putin met Moon Jae-in in Seoul on Monday']]);
  });
});

describe('unattributedPages', () => {
  it('lists the seed graph\'s unattributed quote with its article on the first page', () => {
    const [first] = unattributedPages(graph);
    expect(first?.quotes.map((item) => [item.quote.text, item.source.headline, item.source.date])).toEqual([['Energy ties will grow', 'Moon and Putin meet in Seoul', '2 March 2024']]);
    expect(first?.route).toBe('quotes/unattributed/');
  });

  it('orders quotes and statements by their article, newest first, a quote before a statement of the same article', () => {
    const pages = unattributedPages({
      articles: [newer, older],
      unattributed: [quoteIn(older, 'a'), quoteIn(newer, 'b')],
      unattributedStatements: [statementIn(older, 'c'), statementIn(newer, 'd')],
    });
    expect(pages[0]?.quotes.map((item) => item.quote.id)).toEqual(['b', 'a']);
    expect(pages[0]?.statements.map((item) => item.statement.text)).toEqual(['d', 'c']);
  });

  it('runs on to numbered pages, each dated by its newest and oldest article', () => {
    const quotes = [
      ...Array.from({ length: UNATTRIBUTED_PER_PAGE }, (_, index) => quoteIn(newer, `n${index}`)),
      quoteIn(older, 'o'),
    ];
    const pages = unattributedPages({ articles: [newer, older], unattributed: quotes, unattributedStatements: [] });
    expect(pages.map((page) => [page.route, page.quotes.length, page.newest, page.oldest])).toEqual([
      ['quotes/unattributed/', UNATTRIBUTED_PER_PAGE, '5 March 2024', '5 March 2024'],
      ['quotes/unattributed/2/', 1, '31 December 2023', '31 December 2023'],
    ]);
  });

  it('makes one empty first page when every quote has a speaker', () => {
    expect(unattributedPages({ articles: [], unattributed: [], unattributedStatements: [] }).map((page) => page.route)).toEqual(['quotes/unattributed/']);
  });

  it('refuses a quote whose article is not in the graph', () => {
    expect(() => unattributedPages({ articles: [], unattributed: [quoteIn(older, 'a')], unattributedStatements: [] })).toThrow(
      'unattributed list: article "older" is not in the site graph\'s article list',
    );
  });
});
