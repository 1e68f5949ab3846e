import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareArticles, dateSourceOf } from '../../src/graph/article-order.ts';
import { refOf } from '../../src/graph/collect-evidence.ts';
import { buildArticlesJson, buildAtomFeed, buildSiteGraph, type HrefFor, type SiteArticle } from '../../src/graph/index.ts';
import { articleHeadline } from '../../src/graph/headline.ts';
import { headlineOf } from '../../src/site/headline.ts';
import { toSiteArticle, type StoredArticle } from '../../src/site/site-article.ts';
import { entityList, gasDeal, seoulTalks } from './fixtures.ts';

const hrefFor: HrefFor = (route) => `${route.page}/${route.slug}/`;

/** A titleless article, dated only by the day it was ingested. */
const untitled: SiteArticle = {
  ...gasDeal,
  slug: 'quay-closure',
  title: null,
  date: '2024-03-04',
  dateSource: 'ingested',
  paragraphs: ['The quay at Lerwick closed on Monday after a storm damaged its pilings. Repairs start next week.', 'More follows.'],
};

describe('articleHeadline', () => {
  test('is the title when the page had one', () => {
    expect(articleHeadline({ title: 'Quay closes', paragraphs: ['Storm damage.'] })).toEqual({ text: 'Quay closes', derived: false });
  });

  test('is the first sentence, without its full stop, when the page had none', () => {
    expect(articleHeadline(untitled)).toEqual({ text: 'The quay at Lerwick closed on Monday after a storm damaged its pilings', derived: true });
  });

  test('keeps an abbreviation inside the first sentence', () => {
    expect(articleHeadline({ title: null, paragraphs: ['Mr. Berg of the U.S. Coast Guard said no. Then he left.'] }).text).toBe(
      'Mr. Berg of the U.S. Coast Guard said no',
    );
  });

  test('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const text = `${'The harbour board met again '.repeat(10)}and decided.`;
    expect(articleHeadline({ title: null, paragraphs: [text] }).text).toBe(`${'The harbour board met again '.repeat(3)}The harbour board met…`);
  });

  test('any derived headline is at most 111 characters and starts the first paragraph', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }).filter((s) => s.trim() !== ''), (paragraph) => {
        const { text, derived } = articleHeadline({ title: null, paragraphs: [paragraph] });
        expect(derived).toBe(true);
        expect(text.length).toBeLessThanOrEqual(111);
        expect(paragraph.trim().startsWith(text.replace(/…$/u, '').trimEnd().slice(0, 20).trim())).toBe(true);
      }),
    );
  });

  test('headlineOf gives the same text from the article, and a plain placeholder from a null title alone', () => {
    expect(headlineOf(untitled)).toBe(articleHeadline(untitled).text);
    expect(headlineOf(null)).toBe('Untitled article');
  });
});

describe('the headline on every article reference', () => {
  const graph = buildSiteGraph([seoulTalks, untitled], entityList);
  const derived = 'The quay at Lerwick closed on Monday after a storm damaged its pilings';

  test("an untitled article's ref carries its derived headline, marked derived, and its date source", () => {
    expect(graph.articles.find((ref) => ref.slug === 'quay-closure')).toEqual({
      slug: 'quay-closure',
      title: null,
      headline: derived,
      headlineDerived: true,
      date: '2024-03-04',
      dateSource: 'ingested',
    });
  });

  test("a titled article's ref carries its title as the headline, not derived", () => {
    expect(graph.articles.find((ref) => ref.slug === 'seoul-talks')).toEqual({
      slug: 'seoul-talks',
      title: 'Moon and Putin meet in Seoul',
      headline: 'Moon and Putin meet in Seoul',
      headlineDerived: false,
      date: '2024-03-02',
    });
  });

  test('the refs on mentions, quotes and datelines carry the same headline', () => {
    const refs = [
      ...graph.entities.flatMap((entity) => [...entity.mentions.map((mention) => mention.article), ...entity.datelines]),
      ...graph.speakers.flatMap((speaker) => speaker.articles.map((group) => group.article)),
      ...graph.unattributed.map((quote) => quote.article),
    ].filter((ref) => ref.slug === 'quay-closure');
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs.map((ref) => `${ref.headline}|${ref.headlineDerived}`))).toEqual(new Set([`${derived}|true`]));
  });
});

