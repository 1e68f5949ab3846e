import { describe, expect, it } from 'vitest';
import type { ArticleRef, MentionInContext } from '../../src/graph/types.ts';
import { groupMentionsByArticle } from '../../src/site/mention-groups.ts';

const talks: ArticleRef = { slug: 'talks', title: 'Talks end', headline: 'Talks end', headlineDerived: false, date: '2024-03-02' };
const visit: ArticleRef = { slug: 'visit', title: 'A visit', headline: 'A visit', headlineDerived: false };
const mentionIn = (article: ArticleRef, text: string): MentionInContext => ({ article, text }) as MentionInContext;

describe('groupMentionsByArticle', () => {
  it('puts neighbouring mentions of one article under one group, in the given order', () => {
    const mentions = [mentionIn(talks, 'Seoul'), mentionIn(talks, 'the capital'), mentionIn(visit, 'Seoul')];
    expect(groupMentionsByArticle(mentions).map((group) => [group.article.slug, group.mentions.map((m) => m.text)])).toEqual([
      ['talks', ['Seoul', 'the capital']],
      ['visit', ['Seoul']],
    ]);
  });

  it('keeps the article reference of each group', () => {
    expect(groupMentionsByArticle([mentionIn(talks, 'Seoul')])[0]?.article).toEqual(talks);
  });

  it('returns no groups for no mentions', () => {
    expect(groupMentionsByArticle([])).toEqual([]);
  });
});
