import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import { CO_MENTION_TOP, countCoMentions } from '../../src/graph/co-mentions.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { entity, extraction, mention } from '../render/spans.ts';

/** Keys `e0000`, `e0001`, ... each mentioned once, in that order. */
function keys(count: number): Map<string, number> {
  return new Map(Array.from({ length: count }, (_, index) => [`e${String(index).padStart(4, '0')}`, 1]));
}

/** Every pair of every article: the plain definition for articles naming at most CO_MENTION_TOP entities. */
function allPairs(articles: readonly ReadonlyMap<string, number>[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const a of article.keys()) {
      const counts = out.get(a) ?? new Map<string, number>();
      for (const b of article.keys()) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
      out.set(a, counts);
    }
  }
  return out;
}

/** Maps as sorted plain objects, so key order does not matter to the comparison. */
function plain(counts: Map<string, Map<string, number>>): Record<string, Record<string, number>> {
  const sorted = <T>(entries: [string, T][]): [string, T][] => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted([...counts].map(([key, others]) => [key, Object.fromEntries(sorted([...others]))])));
}

describe('countCoMentions for articles naming at most CO_MENTION_TOP entities', () => {
  test('counts, for every two entities, the articles that mention both', () => {
    const article = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 }).map((names) => new Map(names.map((name) => [name, 1])));
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (articles) => {
        expect(plain(countCoMentions(articles))).toEqual(plain(allPairs(articles)));
      }),
    );
  });

  test('pairs all CO_MENTION_TOP entities of an article that names exactly that many', () => {
    const counts = countCoMentions([keys(CO_MENTION_TOP)]);
    expect([...counts.values()].map((others) => others.size)).toEqual(Array(CO_MENTION_TOP).fill(CO_MENTION_TOP - 1));
  });
});

describe('countCoMentions for an article naming more than CO_MENTION_TOP entities', () => {
  const article = keys(CO_MENTION_TOP + 50);
  // The last key is mentioned most, so it is in the top although it came last.
  const last = `e${String(CO_MENTION_TOP + 49).padStart(4, '0')}`;
  article.set(last, 3);
  const counts = countCoMentions([article]);

  test('pairs each of its most mentioned entities with every other entity', () => {
    expect([counts.get('e0000')?.size, counts.get(last)?.size]).toEqual([CO_MENTION_TOP + 49, CO_MENTION_TOP + 49]);
  });

  test('pairs an entity outside its top only with the top, ties going to the first mentioned', () => {
    const outside = counts.get('e0210');
    expect(outside?.size).toBe(CO_MENTION_TOP);
    expect([outside?.has('e0198'), outside?.has('e0199'), outside?.has(last), outside?.has('e0211')]).toEqual([true, false, true, false]);
  });
});

describe('countCoMentions work', () => {
  function pairsCounted(articles: readonly ReadonlyMap<string, number>[]): number {
    let pairs = 0;
    countCoMentions(articles, () => {
      pairs += 1;
    });
    return pairs;
  }

  test('counts every pair of a small article once per direction', () => {
    expect(pairsCounted([keys(5), keys(3)])).toBe(5 * 4 + 3 * 2);
  });

  test('doubling the entities of one article at most about doubles the pairs counted', () => {
    const small = pairsCounted([keys(1000)]);
    const large = pairsCounted([keys(2000)]);
    expect(large / small).toBeLessThanOrEqual(2.2);
  });
});

/** An article that names `count` people once each, in one paragraph. */
function roster(count: number): SiteArticle {
  const names = Array.from({ length: count }, (_, index) => `Person${String(index).padStart(3, '0')}`);
  const text = `${names.join(', ')}.`;
  return {
    slug: 'roster',
    title: 'Roster',
    dateline: [],
    paragraphs: [text],
    captionText: null,
    extraction: extraction({
      entities: names.map((name) => entity(name.toLowerCase(), name, 'person')),
      mentions: names.map((name) => mention(name.toLowerCase(), text, name)),
    }),
  };
}

describe('related entities of an article naming more than CO_MENTION_TOP entities', () => {
  const graph = buildSiteGraph([roster(CO_MENTION_TOP + 50)], []);

  test('a top entity counts every other entity as related', () => {
    expect(graph.entityBySlug.get('person000')?.relatedCount).toBe(CO_MENTION_TOP + 49);
  });

  test('an entity outside the top counts only the top as related and lists the first of them by name', () => {
    const outside = graph.entityBySlug.get('person249');
    expect(outside?.relatedCount).toBe(CO_MENTION_TOP);
    expect(outside?.related.map((related) => related.slug).slice(0, 3)).toEqual(['person000', 'person001', 'person002']);
  });
});
