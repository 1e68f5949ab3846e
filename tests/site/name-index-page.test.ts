import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { GraphQuote, Speaker } from '../../src/graph/types.ts';
import { entityIndexPageData, speakerIndexPageData, TOP_SPEAKERS } from '../../src/site/name-index-page.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);

const speaker = (name: string, slug: string, quoteCount: number): Speaker => ({ name, slug, kind: 'person', quoteCount, articles: [], statements: [] });

describe('entityIndexPageData', () => {
  it('says how many names the articles hold in all, and describes the page by the same counts', () => {
    const page = entityIndexPageData(graph);
    expect([page.route, page.title, page.crumbs, page.lede, page.description]).toEqual([
      'entities/',
      'Entities',
      [{ label: 'Entities' }],
      'The people, places, organizations and events named in 3 articles: 6 in all. People are listed under their family name.',
      '6 people, places, organizations and events named in 3 articles, by letter.',
    ]);
  });

  it('counts the names of each kind', () => {
    expect(entityIndexPageData(graph).kinds).toEqual([
      { kind: 'person', plural: 'People', count: 4 },
      { kind: 'place', plural: 'Places', count: 2 },
    ]);
  });

  it("links each letter's first page from the index, with its count of names", () => {
    expect(entityIndexPageData(graph).overview).toEqual([
      { letter: 'L', href: 'letter/l/index.html', count: '1 name' },
      { letter: 'M', href: 'letter/m/index.html', count: '2 names' },
      { letter: 'N', href: 'letter/n/index.html', count: '1 name' },
      { letter: 'P', href: 'letter/p/index.html', count: '1 name' },
      { letter: 'S', href: 'letter/s/index.html', count: '1 name' },
    ]);
  });
});

describe('speakerIndexPageData', () => {
  it('counts the speakers, and links the quotes that have no confident speaker with their count', () => {
    const page = speakerIndexPageData(graph);
    expect([page.route, page.title, page.crumbs, page.total, page.description, page.unattributed]).toEqual([
      'speakers/',
      'Speakers',
      [{ label: 'Speakers' }],
      2,
      '2 speakers quoted or reported in the articles, with their quotes, by letter.',
      { href: '../quotes/unattributed/index.html', text: '1 quote has no confident speaker.' },
    ]);
  });

  it('says "quotes have" of several quotes without a speaker', () => {
    const page = speakerIndexPageData({ speakers: [], unattributed: [{} as GraphQuote, {} as GraphQuote] });
    expect(page.unattributed.text).toBe('2 quotes have no confident speaker.');
  });

  it('names the most quoted speakers, most first, by their short names and linked to their pages', () => {
    const speakers = [
      speaker('Ann Abbott', 'ann-abbott', 2),
      speaker('Bea Bell', 'bea-bell', 7),
      speaker('Cy Coe', 'cy-coe', 1),
      speaker('Dee Dunn', 'dee-dunn', 5),
      speaker('Eli Eve', 'eli-eve', 4),
      speaker('Fay Fox', 'fay-fox', 3),
    ];
    const page = speakerIndexPageData({ speakers, unattributed: [] });
    expect(page.topSpeakers).toHaveLength(TOP_SPEAKERS);
    expect(page.topSpeakers).toEqual([
      { href: 'bea-bell/index.html', name: 'Bea Bell', count: '7 quotes' },
      { href: 'dee-dunn/index.html', name: 'Dee Dunn', count: '5 quotes' },
      { href: 'eli-eve/index.html', name: 'Eli Eve', count: '4 quotes' },
      { href: 'fay-fox/index.html', name: 'Fay Fox', count: '3 quotes' },
      { href: 'ann-abbott/index.html', name: 'Ann Abbott', count: '2 quotes' },
    ]);
  });

  it('names no one as most quoted when no speaker has a quote', () => {
    expect(speakerIndexPageData({ speakers: [speaker('Ann Abbott', 'ann-abbott', 0)], unattributed: [] }).topSpeakers).toEqual([]);
  });

  it("links each letter's first page from the index, with its count of names", () => {
    expect(speakerIndexPageData(graph).overview).toEqual([
      { letter: 'N', href: 'letter/n/index.html', count: '1 name' },
      { letter: 'P', href: 'letter/p/index.html', count: '1 name' },
    ]);
  });
});
