import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import type { Speaker } from '../../src/graph/types.ts';
import { letterPageData, letterPagePaths } from '../../src/site/letter-page.ts';
import { entityIndex, NAMES_PER_PAGE, speakerIndex } from '../../src/site/name-index-pages.ts';
import { cacheKeyOf } from '../../src/site/page-cache-key.ts';
import { allArticles, entityList } from '../graph/fixtures.ts';

const graph = buildSiteGraph(allArticles, entityList);

const speaker = (name: string, slug: string): Speaker => ({ name, slug, kind: 'person', quoteCount: 1, articles: [], statements: [] });
/** One more speaker than a letter page holds, all filed under A, and one filed under `#`. */
const longLetter = {
  speakers: [...Array.from({ length: NAMES_PER_PAGE + 1 }, (_, index) => speaker(`Ann Abbott${index}`, `ann-abbott-${index}`)), speaker('문재인', 'moon')],
};

function pageOf(index: ReturnType<typeof entityIndex>, letter: string, number = 1) {
  const letterPage = index.pages.find((page) => page.letter === letter && page.page.number === number);
  if (letterPage === undefined) throw new Error(`fixture: no page ${number} of ${letter}`);
  return { letterPage, letters: index.letters };
}

describe('letterPageData', () => {
  it('titles a one-page letter by the index and the letter, with the index first in the trail', () => {
    const page = letterPageData(pageOf(entityIndex(graph), 'M'), 'Entities');
    expect([page.route, page.title, page.heading, page.pageNote, page.crumbs]).toEqual([
      'entities/letter/m/',
      'Entities: M',
      'Entities: M',
      '',
      [{ label: 'Entities', route: 'entities/' }, { label: 'M' }],
    ]);
    expect([page.letter, page.barLabel, page.navLabel, page.description]).toEqual(['M', 'Entities by letter', 'Pages of M', 'Entities filed under M: 2 names.']);
  });

  it('gives the entity index one section per kind, anchored by the kind, with its count of names', () => {
    const page = letterPageData(pageOf(entityIndex(graph), 'M'), 'Entities');
    expect(page.sections.map((section) => [section.id, section.plural, section.count, section.names.map((name) => name.name)])).toEqual([
      ['person', 'People', '2 names', ['Moon Jae-in', 'Thomas Müller']],
    ]);
  });

  it("gives the speakers index one section anchored as `names`, and its trail leads to the speakers index", () => {
    const page = letterPageData(pageOf(speakerIndex(graph), 'P'), 'Speakers');
    expect(page.sections.map((section) => [section.id, section.plural, section.count])).toEqual([['names', 'Speakers', '1 name']]);
    expect(page.crumbs).toEqual([{ label: 'Speakers', route: 'speakers/' }, { label: 'P' }]);
  });

  it('names the page number of a letter that runs to several pages in the title, the trail and beside the heading', () => {
    const page = letterPageData(pageOf(speakerIndex(longLetter), 'A', 2), 'Speakers');
    expect([page.route, page.title, page.heading, page.pageNote, page.crumbs]).toEqual([
      'speakers/letter/a/2/',
      'Speakers: A, page 2 of 2',
      'Speakers: A',
      ', page 2 of 2',
      [{ label: 'Speakers', route: 'speakers/' }, { label: 'A, page 2 of 2' }],
    ]);
    expect(page.sections[0]?.count).toBe('1 name');
  });
});

describe('letterPagePaths', () => {
  it('puts a letter\'s first page at its folder, later pages under their number, and `#` at `other`', () => {
    expect(letterPagePaths(speakerIndex(longLetter)).map((path) => path.params)).toEqual([
      { letter: 'a', page: undefined },
      { letter: 'a', page: '2' },
      { letter: 'other', page: undefined },
    ]);
  });

  it('keys each page by the hash of its props: its page of names and the letters of the jump bar', () => {
    const index = speakerIndex(graph);
    const [first] = letterPagePaths(index);
    expect(first).toEqual({
      params: { letter: 'n', page: undefined },
      props: { letterPage: index.pages[0], letters: index.letters },
      cacheKey: cacheKeyOf({ letterPage: index.pages[0], letters: index.letters }),
    });
  });
});
