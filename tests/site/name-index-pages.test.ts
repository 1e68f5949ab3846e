import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteEntity, Speaker } from '../../src/graph/types.ts';
import { entityIndex, NAMES_PER_PAGE, nameBytes, speakerIndex } from '../../src/site/name-index-pages.ts';
import { ITEM_BYTE_BUDGET } from '../../src/site/paginate.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);

const person = (name: string, slug: string): SiteEntity =>
  ({ name, slug, kind: 'person', mentionCount: 1, articleCount: 1 }) as SiteEntity;
const speaker = (name: string, slug: string): Speaker => ({ name, slug, kind: 'person', quoteCount: 1, articles: [], statements: [] });

describe('entityIndex', () => {
  it('files people under their family name and places under their name', () => {
    const index = entityIndex(graph);
    const byLetter = Object.fromEntries(index.pages.map((page) => [page.letter, page.sections.map((section) => [section.kind, section.names.map((name) => name.name)])]));
    expect(byLetter).toEqual({
      L: [['place', ['Łódź']]],
      M: [
        ['person', ['Moon Jae-in', 'Thomas Müller']],
      ],
      N: [['person', ['Alexander Novak']]],
      P: [['person', ['Vladimir Putin']]],
      S: [['place', ['Seoul']]],
    });
  });

  it('links each letter of the jump bar to its first page and counts its names', () => {
    expect(entityIndex(graph).letters.find((link) => link.letter === 'N')).toEqual({ letter: 'N', route: 'entities/letter/n/', count: 1 });
  });

  it('counts the names of each kind, kinds in their usual order', () => {
    expect(entityIndex(graph).kinds).toEqual([
      { kind: 'person', plural: 'People', count: 4 },
      { kind: 'place', plural: 'Places', count: 2 },
    ]);
  });

  it('shows a name as written, linked to its entity page', () => {
    const novak = entityIndex(graph).pages.find((page) => page.letter === 'N')?.page.items[0];
    expect(novak).toMatchObject({ name: 'Alexander Novak', shown: 'Alexander Novak', title: null, route: 'entities/alexander-novak/' });
  });

  it('sorts a letter\'s people by family name, then given name', () => {
    const entities = [person('Zoe Baker', 'zoe-baker'), person('Anna Baker', 'anna-baker'), person('Ben Adams', 'ben-adams')];
    expect(entityIndex({ entities }).pages.flatMap((page) => page.page.items.map((name) => name.name))).toEqual(['Ben Adams', 'Anna Baker', 'Zoe Baker']);
  });

  it('runs a long letter on to numbered pages under its folder', () => {
    const entities = Array.from({ length: NAMES_PER_PAGE + 1 }, (_, index) => person(`Ann Baker${String(index).padStart(4, '0')}`, `ann-baker-${index}`));
    const pages = entityIndex({ entities }).pages;
    expect(pages.map((page) => [page.page.route, page.page.items.length, page.nav.previous, page.nav.next])).toEqual([
      ['entities/letter/b/', NAMES_PER_PAGE, null, 'entities/letter/b/2/'],
      ['entities/letter/b/2/', 1, 'entities/letter/b/', null],
    ]);
  });

  it('shows a long name shortened, the whole name (cut at 300 characters) on hover', () => {
    const name = `Ann ${'Verylongname '.repeat(40)}Baker`;
    const [page] = entityIndex({ entities: [person(name, 'long')] }).pages;
    expect(page?.page.items[0]?.shown.length).toBeLessThanOrEqual(61);
    expect(page?.page.items[0]?.title?.length).toBeLessThanOrEqual(301);
  });

  it('keeps each page\'s names within the byte budget', () => {
    const entities = Array.from({ length: 3000 }, (_, index) => person(`Ann &"<>${'ł'.repeat(50)} B${index}`, `${'ł'.repeat(40)}-${index}`));
    for (const page of entityIndex({ entities }).pages) {
      expect(page.page.items.reduce((sum, name) => sum + nameBytes(name), 0)).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
    }
  });
});

describe('speakerIndex', () => {
  it('files speakers under their family name in one list', () => {
    const index = speakerIndex(graph);
    expect(index.pages.map((page) => [page.page.route, page.sections.map((section) => section.names.map((name) => name.name))])).toEqual([
      ['speakers/letter/n/', [['Alexander Novak']]],
      ['speakers/letter/p/', [['Vladimir Putin']]],
    ]);
  });

  it('files names in Hangul under the other letter', () => {
    const index = speakerIndex({ speakers: [speaker('문재인', 'moon')] });
    expect(index.letters).toEqual([{ letter: '#', route: 'speakers/letter/other/', count: 1 }]);
  });
});
