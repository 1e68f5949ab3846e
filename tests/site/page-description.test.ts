import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/graph/index.ts';
import { articlePageData } from '../../src/site/article-page.ts';
import { frontPages } from '../../src/site/front-pages.ts';
import { entityIndex, speakerIndex } from '../../src/site/name-index-pages.ts';
import {
  articleDescription,
  DESCRIPTION_LIMIT,
  entityDescription,
  entityIndexDescription,
  frontPageDescription,
  letterPageDescription,
  speakerDescription,
  speakerIndexDescription,
  unattributedDescription,
} from '../../src/site/page-description.ts';
import { unattributedPages } from '../../src/site/unattributed-pages.ts';
import { allArticles, entityList, seoulTalks } from '../graph/fixtures.ts';
import { renderedFileFor } from './support/rendered-entry.ts';

const graph = buildSiteGraph(allArticles, entityList);

describe('articleDescription', () => {
  it('is the first sentence of the first paragraph', () => {
    expect(articleDescription({ paragraphs: ['Ferries ran again on Tuesday. The strike had lasted a week.'], captionText: null }, 'Strike ends')).toBe(
      'Ferries ran again on Tuesday.',
    );
  });

  it('does not stop at an abbreviation the sentence splitter knows', () => {
    expect(articleDescription({ paragraphs: ['Mr. Novak signed the deal. Then he left.'], captionText: null }, 'Deal')).toBe('Mr. Novak signed the deal.');
  });

  it('cuts a run-on first sentence at a word, with an ellipsis, within the limit', () => {
    const runOn = `${'The ferry company and the union '.repeat(8)}agreed.`;
    const description = articleDescription({ paragraphs: [runOn], captionText: null }, 'Strike ends');
    expect(description).toBe(`${'The ferry company and the union '.repeat(5).trimEnd()}…`);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT + 1);
  });

  it('reads the first sentence from the extraction\'s spans when it has them', () => {
    const paragraphs = ['', 'Ferries ran again on Tuesday. The strike had lasted a week.'];
    expect(articleDescription({ paragraphs, captionText: null, extraction: { sentences: [[], [{ start: 0, end: 12 }]] } }, 'Strike ends')).toBe('Ferries ran');
  });

  it('writes line breaks inside the sentence as single spaces', () => {
    expect(articleDescription({ paragraphs: ['The quay\n  closed on Monday.'], captionText: null }, 'Quay')).toBe('The quay closed on Monday.');
  });

  it('falls back to the caption, then to the headline, when there is no body text', () => {
    expect(articleDescription({ paragraphs: [], captionText: 'Workers at the quay. Photo by staff.' }, 'Quay')).toBe('Workers at the quay.');
    expect(articleDescription({ paragraphs: ['  '], captionText: null }, 'Quay closed')).toBe('Quay closed');
  });

  it('is never longer than the limit plus its ellipsis, and never empty for a non-empty headline', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 3 }), fc.option(fc.string({ maxLength: 400 })), (paragraphs, captionText) => {
        const description = articleDescription({ paragraphs, captionText }, 'Headline');
        expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT + 1);
        expect(description.trim()).not.toBe('');
      }),
    );
  });
});

describe('entityDescription', () => {
  it('gives the kind, the name, a listed description and the article count', () => {
    const moon = graph.entityBySlug.get('moon-jae-in');
    expect(moon && entityDescription(moon)).toBe('Person: Moon Jae-in (President of South Korea), mentioned in 1 article.');
  });

  it("drops the full stop ending a listed description, which would sit inside the brackets", () => {
    expect(entityDescription({ name: 'Vladimir Putin', kind: 'person', description: 'President of Russia.', mentionCount: 4, articleCount: 2, datelines: [] })).toBe(
      'Person: Vladimir Putin (President of Russia), mentioned in 2 articles.',
    );
  });

  it('counts articles, not mentions', () => {
    expect(entityDescription({ name: 'Seoul', kind: 'place', mentionCount: 5, articleCount: 2, datelines: [] })).toBe('Place: Seoul, mentioned in 2 articles.');
  });

  it('says an entity named only in datelines is in their datelines', () => {
    expect(entityDescription({ name: 'Lerwick', kind: 'place', mentionCount: 0, articleCount: 0, datelines: [{}, {}] })).toBe(
      'Place: Lerwick, named in the dateline of 2 articles.',
    );
  });
});

