import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { Speaker } from '../../src/graph/types.ts';
import { speakerPageData } from '../../src/site/speaker-page.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);
const speaker = (slug: string): Speaker => {
  const found = graph.speakerBySlug.get(slug);
  if (found === undefined) throw new Error(`fixture: no speaker ${slug}`);
  return found;
};

describe('speakerPageData', () => {
  test('sums up the quotes and links the entity page of the same slug', () => {
    const page = speakerPageData(speaker('vladimir-putin'), graph);
    expect([page.title, page.summary, page.mentions]).toEqual([
      'Quotes by Vladimir Putin',
      '1 quote in 1 article, and 1 reported statement.',
      { href: '../../entities/vladimir-putin/index.html', text: 'Every mention of Vladimir Putin →' },
    ]);
    expect(page.crumbs).toEqual([{ label: 'Speakers', route: 'speakers/' }, { label: 'Vladimir Putin' }]);
  });

  test('links no entity page when the speaker has none', () => {
    const withoutPage = { ...graph, entityBySlug: new Map() };
    expect(speakerPageData(speaker('vladimir-putin'), withoutPage).mentions).toBeNull();
  });
});
