import { expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { assertConservation, buildSiteGraph, type SiteArticle } from '../../src/graph/index.ts';
import { SEED_SLUG, seedArticle } from '../support/seed.ts';

// The seed article end to end from its committed entry through extraction and the site graph.
const { head, text } = seedArticle();
const article: SiteArticle = {
  slug: SEED_SLUG,
  title: head.title,
  dateline: head.dateline,
  paragraphs: text.paragraphs,
  captionText: head.caption,
  extraction: extractArticle(text),
};
const graph = buildSiteGraph([article], []);

test('the seed gives Putin a speaker page with his 5 quotes and Novak one with 1', () => {
  const counts = Object.fromEntries(graph.speakers.map((speaker) => [speaker.slug, speaker.quoteCount]));
  expect([counts['vladimir-putin'], counts['alexander-novak']]).toEqual([5, 1]);
});

test('the seed lists the energy-sector quote as unattributed', () => {
  expect(graph.unattributed.map((quote) => quote.text)).toContain('We have also agreed to develop cooperation in the energy sector');
});

test('the seed graph conserves every quote and mention', () => {
  expect(() => assertConservation(graph, [article])).not.toThrow();
});
