import { describe, expect, it } from 'vitest';
import { loadEntityList } from '../../../src/entity-list/load-entity-list.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText, EntityKind } from '../../../src/extract/types.ts';
import { SEED_EXPECTED } from '../../fixtures/seed-expected.ts';
import { seedArticle as committedSeed } from '../../support/seed.ts';

const LIST_DIR = new URL('../../../content/entities', import.meta.url).pathname;

/**
 * The seed as the ingest gives it: headline, caption, body paragraphs. With
 * keepDatelineInBody the first paragraph opens with its dateline again, as in
 * the raw page ("Moscow/Xiamen: ..."), and the head has none.
 */
function seedArticle(keepDatelineInBody: boolean): ArticleText {
  const { head, text } = committedSeed();
  if (!keepDatelineInBody) return { title: head.title, caption: head.caption, dateline: head.dateline, paragraphs: text.paragraphs };
  const [first, ...rest] = text.paragraphs;
  return { title: head.title, caption: head.caption, dateline: [], paragraphs: [`${head.dateline.join('/')}: ${first}`, ...rest] };
}

function asSets(entities: readonly { name: string; kind: EntityKind; aliases: readonly string[] }[]) {
  return entities
    .map((entity) => ({ kind: entity.kind, name: entity.name, aliases: [...new Set(entity.aliases)].sort() }))
    .sort((a, b) => `${a.kind}:${a.name}`.localeCompare(`${b.kind}:${b.name}`));
}

const expected = asSets(
  Object.entries(SEED_EXPECTED.entities).flatMap(([kind, entities]) =>
    entities.map((entity) => ({ kind: kind as EntityKind, name: entity.name, aliases: entity.aliases })),
  ),
);

describe('the seed article', () => {
  it('yields exactly the expected entities, kinds and alias sets, with the shipped entity list', () => {
    const { entities } = findEntities(seedArticle(true), loadEntityList(LIST_DIR));
    expect(asSets(entities)).toEqual(expected);
  });

  it('yields the same entities when the ingest moved the dateline out of the first paragraph', () => {
    const { entities } = findEntities(seedArticle(false), loadEntityList(LIST_DIR));
    expect(asSets(entities)).toEqual(expected);
  });

  it('resolves Moon to the list entry, with its id and full name', () => {
    const { entities } = findEntities(seedArticle(true), loadEntityList(LIST_DIR));
    const moon = entities.find((entity) => entity.aliases.includes('Moon'));
    expect(moon).toMatchObject({ id: 'moon-jae-in', listId: 'moon-jae-in', name: 'Moon Jae-in', kind: 'person' });
  });

  it('gives every mention offsets that slice its text out of its block', () => {
    const article = seedArticle(true);
    const { mentions } = findEntities(article, loadEntityList(LIST_DIR));
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      const text = mention.block === 'title' ? article.title : mention.block === 'caption' ? article.caption : article.paragraphs[mention.paragraph];
      expect(text!.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
