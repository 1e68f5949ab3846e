import { describe, expect, test } from 'vitest';
import { fillHoles, hasHoleMark, renderWithHoles } from '../../src/render/linked-html.ts';
import { renderArticleBody, type BodyLinks } from '../../src/render/render-article-body.ts';
import { entity, extraction, mention, quote } from './spans.ts';

const TEXT = '"We will sail," Anna Berg said in Gdynia.';
const berg = entity('berg', 'Anna Berg', 'person');
const gdynia = entity('gdynia', 'Gdynia', 'place');
const sure = extraction({
  entities: [berg, gdynia],
  mentions: [mention('berg', TEXT, 'Anna Berg'), mention('gdynia', TEXT, 'Gdynia')],
  quotes: [quote(TEXT, '"We will sail,"', { speaker: 'Anna Berg', speakerId: 'berg', cue: 'said', confidence: 0.9 })],
});
const unsure = { ...sure, quotes: sure.quotes.map((item) => ({ ...item, confidence: 0.6 })) };

const links: BodyLinks = {
  entityHref: (id) => `../../entities/${id}/index.html`,
  speakerHref: (id) => `../../speakers/${id}/index.html`,
  uncertainHref: '../../about/index.html#uncertain',
};

describe('renderWithHoles and fillHoles', () => {
  test('filling the holes gives byte for byte what rendering with the links gives', () => {
    const linked = renderWithHoles((holes) => renderArticleBody(TEXT, sure, holes));
    expect(fillHoles(linked, links)).toBe(renderArticleBody(TEXT, sure, links));
  });

  test('numbers each link target once, in the order the renderer asked for them', () => {
    const linked = renderWithHoles((holes) => renderArticleBody(TEXT, sure, holes));
    expect(linked.targets).toEqual([
      { kind: 'entity', id: 'berg' },
      { kind: 'entity', id: 'gdynia' },
      { kind: 'speaker', id: 'berg' },
    ]);
  });

  test('keeps the about-page hole only when an uncertain attribution links it', () => {
    const linked = renderWithHoles((holes) => renderArticleBody(TEXT, unsure, holes));
    expect(linked.targets.map((target) => target.kind)).toEqual(['uncertain', 'entity', 'entity', 'speaker']);
    expect(fillHoles(linked, links)).toBe(renderArticleBody(TEXT, unsure, links));
  });

  test('gives nothing when a hole has no href, since rendering would write a span where the hole holds a link', () => {
    const linked = renderWithHoles((holes) => renderArticleBody(TEXT, sure, holes));
    const noPlacePage: BodyLinks = { ...links, entityHref: (id) => (id === 'gdynia' ? undefined : links.entityHref(id)) };
    expect(fillHoles(linked, noPlacePage)).toBeUndefined();
  });

  test.each([["it's"], ['a&b'], ['a"b']])('gives nothing for an href the HTML writer would escape (%s)', (slug) => {
    const linked = renderWithHoles((holes) => renderArticleBody(TEXT, sure, holes));
    expect(fillHoles(linked, { ...links, entityHref: () => `../../entities/${slug}/index.html` })).toBeUndefined();
  });

  test('leaves text without links as it is, with no targets', () => {
    const linked = renderWithHoles((holes) => renderArticleBody('Calm seas.', extraction({}), holes));
    expect(linked).toEqual({ html: '<p id="p-0">Calm seas.</p>', targets: [] });
  });
});

describe('hasHoleMark', () => {
  test.each([
    ['plain text', 'Calm seas.', false],
    ['the opening mark', 'a\uE000b', true],
    ['the closing mark', 'a\uE001b', true],
  ])('%s', (_name, text, expected) => {
    expect(hasHoleMark(text)).toBe(expected);
  });
});