describe('the derived headline in every output', () => {
  const articles = [seoulTalks, untitled];
  const graph = buildSiteGraph(articles, entityList);
  const derived = 'The quay at Lerwick closed on Monday after a storm damaged its pilings';

  test('the feed entry title', () => {
    expect(buildAtomFeed(articles, { selfHref: 'feed.xml', hrefFor })).toContain(`<title>${derived}</title>`);
  });

  test('articles.json title, titleDerived and dateSource', () => {
    const record = buildArticlesJson(articles, graph, hrefFor).items.find((item) => item.id === 'quay-closure');
    expect(record).toMatchObject({ title: derived, titleDerived: true, date: '2024-03-04', dateSource: 'ingested' });
  });
});

describe('dates in the feed', () => {
  test('an ingestion day dates the entry but is not its <published>', () => {
    const feed = buildAtomFeed([untitled], { selfHref: 'feed.xml', hrefFor });
    expect(feed).toContain('    <updated>2024-03-04T00:00:00Z</updated>');
    expect(feed).not.toContain('<published>');
  });

  test("the feed's <updated> is the newest entry date, ingestion days included, never 1970", () => {
    const feed = buildAtomFeed([seoulTalks, untitled], { selfHref: 'feed.xml', hrefFor });
    expect(feed).toContain('  <updated>2024-03-04T00:00:00Z</updated>');
    expect(feed).not.toContain('1970');
  });

  test('an undated entry takes the newest date of the feed rather than 1970', () => {
    const { date: _none, ...undated } = { ...gasDeal, slug: 'undated' };
    const feed = buildAtomFeed([seoulTalks, undated], { selfHref: 'feed.xml', hrefFor });
    expect(feed).not.toContain('1970');
  });
});

describe('dates from the collection entry', () => {
  const extraction = gasDeal.extraction;
  const stored = (id: string, title: string | null, dates: { date?: string; ingested?: string }): StoredArticle => ({
    id,
    data: { title, caption: null, dateline: [], ...dates },
  });

  test('a publication date wins over an ingestion day', () => {
    const article = toSiteArticle(stored('a', 'A', { date: '2020-01-01', ingested: '2024-01-01' }), { extraction, paragraphs: ['Ferries ran again.'] });
    expect([article.date, dateSourceOf(article)]).toEqual(['2020-01-01', 'published']);
  });

  test('the ingestion day stands in when there is no publication date', () => {
    const article = toSiteArticle(stored('a', 'A', { ingested: '2024-01-01' }), { extraction, paragraphs: ['Ferries ran again.'] });
    expect([article.date, dateSourceOf(article)]).toEqual(['2024-01-01', 'ingested']);
  });

  test('order is by date, the ingestion day included, then by title', () => {
    const refs = [
      toSiteArticle(stored('old-published', 'Zeta', { date: '2020-01-01' }), { extraction, paragraphs: ['Ferries ran again.'] }),
      toSiteArticle(stored('new-ingested', 'Beta', { ingested: '2024-01-01' }), { extraction, paragraphs: ['Ferries ran again.'] }),
      toSiteArticle(stored('new-published', 'Alpha', { date: '2024-01-01' }), { extraction, paragraphs: ['Ferries ran again.'] }),
      toSiteArticle(stored('undated', 'Aardvark', {}), { extraction, paragraphs: ['Ferries ran again.'] }),
    ];
    expect(refs.map(refOf).sort(compareArticles).map((ref) => ref.slug)).toEqual(['new-published', 'new-ingested', 'old-published', 'undated']);
  });
});
