import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteArticle, SiteGraph } from '../../src/graph/types.ts';
import { articlePageData, type ArticleEntry } from '../../src/site/article-page.ts';
import type { SiteData } from '../../src/site/site-graph.ts';
import { toSiteArticle } from '../../src/site/site-article.ts';
import { extraction } from '../render/spans.ts';
import { renderedFileFor } from './support/rendered-entry.ts';
import { allArticles, entityList, gasDeal, seoulTalks } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);
const data = (built: SiteGraph, articles: readonly SiteArticle[] = allArticles): SiteData => ({
  graph: built,
  articles: new Map(articles.map((article) => [article.slug, article])),
});

/** The collection entry an article was loaded from, as the page receives it. */
const entryOf = (article: SiteArticle): ArticleEntry => {
  const body = article.paragraphs.join('\n\n');
  return {
    id: article.slug,
    filePath: `content/articles/${article.slug}.md`,
    data: { title: article.title, caption: article.captionText, dateline: article.dateline, renderedFile: renderedFileFor(article, body) },
  };
};

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('articlePageData', () => {
  test('renders a part the loader left to the page from the markdown in the rendered file, as the loader would have', () => {
    const entry = entryOf(seoulTalks);
    const ahead = articlePageData(entry, data(graph)).bodyHtml;
    const file = entry.data.renderedFile;
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), body: null }));
    expect(articlePageData(entry, data(graph)).bodyHtml).toBe(ahead);
  });

  test('gives the body a drop cap when its first paragraph opens with a letter', () => {
    const page = articlePageData(entryOf(seoulTalks), data(graph));
    expect(page.bodyClass).toBe('story-body drop-cap');
  });

  test('gives the body no drop cap when its first paragraph opens with a dash', () => {
    const dashed: SiteArticle = { ...seoulTalks, slug: 'dash-first', paragraphs: ['— and so the talks ended.'], extraction: extraction({}) };
    const withDashed = [...allArticles, dashed];
    const page = articlePageData(entryOf(dashed), data(buildSiteGraph(withDashed, entityList), withDashed));
    expect(page.bodyClass).toBe('story-body');
  });

  test('gives the headline and no headline note to a titled article', () => {
    const page = articlePageData(entryOf(seoulTalks), data(graph));
    expect([page.headline, page.headlineNote]).toEqual([{ text: 'Moon and Putin meet in Seoul', derived: false }, null]);
  });

  test('carries nothing the page would say twice: no breadcrumb trail, side panel or JSON-LD', () => {
    const page = articlePageData(entryOf(seoulTalks), data(graph));
    expect(['crumbs', 'panel', 'jsonLd', 'placeHrefs'].filter((key) => key in page)).toEqual([]);
  });

  test('notes a headline made from the first sentence of an untitled article', () => {
    const untitled: SiteArticle = { ...seoulTalks, slug: 'untitled-talks', title: null };
    const withUntitled = [...allArticles, untitled];
    const page = articlePageData(entryOf(untitled), data(buildSiteGraph(withUntitled, entityList), withUntitled));
    expect([page.headline.derived, page.headlineNote]).toEqual([true, 'Headline from the first sentence']);
  });

  test('dates an article without a publication date by the day it was added', () => {
    const entry = entryOf(seoulTalks);
    const page = articlePageData({ ...entry, data: { ...entry.data, ingested: '2024-03-04' } }, data(graph));
    expect([page.date, page.added]).toEqual([undefined, { datetime: '2024-03-04', label: 'Added 4 March 2024' }]);
  });

  test('names the file of an article the site graph does not hold', () => {
    const error = thrownBy(() => articlePageData(entryOf(seoulTalks), data(graph, [gasDeal])));
    expect(error.message).toBe(
      'content/articles/seoul-talks.md (article "seoul-talks"): preparing its page failed: the article is missing from the site graph',
    );
  });

  test('names the file when a step of the page fails, keeping the original error as the cause', () => {
    // A graph whose slug table is missing makes the page's links throw a TypeError.
    const broken = { ...graph, slugByArticleEntity: undefined } as unknown as SiteGraph;
    const error = thrownBy(() => articlePageData(entryOf(seoulTalks), data(broken)));
    expect(error.message.startsWith('content/articles/seoul-talks.md (article "seoul-talks"): preparing its page failed: ')).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.message).toContain((error.cause as Error).message);
  });
});

describe('toSiteArticle', () => {
  test('keeps the entry file, so errors about the article can name it', () => {
    const stored = { id: 'calm-day', filePath: 'content/articles/calm-day.md', data: { title: null, caption: null, dateline: [] } };
    expect(toSiteArticle(stored, { extraction: extraction({}), paragraphs: ['Nothing happened.'] })).toMatchObject({ slug: 'calm-day', file: 'content/articles/calm-day.md', paragraphs: ['Nothing happened.'] });
  });
});
