import { describe, expect, test } from 'vitest';
import { inlineBlockHtml } from '../../src/render/inline-block-html.ts';
import { unlinkedIn } from '../../src/render/link-once.ts';
import type { BodyLinks } from '../../src/render/render-article-body.ts';
import { extraction, mention } from './spans.ts';

const links: BodyLinks = { entityHref: (id) => `e/${id}.html`, speakerHref: (id) => `s/${id}.html` };
const title = 'Putin meets Moon';
const caption = 'Moon in Seoul';
const body = 'Putin arrived.';
const mentions = [
  mention('putin', title, 'Putin', { block: 'title' }),
  mention('moon', title, 'Moon', { block: 'title' }),
  mention('moon', caption, 'Moon', { block: 'caption' }),
  mention('seoul', caption, 'Seoul', { block: 'caption' }),
  mention('putin', body, 'Putin'),
];

describe('which entities a block of the article page leaves unlinked', () => {
  test('the caption, read first, links every entity it names', () => {
    expect([...unlinkedIn(mentions, 'caption')]).toEqual([]);
  });

  test('the body leaves unlinked what the caption links', () => {
    expect([...unlinkedIn(mentions, 'body')].sort()).toEqual(['moon', 'seoul']);
  });

  test('the headline links nothing, even an entity no other block names', () => {
    expect([...unlinkedIn([mention('japan', 'Japan acts', 'Japan', { block: 'title' })], 'title')]).toEqual(['japan']);
    expect([...unlinkedIn(mentions, 'title')].sort()).toEqual(['moon', 'putin', 'seoul']);
  });
});

describe('the headline and caption of a page', () => {
  test('renders the headline with no link', () => {
    expect(inlineBlockHtml(title, 'title', extraction({ mentions }), links)).toBe('Putin meets Moon');
  });

  test('links each entity of the caption at its first mention', () => {
    expect(inlineBlockHtml(caption, 'caption', extraction({ mentions }), links)).toBe('<a href="e/moon.html">Moon</a> in <a href="e/seoul.html">Seoul</a>');
  });
});
