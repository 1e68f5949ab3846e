import { describe, expect, test } from 'vitest';
import {
  buildArticlesJson,
  buildAtomFeed,
  buildEntitiesJson,
  buildQuotesJson,
  buildSiteGraph,
  entityJsonLd,
  escapeXml,
  jsonLdDocument,
  serializeJsonLd,
  type HrefFor,
  type SiteArticle,
} from '../../src/graph/index.ts';
import { allArticles, entityList, gasDeal, seoulTalks } from './fixtures.ts';

const hrefFor: HrefFor = (route) =>
  route.page === 'article' ? `articles/${route.slug}/index.html${route.fragment ? `#${route.fragment}` : ''}` : `${route.page === 'entity' ? 'entities' : 'speakers'}/${route.slug}/index.html`;
const graph = buildSiteGraph(allArticles, entityList);

describe('data files', () => {
  test('articles.json lists each article with its entities by mentions and its quote ids', () => {
    expect(buildArticlesJson(allArticles, graph, hrefFor).items[1]).toEqual({
      id: 'seoul-talks',
      title: 'Moon and Putin meet in Seoul',
      titleDerived: false,
      date: '2024-03-02',
      dateSource: 'published',
      dateline: ['Seoul'],
      url: 'articles/seoul-talks/index.html',
      entities: [
        { id: 'moon-jae-in', name: 'Moon Jae-in', kind: 'person', mentions: 2, url: 'entities/moon-jae-in/index.html' },
        { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', mentions: 2, url: 'entities/vladimir-putin/index.html' },
        { id: 'seoul', name: 'Seoul', kind: 'place', mentions: 1, url: 'entities/seoul/index.html' },
      ],
      quotes: ['seoul-talks#q-1-0', 'seoul-talks#q-2-47'],
    });
  });

  test('entities.json gives list fields, counts, page and speaker urls', () => {
    const putin = buildEntitiesJson(graph, hrefFor).items.find((item) => item.id === 'vladimir-putin');
    expect(putin).toEqual({
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      kind: 'person',
      listId: null,
      description: null,
      wikidata: null,
      aliases: ['Putin', 'Vladimir Putin'],
      mentionCount: 4,
      articleCount: 2,
      url: 'entities/vladimir-putin/index.html',
      speakerUrl: 'speakers/vladimir-putin/index.html',
      related: [
        { id: 'alexander-novak', articles: 1 },
        { id: 'moon-jae-in', articles: 1 },
        { id: 'seoul', articles: 1 },
      ],
      relatedCount: 3,
    });
  });

  test('quotes.json lists every speech quote, newest article first, with a link to the quote', () => {
    const items = buildQuotesJson(graph, hrefFor).items;
    expect(items.map((item) => [item.id, item.speaker?.id ?? null, item.url])).toEqual([
      ['gas-deal#q-1-0', 'alexander-novak', 'articles/gas-deal/index.html#q-1-0'],
      ['seoul-talks#q-1-0', 'vladimir-putin', 'articles/seoul-talks/index.html#q-1-0'],
      ['seoul-talks#q-2-47', null, 'articles/seoul-talks/index.html#q-2-47'],
    ]);
  });

  test('every data file says it is format version 3: article titles are never null and dates may be ingestion days', () => {
    const files = [buildArticlesJson(allArticles, graph, hrefFor), buildEntitiesJson(graph, hrefFor), buildQuotesJson(graph, hrefFor)];
    expect(files.map((file) => file.version)).toEqual([3, 3, 3]);
  });
});

describe('JSON-LD', () => {
  test('a listed entity carries its names other than its own, description and Wikidata item', () => {
    const moon = graph.entities.find((entity) => entity.slug === 'moon-jae-in');
    expect(moon && entityJsonLd(moon, hrefFor)).toEqual({
      '@type': 'Person',
      name: 'Moon Jae-in',
      url: 'entities/moon-jae-in/index.html',
      alternateName: ['Moon'],
      description: 'President of South Korea',
      sameAs: 'https://www.wikidata.org/wiki/Q21001',
    });
  });

  test('an entity known only from the text has just its type, name and url', () => {
    const seoul = graph.entities.find((entity) => entity.slug === 'seoul');
    expect(seoul && entityJsonLd(seoul, hrefFor)).toEqual({
      '@type': 'Place',
      name: 'Seoul',
      url: 'entities/seoul/index.html',
    });
  });

  test('wraps nodes in one document with the schema.org context', () => {
    expect(jsonLdDocument([{ '@type': 'Thing' }])).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing' }] });
  });
});

describe('serializeJsonLd', () => {
  const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };

  test('escapes <, >, &, U+2028 and U+2029', () => {
    expect(serializeJsonLd(hostile)).toBe(
      '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029"}',
    );
  });

  test('parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

describe('Atom feed', () => {
  const hostileArticle: SiteArticle = {
    ...gasDeal,
    slug: 'odd',
    title: 'Tom & Jerry <b>"quoted"</b>\u0001',
    date: '2024-04-01',
    paragraphs: ["It's <fine> & \uD800done"],
  };

  test('cuts a long opening paragraph to a summary of about 300 characters at a word boundary', () => {
    const runOn: SiteArticle = { ...gasDeal, paragraphs: [`${'The talks went on and '.repeat(2000)}ended.`] };
    const summary = /<summary>(.*)<\/summary>/.exec(buildAtomFeed([runOn], { selfHref: 'feed.xml', hrefFor }))?.[1];
    expect(summary).toBe(`${'The talks went on and '.repeat(13)}The talks went…`);
  });

  test('lists articles newest first with relative links and URN ids when no site URL is known', () => {
    expect(buildAtomFeed([seoulTalks, gasDeal], { selfHref: 'feed.xml', hrefFor })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '  <id>urn:newsgraph:feed</id>',
        '  <title>newsgraph</title>',
        '  <updated>2024-03-05T00:00:00Z</updated>',
        '  <author><name>newsgraph</name></author>',
        '  <link rel="self" type="application/atom+xml" href="feed.xml"/>',
        '  <entry>',
        '    <id>urn:newsgraph:article:gas-deal</id>',
        '    <title>Gas deal signed</title>',
        '    <link rel="alternate" type="text/html" href="articles/gas-deal/index.html"/>',
        '    <updated>2024-03-05T00:00:00Z</updated>',
        '    <published>2024-03-05T00:00:00Z</published>',
        '    <summary>Putin said the deal was fair.</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>urn:newsgraph:article:seoul-talks</id>',
        '    <title>Moon and Putin meet in Seoul</title>',
        '    <link rel="alternate" type="text/html" href="articles/seoul-talks/index.html"/>',
        '    <updated>2024-03-02T00:00:00Z</updated>',
        '    <published>2024-03-02T00:00:00Z</published>',
        '    <summary>Vladimir Putin met Moon Jae-in in Seoul on Monday.</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  test('uses absolute URLs as ids and links when the site URL is known', () => {
    const feed = buildAtomFeed([gasDeal], { selfHref: 'feed.xml', hrefFor, siteUrl: 'https://news.example/' });
    expect(feed).toContain('<id>https://news.example/articles/gas-deal/index.html</id>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://news.example/feed.xml"/>');
  });

  test('escapes markup and drops characters XML cannot hold', () => {
    const feed = buildAtomFeed([hostileArticle], { selfHref: 'feed.xml', hrefFor });
    expect(feed).toContain('<title>Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;</title>');
    expect(feed).toContain('<summary>It&apos;s &lt;fine&gt; &amp; done</summary>');
  });

  test('escapeXml keeps a valid surrogate pair', () => {
    expect(escapeXml('😀 & \u0000')).toBe('😀 &amp; ');
  });
});
