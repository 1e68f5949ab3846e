import { describe, expect, test } from 'vitest';
import { ArticleError, articleError, inArticle, inArticleAsync } from '../../src/graph/article-error.ts';
import { assertConservation, buildSiteGraph } from '../../src/graph/index.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { lodzVisit } from './fixtures.ts';

const origin = { slug: 'harbour-talks', file: 'content/articles/harbour-talks.md' };

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('inArticle', () => {
  test('returns what the step returns', () => {
    expect(inArticle(origin, 'counting', () => 42)).toBe(42);
  });

  test('starts the message with the file, then the step, then the original message', () => {
    const error = thrownBy(() => inArticle(origin, 'rendering its body', () => {
      throw new TypeError('cannot read properties of undefined');
    }));
    expect((error as Error).message).toBe(
      'content/articles/harbour-talks.md (article "harbour-talks"): rendering its body failed: cannot read properties of undefined',
    );
  });

  test('keeps the original error as the cause', () => {
    const original = new RangeError('offset out of range');
    const error = thrownBy(() => inArticle(origin, 'rendering its body', () => {
      throw original;
    }));
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as Error).cause).toBe(original);
  });

  test('names the article by slug when its file is not known', () => {
    const error = thrownBy(() => inArticle({ slug: 'harbour-talks' }, 'counting', () => {
      throw new Error('boom');
    }));
    expect((error as Error).message).toBe('article "harbour-talks": counting failed: boom');
  });

  test('does not name the same article twice when steps nest', () => {
    const error = thrownBy(() => inArticle(origin, 'building its page', () => inArticle(origin, 'rendering its body', () => {
      throw new Error('boom');
    })));
    expect((error as Error).message).toBe('content/articles/harbour-talks.md (article "harbour-talks"): rendering its body failed: boom');
  });

  test('reports a thrown value that is not an Error', () => {
    expect(articleError(origin, 'counting', 'plain string').message).toBe(
      'content/articles/harbour-talks.md (article "harbour-talks"): counting failed: plain string',
    );
  });
});

describe('inArticleAsync', () => {
  test('names the article when an awaited step rejects', async () => {
    await expect(inArticleAsync(origin, 'loading', () => Promise.reject(new Error('disk gone')))).rejects.toThrow(
      'content/articles/harbour-talks.md (article "harbour-talks"): loading failed: disk gone',
    );
  });
});

describe('errors while the site graph is built', () => {
  // The mention names an entity id the article does not have: an extraction bug the graph refuses.
  const broken: SiteArticle = {
    ...lodzVisit,
    file: 'content/articles/lodz-visit.md',
    extraction: { ...lodzVisit.extraction, entities: lodzVisit.extraction.entities.filter((entity) => entity.id !== 'muller') },
  };

  test('start with the file of the article being worked on and keep the original message', () => {
    const error = thrownBy(() => buildSiteGraph([broken], [])) as Error;
    expect(error.message.startsWith('content/articles/lodz-visit.md (article "lodz-visit"): collecting its datelines, mentions, quotes and statements failed: ')).toBe(true);
    expect(error.message).toContain('a mention of "Thomas Müller" names entity id "muller", which is not among its entities');
    expect(error.cause).toBeInstanceOf(Error);
  });

  test('from the conservation check start with the file too', () => {
    const article: SiteArticle = { ...lodzVisit, file: 'content/articles/lodz-visit.md' };
    const graph = buildSiteGraph([article], []);
    const tampered = { ...graph, entities: [] };
    const error = thrownBy(() => assertConservation(tampered, [article])) as Error;
    expect(error.message.startsWith('content/articles/lodz-visit.md (article "lodz-visit"): checking that nothing was lost failed: Conservation: ')).toBe(true);
  });
});
