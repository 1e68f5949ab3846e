import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import { articlesDataFile, entitiesDataFile, feedFile, quotesDataFile, sitemapFile } from '../../src/site/endpoint-page.ts';
import type { SiteData } from '../../src/site/site-graph.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const site: SiteData = { graph: buildSiteGraph(allArticles, entityList), articles: new Map(allArticles.map((article) => [article.slug, article])) };
const base = new URL('https://news.example.org/');

const all = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[1] as string);

describe('feedFile', () => {
  it('is an Atom feed of the articles, newest first, linked relative to the site root when no site is set', () => {
    const feed = feedFile(site, undefined);
    expect(feed.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(all(/<link rel="alternate" type="text\/html" href="([^"]+)"/g, feed.body)).toEqual([
      'articles/gas-deal/index.html',
      'articles/seoul-talks/index.html',
      'articles/lodz-visit/index.html',
    ]);
    expect(all(/<link rel="self" type="application\/atom\+xml" href="([^"]+)"/g, feed.body)).toEqual(['feed.xml']);
  });

  it('links the feed, the site and the articles by absolute URL under a configured site', () => {
    const { body } = feedFile(site, base);
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
    expect(all(/<loc>([^<]+)<\/loc>/g, sitemap.body).map((url) => url.replace('https://news.example.org/', ''))).toEqual([
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
      expect([file.contentType, file.body.includes('\n'), JSON.stringify(JSON.parse(file.body))]).toEqual(['application/json', false, file.body]);
    }
  });

  it('hold one record per article, entity page and quote, linked relative to the site root', () => {
    const ids = (body: string): unknown[] => (JSON.parse(body) as { items: { id: unknown }[] }).items.map((item) => item.id);
    expect(ids(articlesDataFile(site).body)).toEqual(['gas-deal', 'seoul-talks', 'lodz-visit']);
    expect(ids(entitiesDataFile(site).body)).toHaveLength(6);
    expect((JSON.parse(articlesDataFile(site).body) as { items: { url: string }[] }).items[0]?.url).toBe('articles/gas-deal/index.html');
    // Novak's and Putin's quotes and the one without a speaker.
    expect(ids(quotesDataFile(site).body)).toHaveLength(3);
  });
});
