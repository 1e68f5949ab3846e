import { expect, test } from 'vitest';
import * as graph from '../../src/graph/index.ts';

test('the graph entry point exports exactly its documented API', () => {
  expect(Object.keys(graph).sort()).toEqual([
    'ATTRIBUTED_CONFIDENCE',
    'EDITOR_RULE',
    'SURE_CONFIDENCE',
    'applyOverrides',
    'assertConservation',
    'buildSiteGraph',
    'compareArticles',
    'entityKey',
    'isAttributed',
    'sentenceAround',
    'slugify',
    'splitSentences',
  ]);
});
