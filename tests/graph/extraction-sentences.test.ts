import { describe, expect, test } from 'vitest';
import { buildSiteGraph } from '../../src/graph/build-site-graph.ts';
import { articleHeadline } from '../../src/graph/headline.ts';
import type { SiteArticle } from '../../src/graph/types.ts';
import { entity, extraction, mention } from '../render/spans.ts';

// The splitter would end a sentence after "ended."; the extraction's spans say the paragraph is one.
const paragraph = 'Talks ended. Ana Ruiz left the port.';
const oneSpan = [[{ start: 0, end: paragraph.length }]];

function article(sentences?: { start: number; end: number }[][]): SiteArticle {
  return {
    slug: 'port',
    title: null,
    dateline: [],
    paragraphs: [paragraph],
    captionText: null,
    extraction: extraction({
      entities: [entity('ruiz', 'Ana Ruiz', 'person')],
      mentions: [mention('ruiz', paragraph, 'Ana Ruiz')],
      ...(sentences === undefined ? {} : { sentences }),
    }),
  };
}

const contextOfRuiz = (site: SiteArticle) => buildSiteGraph([site], []).entities.find((e) => e.slug === 'ana-ruiz')?.mentions[0]?.context.sentence;

describe('the graph reads a body paragraph\'s sentences from the extraction', () => {
  test('a mention\'s context is the sentence the extraction gives', () => {
    expect(contextOfRuiz(article(oneSpan))).toBe(paragraph);
  });

  test('an extraction stored without sentences has its paragraph split by the one splitter', () => {
    expect(contextOfRuiz(article())).toBe('Ana Ruiz left the port.');
  });

  test('a derived headline is the first sentence the extraction gives', () => {
    expect(articleHeadline(article(oneSpan)).text).toBe('Talks ended. Ana Ruiz left the port');
    expect(articleHeadline(article()).text).toBe('Talks ended');
  });
});
