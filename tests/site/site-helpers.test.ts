import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/site/highlight.ts';
import { groupByLetter, indexLetter } from '../../src/site/letter-groups.ts';
import { countOf } from '../../src/site/plural.ts';
import {
  articleRoute,
  entityLetterRoute,
  entityRoute,
  homePageRoute,
  routeOf,
  speakerLetterRoute,
  speakerRoute,
  unattributedPageRoute,
  unattributedRoute,
} from '../../src/site/routes.ts';
import { buildSitemap } from '../../src/site/sitemap.ts';

describe('indexLetter', () => {
  it.each([
    ['Vladimir Putin', 'V'],
    ['Łukasz Nowak', 'L'],
    ['Émile Zola', 'E'],
    ['müller', 'M'],
    ['문재인', '#'],
    ['1st Division', '#'],
  ])('files %s under %s', (name, letter) => {
    expect(indexLetter(name)).toBe(letter);
  });
});

describe('groupByLetter', () => {
  it('groups A to Z, then names that start with anything else, keeping the given order within a letter', () => {
    const groups = groupByLetter(['Moon Jae-in', '문재인', 'Anna Müller', 'Müller'], (name) => name);
    expect(groups).toEqual([
      { letter: 'A', items: ['Anna Müller'] },
      { letter: 'M', items: ['Moon Jae-in', 'Müller'] },
      { letter: '#', items: ['문재인'] },
    ]);
  });
});

describe('highlight', () => {
  it('cuts a sentence around the span it holds', () => {
    expect(highlight({ sentence: 'Putin said so.', start: 0, end: 5 })).toEqual({ before: '', marked: 'Putin', after: ' said so.' });
  });

  it('shows an ellipsis where the context was cut short of its sentence', () => {
    expect(highlight({ sentence: 'we wait and', start: 0, end: 7, clippedStart: true, clippedEnd: true })).toEqual({
      before: '… ',
      marked: 'we wait',
      after: ' and …',
    });
  });

  it('clamps offsets that run past the sentence', () => {
    expect(highlight({ sentence: 'Short.', start: 3, end: 99 })).toEqual({ before: 'Sho', marked: 'rt.', after: '' });
  });
});

describe('countOf', () => {
  it('writes one in the singular and any other count in the plural', () => {
    expect([countOf(1, 'quote'), countOf(0, 'quote'), countOf(2, 'quote has', 'quotes have')]).toEqual(['1 quote', '0 quotes', '2 quotes have']);
  });
});

describe('routes', () => {
  it('keeps the unattributed page outside speakers/, so no speaker slug can take its place', () => {
    expect(unattributedRoute.startsWith('speakers/')).toBe(false);
  });

  it('names the graph\'s pages as site routes, with the fragment of a quote', () => {
    expect(routeOf({ page: 'article', slug: 'a', fragment: 'q-b1-5' })).toBe('articles/a/#q-b1-5');
    expect([routeOf({ page: 'entity', slug: 'e' }), routeOf({ page: 'speaker', slug: 's' })]).toEqual([entityRoute('e'), speakerRoute('s')]);
    expect(articleRoute('a')).toBe('articles/a/');
  });

  it('numbers the front page\'s further pages under page/, the first being the front page itself', () => {
    expect([homePageRoute(1), homePageRoute(2), homePageRoute(40)]).toEqual(['', 'page/2/', 'page/40/']);
  });

  it('puts letter pages under letter/, where no entity or speaker slug can take their place', () => {
    expect([entityLetterRoute('N'), entityLetterRoute('N', 3), speakerLetterRoute('X')]).toEqual([
      'entities/letter/n/',
      'entities/letter/n/3/',
      'speakers/letter/x/',
    ]);
    expect(entityLetterRoute('X')).not.toBe(entityRoute('x'));
  });

  it('names the letter of names that start with no Latin letter `other`', () => {
    expect(entityLetterRoute('#')).toBe('entities/letter/other/');
  });

  it('numbers the unattributed quotes\' further pages inside its folder', () => {
    expect([unattributedPageRoute(1), unattributedPageRoute(2)]).toEqual([unattributedRoute, 'quotes/unattributed/2/']);
  });
});

describe('buildSitemap', () => {
  it('lists each route as an absolute, escaped URL under the site', () => {
    const xml = buildSitemap(['', 'entities/łukasz-nowak/'], new URL('https://news.example/'));
    expect(xml).toContain('<loc>https://news.example/</loc>');
    expect(xml).toContain('<loc>https://news.example/entities/%C5%82ukasz-nowak/</loc>');
  });
});
