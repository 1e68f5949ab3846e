import { describe, expect, it } from 'vitest';
import { articleLinks } from '../../src/site/article-links.ts';

const route = 'articles/port-talks/';
const links = articleLinks(route, { e1: 'ana-lopez', e2: 'oslo' });

describe('articleLinks', () => {
  it('links an entity id to its entity page, relative to the article', () => {
    expect(links.entityHref('e1')).toBe('../../entities/ana-lopez/index.html');
  });

  it('links a speaker id to its speaker page, relative to the article', () => {
    expect(links.speakerHref('e1')).toBe('../../speakers/ana-lopez/index.html');
  });

  it('links "attribution uncertain" to the about page\'s section on it, relative to the article', () => {
    expect(links.uncertainHref).toBe('../../about/index.html#uncertain');
  });

  it('leaves an id without a slug unlinked', () => {
    expect(links.entityHref('e9')).toBeUndefined();
  });
});
