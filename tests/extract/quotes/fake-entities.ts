/**
 * A tiny stand-in for the entity finder, for fixtures only: every listed
 * name (and role phrase) is found by exact text, so a test controls exactly
 * which mentions the quote attributor sees.
 */
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import type { ArticleText, Block, Entity, EntityKind, EntityMention } from '../../../src/extract/types.ts';

export interface FakeEntity {
  name: string;
  kind: EntityKind;
  /** Other names written in the text: `Ruiz`. */
  aliases?: string[];
  /** Role phrases resolved to this entity: `the mayor`. */
  roles?: string[];
  /** Role nouns the entity finder learned for it (`spokeswoman`), as in `Entity.roles`. */
  learnedRoles?: string[];
}

function blocksOf(article: ArticleText): { block: Block; paragraph: number; text: string }[] {
  const blocks: { block: Block; paragraph: number; text: string }[] = [];
  if (article.title !== null) blocks.push({ block: 'title', paragraph: 0, text: article.title });
  if (article.caption !== null) blocks.push({ block: 'caption', paragraph: 0, text: article.caption });
  article.paragraphs.forEach((text, paragraph) => blocks.push({ block: 'body', paragraph, text }));
  return blocks;
}

export function fakeEntities(article: ArticleText, list: readonly FakeEntity[]): { entities: Entity[]; mentions: EntityMention[] } {
  const entities: Entity[] = list.map((entry) => ({
    id: `${entry.kind}-${entry.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name: entry.name,
    kind: entry.kind,
    aliases: [entry.name, ...(entry.aliases ?? [])],
    mentions: 0,
    roles: entry.learnedRoles ?? [],
    affiliations: [],
  }));
  const forms = list
    .flatMap((entry, i) => [
      ...[entry.name, ...(entry.aliases ?? [])].map((text) => ({ text, entity: entities[i]!, form: 'name' as const })),
      ...(entry.roles ?? []).map((text) => ({ text, entity: entities[i]!, form: 'role' as const })),
    ])
    .sort((a, b) => b.text.length - a.text.length);
  const mentions: EntityMention[] = [];
  for (const { block, paragraph, text } of blocksOf(article)) {
    const taken = new Array<boolean>(text.length).fill(false);
    for (const form of forms) {
      let at = text.indexOf(form.text);
      while (at >= 0) {
        const end = at + form.text.length;
        const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
        if (bounded && !taken.slice(at, end).some(Boolean)) {
          taken.fill(true, at, end);
          mentions.push({ block, paragraph, start: at, end, entityId: form.entity.id, text: form.text, form: form.form });
          form.entity.mentions += 1;
        }
        at = text.indexOf(form.text, at + 1);
      }
    }
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { entities, mentions };
}

/** An article of body paragraphs only, with an optional title. */
export function article(paragraphs: string[], title: string | null = null): ArticleText {
  return { title, caption: null, dateline: [], paragraphs };
}

/**
 * Each quote's text and its speaker as the site shows it (null below 0.5), with the entities of `list`
 * the only ones found.
 */
export function publishedSpeakers(list: readonly FakeEntity[], paragraphs: string[]): [string, string | null][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null]);
}

/** Each quote's text and speaker, however sure the rules are of it. */
export function namedSpeakers(list: readonly FakeEntity[], paragraphs: string[]): [string, string | null][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.speaker]);
}