describe('speakerDescription', () => {
  it('is the quotes by the speaker and the articles they are in', () => {
    const putin = graph.speakerBySlug.get('vladimir-putin');
    expect(putin && speakerDescription(putin)).toBe('Quotes by Vladimir Putin in 1 article: 1 quote and 1 reported statement.');
  });

  it('adds the reported statements when there are any', () => {
    expect(speakerDescription({ name: 'Alexander Novak', quoteCount: 3, articles: [{}, {}], statements: [{}] })).toBe(
      'Quotes by Alexander Novak in 2 articles: 3 quotes and 1 reported statement.',
    );
  });

  it('speaks of statements for a speaker never quoted directly', () => {
    expect(speakerDescription({ name: 'The ministry', quoteCount: 0, articles: [], statements: [{}, {}] })).toBe(
      'Statements reported from The ministry: 2 reported statements.',
    );
  });
});

describe('listing pages', () => {
  it('the front page says how many of how many articles it lists, with the page when there are several', () => {
    expect(frontPageDescription({ number: 1, shown: 50 }, 3, 120)).toBe('The latest articles, newest first: 50 of 120 articles, page 1 of 3.');
    expect(frontPageDescription({ number: 3, shown: 20 }, 3, 120)).toBe('Older articles, newest first: 20 of 120 articles, page 3 of 3.');
    expect(frontPageDescription({ number: 1, shown: 2 }, 1, 2)).toBe('The latest articles, newest first: 2 of 2 articles.');
    expect(frontPageDescription({ number: 1, shown: 0 }, 1, 0)).toBe('The latest articles, newest first: none yet.');
  });

  it('frontPages gives each page its description', () => {
    expect(frontPages(allArticles).map((front) => front.description)).toEqual([
      `The latest articles, newest first: ${allArticles.length} of ${allArticles.length} articles.`,
    ]);
  });

  it('a letter page names its index, letter, name count and page', () => {
    expect(letterPageDescription('Entities', 'M', 600, 2, 2)).toBe('Entities filed under M: 600 names, page 2 of 2.');
    expect(letterPageDescription('Speakers', 'P', 1, 1, 1)).toBe('Speakers filed under P: 1 name.');
  });

  it('the index builders give each letter page its description', () => {
    const moonPage = entityIndex(graph).pages.find((page) => page.letter === 'M');
    expect(moonPage?.description).toMatch(/^Entities filed under M: \d+ names?\.$/u);
    const putinPage = speakerIndex(graph).pages.find((page) => page.letter === 'P');
    expect(putinPage?.description).toBe('Speakers filed under P: 1 name.');
  });

  it('the unattributed list gives its totals and page', () => {
    expect(unattributedDescription(240, 12, 2, 3)).toBe('Quotes with no confident speaker: 240 quotes and 12 reported statements in all, page 2 of 3.');
    expect(unattributedPages(graph)[0]?.description).toBe(
      `Quotes with no confident speaker: ${graph.unattributed.length} quote${graph.unattributed.length === 1 ? '' : 's'} and ${graph.unattributedStatements.length} reported statement${graph.unattributedStatements.length === 1 ? '' : 's'} in all.`,
    );
  });

  it('the two indexes say what they list', () => {
    expect(entityIndexDescription(40, 12)).toBe('40 people, places, organizations and events named in 12 articles, by letter.');
    expect(speakerIndexDescription(25)).toBe('25 speakers quoted or reported in the articles, with their quotes, by letter.');
  });
});

describe('the article page data', () => {
  const body = seoulTalks.paragraphs.join('\n\n');
  const entry = { id: 'seoul-talks', data: { title: seoulTalks.title, caption: null, dateline: seoulTalks.dateline, renderedFile: renderedFileFor(seoulTalks, body) }, body };
  const site = { graph, articles: new Map(allArticles.map((article) => [article.slug, article])) };

  it('carries the first sentence as the description', () => {
    expect(articlePageData(entry, site).description).toBe('Vladimir Putin met Moon Jae-in in Seoul on Monday.');
  });
});

