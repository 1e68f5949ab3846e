import { describe, expect, it } from 'vitest';
import { buildArticlesJson, buildEntitiesJson, buildQuotesJson, buildSiteGraph } from '../../src/graph/index.ts';
import { articlesDataFile, entitiesDataFile, type EndpointFile, feedFile, quotesDataFile, sitemapFile } from '../../src/site/endpoint-page.ts';
import { rootHref } from '../../src/site/site-href.ts';
import type { SiteData } from '../../src/site/site-graph.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const site: SiteData = { graph: buildSiteGraph(allArticles, entityList), articles: new Map(allArticles.map((article) => [article.slug, article])) };
const base = new URL('https://news.example.org/');

/** A file's whole text, joined from its pieces when it comes in pieces. */
const textOf = (file: EndpointFile): string => (typeof file.body === 'string' ? file.body : [...file.body].join(''));

const all = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[1] as string);

describe('feedFile', () => {
  it('is an Atom feed of the articles, newest first, linked relative to the site root when no site is set', () => {
    const feed = feedFile(site, undefined);
    expect(feed.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(all(/<link rel="alternate" type="text\/html" href="([^"]+)"/g, textOf(feed))).toEqual([
      'articles/gas-deal/index.html',
      'articles/seoul-talks/index.html',
      'articles/lodz-visit/index.html',
    ]);
    expect(all(/<link rel="self" type="application\/atom\+xml" href="([^"]+)"/g, textOf(feed))).toEqual(['feed.xml']);
  });

  it('links the feed, the site and the articles by absolute URL under a configured site', () => {
    const body = textOf(feedFile(site, base));
    expect(all(/<link rel="self" type="application\/atom\+xml" href="([^"]+)"/g, body)).toEqual(['https://news.example.org/feed.xml']);
    expect(all(/<link rel="alternate" type="text\/html" href="([^"]+)"/g, body)).toEqual([
      'https://news.example.org/',
      'https://news.example.org/articles/gas-deal/index.html',
      'https://news.example.org/articles/seoul-talks/index.html',
      'https://news.example.org/articles/lodz-visit/index.html',
    ]);
  });
});

describe('sitemapFile', () => {
  it('lists the list pages, then the articles in front-page order, then the entities and speakers, as absolute URLs', () => {
    const sitemap = sitemapFile(site, base);
    expect(sitemap.contentType).toBe('application/xml; charset=utf-8');
    expect(all(/<loc>([^<]+)<\/loc>/g, textOf(sitemap)).map((url) => url.replace('https://news.example.org/', ''))).toEqual([
      '',
      'about/',
      'entities/',
      'entities/letter/l/',
      'entities/letter/m/',
      'entities/letter/n/',
      'entities/letter/p/',
      'entities/letter/s/',
      'speakers/',
      'speakers/letter/n/',
      'speakers/letter/p/',
      'quotes/unattributed/',
      'articles/gas-deal/',
      'articles/seoul-talks/',
      'articles/lodz-visit/',
      'entities/alexander-novak/',
      'entities/%C5%82%C3%B3d%C5%BA/',
      'entities/moon-jae-in/',
      'entities/seoul/',
      'entities/thomas-m%C3%BCller/',
      'entities/vladimir-putin/',
      'speakers/alexander-novak/',
      'speakers/vladimir-putin/',
    ]);
  });
});

describe('the data files', () => {
  it('are JSON on one line, as Response.json writes it', () => {
    for (const file of [articlesDataFile(site), entitiesDataFile(site), quotesDataFile(site)]) {
      const text = textOf(file);
      expect([file.contentType, text.includes('\n'), JSON.stringify(JSON.parse(text))]).toEqual(['application/json', false, text]);
    }
  });

  it('hold one record per article, entity page and quote, linked relative to the site root', () => {
    const ids = (body: string): unknown[] => (JSON.parse(body) as { items: { id: unknown }[] }).items.map((item) => item.id);
    expect(ids(textOf(articlesDataFile(site)))).toEqual(['gas-deal', 'seoul-talks', 'lodz-visit']);
    expect(ids(textOf(entitiesDataFile(site)))).toHaveLength(6);
    expect((JSON.parse(textOf(articlesDataFile(site))) as { items: { url: string }[] }).items[0]?.url).toBe('articles/gas-deal/index.html');
    // Novak's and Putin's quotes and the one without a speaker.
    expect(ids(textOf(quotesDataFile(site)))).toHaveLength(3);
  });

  it('come in pieces whose text is the whole file’s JSON, byte for byte', () => {
    const articles = [...site.articles.values()];
    const file = articlesDataFile(site);
    expect(typeof file.body).not.toBe('string');
    expect(textOf(file)).toBe(JSON.stringify(buildArticlesJson(articles, site.graph, rootHref)));
    expect(textOf(entitiesDataFile(site))).toBe(JSON.stringify(buildEntitiesJson(site.graph, rootHref)));
    expect(textOf(quotesDataFile(site))).toBe(JSON.stringify(buildQuotesJson(site.graph, rootHref)));
  });
});
