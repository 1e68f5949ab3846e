import { describe, expect, it } from 'vitest';
import type { ArticleRef, GraphQuote, GraphStatement, SiteArticle, SiteEntity, Speaker } from '../../src/graph/types.ts';
import type { EntityKind } from '../../src/extract/types.ts';
import { ARTICLES_PER_PAGE, frontPages, teaserBytes } from '../../src/site/front-pages.ts';
import { entityIndex, NAMES_PER_PAGE, nameBytes, speakerIndex } from '../../src/site/name-index-pages.ts';
import { ITEM_BYTE_BUDGET, PAGE_BYTE_LIMIT, PAGE_CHROME_BYTES } from '../../src/site/paginate.ts';
import { UNATTRIBUTED_PER_PAGE, unattributedItemBytes, unattributedPages } from '../../src/site/unattributed-pages.ts';

/**
 * A synthetic archive of 20,000 articles, ~100,000 entities, 20,000
 * speakers and 40,000 unattributed quotes, with names, headlines and
 * sentences of realistic length, built directly as the graph's types: the
 * page data of every listing page must stay within the page limit.
 */
const ARTICLES = 20_000;
const GIVEN = ['Alexander', 'Maria', 'Jean-Pierre', 'Łukasz', 'Siobhán', 'Oluwaseun', 'Ana', 'Wolfgang'];
const FAMILY = ['Novak', 'van der Berg', 'Müller', 'al-Rashid', 'Papadopoulos', 'Boyd', 'Kowalczyk', 'De Souza'];
const KINDS: EntityKind[] = ['person', 'place', 'organization', 'event'];
const SENTENCE = 'The minister said on Tuesday that the talks, which ran late into the night, had "made real progress on the harder questions" and would resume within the week.';

const date = (index: number): string => new Date(Date.UTC(2024, 0, 1) - index * 3_600_000).toISOString().slice(0, 10);
const refs: ArticleRef[] = Array.from({ length: ARTICLES }, (_, index) => {
  const title = `Talks resume after a long night in the capital as ministers weigh a deal (${index})`;
  return { slug: `talks-resume-after-a-long-night-in-the-capital-${index}`, title, headline: title, headlineDerived: false, date: date(index) };
});
const articles: SiteArticle[] = refs.map((ref) => ({
  ...ref,
  title: ref.title,
  dateline: ['Brussels'],
  paragraphs: [`${SENTENCE} ${SENTENCE}`],
  captionText: null,
  extraction: {} as SiteArticle['extraction'],
}));

function nameOf(index: number, kind: EntityKind): string {
  const given = GIVEN[index % GIVEN.length] as string;
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length] as string;
  if (kind === 'person') return `${given} ${family} ${index}`;
  return `The ${family} ${kind === 'place' ? 'Valley' : kind === 'event' ? 'Summit' : 'Holdings'} ${index}`;
}

const entities: SiteEntity[] = Array.from({ length: 100_000 }, (_, index) => {
  const kind = KINDS[index % KINDS.length] as EntityKind;
  const name = nameOf(index, kind);
  return { name, kind, slug: `${name.toLowerCase().replace(/\s+/g, '-')}`, mentionCount: 1234, articleCount: 567 } as SiteEntity;
});
const speakers: Speaker[] = Array.from({ length: 20_000 }, (_, index) => ({
  name: nameOf(index, 'person'),
  slug: `speaker-${index}`,
  kind: 'person',
  quoteCount: 321,
  articles: [],
  statements: [],
}));
const context = { sentence: SENTENCE, start: 60, end: 110, clippedStart: true as const, clippedEnd: true as const };
const unattributed = Array.from({ length: 40_000 }, (_, index): GraphQuote => {
  const article = refs[index % ARTICLES] as ArticleRef;
  return { article, id: `q${index}`, quoteAnchor: `q-b1-${index}`, anchor: 'p-0', context, cue: 'said', candidateSpeaker: 'an official of the ministry' } as GraphQuote;
});
const statements = Array.from({ length: 10_000 }, (_, index): GraphStatement => {
  const article = refs[(index * 7) % ARTICLES] as ArticleRef;
  return { article, anchor: 'p-0', context, cue: 'said', text: 'made real progress' } as GraphStatement;
});

/** The bytes of a page's items, by the same bound the pagination used, and the most items any page has. */
function budgetOf<T>(pages: { items: T[] }[], bytesOf: (item: T) => number): { mostBytes: number; mostItems: number } {
  return {
    mostBytes: Math.max(...pages.map((page) => page.items.reduce((sum, item) => sum + bytesOf(item), 0))),
    mostItems: Math.max(...pages.map((page) => page.items.length)),
  };
}

describe('listing pages of a 20,000-article archive', () => {
  it('front page: 50 articles a page, each within its bound, under 300 KB', () => {
    const pages = frontPages(articles).map((front) => front.page);
    const biggest = Math.max(...articles.map(teaserBytes));
    expect(pages).toHaveLength(ARTICLES / ARTICLES_PER_PAGE);
    expect(ARTICLES_PER_PAGE * biggest + PAGE_CHROME_BYTES).toBeLessThan(PAGE_BYTE_LIMIT);
    expect(budgetOf(pages, teaserBytes).mostBytes).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
  });

  it('entity index: letter pages of at most 500 names, each within its bound, under 300 KB', () => {
    const index = entityIndex({ entities });
    const pages = index.pages.map((letterPage) => letterPage.page);
    const biggest = Math.max(...pages.flatMap((page) => page.items.map(nameBytes)));
    expect(NAMES_PER_PAGE * biggest + PAGE_CHROME_BYTES).toBeLessThan(PAGE_BYTE_LIMIT);
    const { mostBytes, mostItems } = budgetOf(pages, nameBytes);
    expect(mostItems).toBeLessThanOrEqual(NAMES_PER_PAGE);
    expect(mostBytes).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
    expect(pages.reduce((sum, page) => sum + page.items.length, 0)).toBe(entities.length);
  });

  it('entity index overview: one link per letter, not one per name', () => {
    expect(entityIndex({ entities }).letters.length).toBeLessThanOrEqual(27);
  });

  it('speakers index: letter pages within the same bounds', () => {
    const pages = speakerIndex({ speakers }).pages.map((letterPage) => letterPage.page);
    const { mostBytes, mostItems } = budgetOf(pages, nameBytes);
    expect(mostItems).toBeLessThanOrEqual(NAMES_PER_PAGE);
    expect(mostBytes).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
  });

  it('unattributed quotes: pages of at most 100 quotes and statements, each within its bound, under 300 KB', () => {
    const pages = unattributedPages({ articles: refs, unattributed, unattributedStatements: statements }).map((page) => ({
      items: [...page.quotes, ...page.statements],
    }));
    const biggest = Math.max(...pages.flatMap((page) => page.items.map(unattributedItemBytes)));
    expect(UNATTRIBUTED_PER_PAGE * biggest + PAGE_CHROME_BYTES).toBeLessThan(PAGE_BYTE_LIMIT);
    const { mostBytes, mostItems } = budgetOf(pages, unattributedItemBytes);
    expect(mostItems).toBeLessThanOrEqual(UNATTRIBUTED_PER_PAGE);
    expect(mostBytes).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
  });
});
