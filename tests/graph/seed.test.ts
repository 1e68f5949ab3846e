import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { articleTextFromMarkdown } from '../../src/extract/article-text.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { assertConservation, buildSiteGraph, type SiteArticle } from '../../src/graph/index.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

// The seed article end to end through ingest, extraction and the site graph.
const raw = readFileSync(new URL('../../../shared/seed/000_f426b72678450e3a.txt', import.meta.url), 'utf8');
const ingested = ingestText(raw, '000_f426b72678450e3a.txt');
const { data, body } = splitFrontmatter(ingested.markdown);
const head = {
  title: typeof data.title === 'string' ? data.title : null,
  caption: typeof data.caption === 'string' ? data.caption : null,
  dateline: Array.isArray(data.dateline) ? data.dateline.map(String) : [],
};
const text = articleTextFromMarkdown(head, body);
const article: SiteArticle = {
  slug: ingested.slug,
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
