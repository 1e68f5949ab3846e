import type { ArticleRef, MentionInContext } from '../graph/types.ts';

export interface ArticleMentions {
  article: ArticleRef;
  mentions: MentionInContext[];
}

/**
 * Mentions under one heading per article. The graph lists them newest article
 * first and in reading order within one, so only neighbours are merged.
 */
export function groupMentionsByArticle(mentions: readonly MentionInContext[]): ArticleMentions[] {
  const groups: ArticleMentions[] = [];
  for (const mention of mentions) {
    const last = groups[groups.length - 1];
    if (last?.article.slug === mention.article.slug) last.mentions.push(mention);
    else groups.push({ article: mention.article, mentions: [mention] });
  }
  return groups;
}
