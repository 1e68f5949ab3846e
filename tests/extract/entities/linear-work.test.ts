/**
 * Work grows with the text, not with its square: each name mention and each
 * candidate is read a bounded number of times however many came before. Work
 * is counted (property reads through a proxy), not timed, so a busy machine
 * cannot make these tests pass or fail.
 */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../src/extract/entities/blocks.ts';
import { acronymsDefinedIn, candidatesOfBlock, makeNameLookup, type Candidate } from '../../../src/extract/entities/candidates.ts';
import { groupCandidates } from '../../../src/extract/entities/cluster.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { findRoleMentions } from '../../../src/extract/entities/role-mentions.ts';
import type { ArticleText, Entity, EntityMention } from '../../../src/extract/types.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'be', 'da'];

/** A distinct made-up capitalized word for each number: 0 -> `Kaka`, 12 -> `Lolo`... */
function word(n: number, salt: number): string {
  let text = '';
  let rest = n * 7 + salt;
  for (let i = 0; i < 4; i += 1) {
    text += SYLLABLES[rest % SYLLABLES.length]!;
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Paragraphs that each name a new person and company, then refer back by role and by surname. */
function article(paragraphs: number): ArticleText {
  return {
    title: null,
    caption: null,
    dateline: [],
    paragraphs: Array.from({ length: paragraphs }, (_, i) => {
      const surname = word(i, 1);
      return `Energy minister ${word(i, 2)} ${surname} said ${word(i, 3)} Airlines would grow. ` +
        `The minister told the company that ${surname} had met its board. The airline agreed.`;
    }),
  };
}

/** Wraps each object so that every property read adds one to `counter.reads`. */
function counted<T extends object>(items: readonly T[], counter: { reads: number }): T[] {
  return items.map((item) => new Proxy(item, {
    get(target, property, receiver) {
      counter.reads += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  }));
}

function roleMentionWork(paragraphs: number): { items: number; reads: number } {
  const text = article(paragraphs);
  const { entities, mentions } = findEntities(text);
  const counter = { reads: 0 };
  const nameMentions = counted(mentions.filter((mention) => mention.form === 'name'), counter) as EntityMention[];
  const byId = new Map<string, Entity>(counted(entities, counter).map((entity) => [entity.id, entity]));
  counter.reads = 0;
  findRoleMentions(blocksOf(text), nameMentions, byId);
  return { items: nameMentions.length, reads: counter.reads };
}

function groupingWork(paragraphs: number): { items: number; reads: number } {
  const blocks = blocksOf(article(paragraphs));
  const lookup = makeNameLookup([]);
  const defined = acronymsDefinedIn(blocks);
  const candidates: Candidate[] = blocks.flatMap((block) => candidatesOfBlock(block, lookup, defined));
  const counter = { reads: 0 };
  const wrapped = counted(candidates, counter);
  counter.reads = 0;
  groupCandidates(wrapped);
  return { items: wrapped.length, reads: counter.reads };
}

/** Reads per item may grow a little (sorting is n log n), never tenfold. */
const MAX_GROWTH_PER_ITEM = 1.5;

describe('work per item stays bounded as the article grows tenfold', () => {
  it('resolving role phrases reads each earlier mention and entity a bounded number of times', () => {
    const small = roleMentionWork(30);
    const large = roleMentionWork(300);
    expect(large.items).toBe(small.items * 10);
    expect(large.reads / large.items).toBeLessThan((small.reads / small.items) * MAX_GROWTH_PER_ITEM);
  });

  it('grouping reads each candidate a bounded number of times, however many names came before', () => {
    const small = groupingWork(30);
    const large = groupingWork(300);
    expect(large.items).toBe(small.items * 10);
    expect(large.reads / large.items).toBeLessThan((small.reads / small.items) * MAX_GROWTH_PER_ITEM);
  });

  it('finds as many mentions in each added paragraph as in the last paragraph of the short article', () => {
    const small = findEntities(article(30));
    const large = findEntities(article(300));
    const perParagraph = small.mentions.filter((mention) => mention.paragraph === 29).length;
    expect(perParagraph).toBe(5);
    expect(large.mentions.length - small.mentions.length).toBe(270 * perParagraph);
    expect(large.entities.length).toBe(small.entities.length * 10);
  });
});
