import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteEntity } from '../../src/graph/types.ts';
import { entityPageData } from '../../src/site/entity-page.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);
const entity = (slug: string): SiteEntity => {
  const found = graph.entityBySlug.get(slug);
  if (found === undefined) throw new Error(`fixture: no entity ${slug}`);
  return found;
};

describe('entityPageData', () => {
  test('links the speaker page from the facts and under the quotes, with the counts in words', () => {
    const page = entityPageData(entity('vladimir-putin'), graph, undefined);
    expect(page.facts).toEqual({
      mentioned: '4 times in 2 articles',
      otherNames: 'Putin',
      roles: null,
      wikidata: null,
      quoted: { href: '../../speakers/vladimir-putin/index.html', text: '1 quote in 1 article, and 1 reported statement.' },
    });
    expect(page.allQuotes).toEqual({ href: '../../speakers/vladimir-putin/index.html', text: 'Everything Vladimir Putin said, by article →' });
  });

  test('gives each mention the href of its paragraph in its article, grouped by article', () => {
    const page = entityPageData(entity('vladimir-putin'), graph, undefined);
    expect(page.mentionGroups.map((group) => [group.article.slug, group.mentions.map((mention) => mention.href)])).toEqual([
      ['gas-deal', ['../../articles/gas-deal/index.html#p-0', '../../articles/gas-deal/index.html#p-1']],
      ['seoul-talks', ['../../articles/seoul-talks/index.html#p-0', '../../articles/seoul-talks/index.html#p-1']],
    ]);
  });

  test("links a place's dateline articles and its co-mentioned entities as chips", () => {
    const page = entityPageData(entity('seoul'), graph, undefined);
    expect(page.datelines).toEqual([{ href: '../../articles/seoul-talks/index.html', text: 'Moon and Putin meet in Seoul' }]);
    expect(page.related.map((chip) => [chip.href, chip.shown, chip.title, chip.countTitle])).toEqual([
      ['../moon-jae-in/index.html', 'Moon Jae-in', undefined, '1 shared article'],
      ['../vladimir-putin/index.html', 'Vladimir Putin', undefined, '1 shared article'],
    ]);
    expect([page.relatedNote, page.allQuotes, page.facts.quoted]).toEqual([null, null, null]);
  });

  test('links the Wikidata item of a listed entity', () => {
    expect(entityPageData(entity('moon-jae-in'), graph, undefined).facts.wikidata).toEqual({ href: 'https://www.wikidata.org/wiki/Q21001', text: 'Q21001' });
  });

  test('shortens a long name for the tab title and the trail, keeping it whole on the chip title', () => {
    const long = { ...entity('seoul'), name: `Seoul ${'Metropolitan '.repeat(6)}Government` };
    const page = entityPageData(long, graph, undefined);
    expect(page.short.endsWith('…')).toBe(true);
    expect(page.crumbs).toEqual([{ label: 'Entities', route: 'entities/' }, { label: page.short }]);
  });
});
