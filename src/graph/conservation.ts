import { inArticle } from './article-error.ts';
import type { Location } from '../extract/types.ts';
import type { GraphQuote, MentionInContext, SiteArticle, SiteGraph } from './types.ts';

/**
 * Nothing is lost between the extraction and the pages: every quote that is
 * not `not-speech` appears exactly once, on one speaker page or on the
 * unattributed list, and every mention appears exactly once on the page of
 * the entity it names. Throws naming the first article and span that breaks
 * the rule.
 */
export function assertConservation(graph: SiteGraph, articles: readonly SiteArticle[]): void {
  // The graph's quotes and mentions filed by article, as references: each
  // article's counts are then keyed and dropped one article at a time, not
  // as one key string per span of the whole archive held at once (160,000
  // mention keys at 4,000 articles, while the graph is new and the heap at
  // its fullest).
  const quotesByArticle = new Map<string, GraphQuote[]>();
  for (const speaker of graph.speakers) {
    for (const group of speaker.articles) for (const quote of group.quotes) fileUnder(quotesByArticle, quote.article.slug, quote);
  }
  for (const quote of graph.unattributed) fileUnder(quotesByArticle, quote.article.slug, quote);
  const mentionsByArticle = new Map<string, { slugs: string[]; mentions: MentionInContext[] }>();
  for (const entity of graph.entities) {
    for (const mention of entity.mentions) {
      let filed = mentionsByArticle.get(mention.article.slug);
      if (filed === undefined) {
        filed = { slugs: [], mentions: [] };
        mentionsByArticle.set(mention.article.slug, filed);
      }
      filed.slugs.push(entity.slug);
      filed.mentions.push(mention);
    }
  }

  for (const article of articles) {
    inArticle(article, 'checking that nothing was lost', () => {
      const quoteCounts = new Map<string, number>();
      for (const quote of quotesByArticle.get(article.slug) ?? []) quoteCounts.set(quote.id, (quoteCounts.get(quote.id) ?? 0) + 1);
      for (const quote of article.extraction.quotes) {
        if (quote.kind === 'not-speech') continue;
        const count = quoteCounts.get(quote.id) ?? 0;
        if (count !== 1) {
          throw new Error(
            `Conservation: quote ${quote.id} of article "${article.slug}" appears ${count} times; ` +
              'it must appear exactly once, on one speaker page or the unattributed list',
          );
        }
      }
      const mentionCounts = new Map<string, number>();
      const filed = mentionsByArticle.get(article.slug);
      filed?.mentions.forEach((mention, index) => {
        const key = mentionKey(filed.slugs[index], mention);
        mentionCounts.set(key, (mentionCounts.get(key) ?? 0) + 1);
      });
      for (const mention of article.extraction.mentions) {
        const slug = graph.slugByArticleEntity[article.slug]?.[mention.entityId];
        const count = slug === undefined ? 0 : (mentionCounts.get(mentionKey(slug, mention)) ?? 0);
        if (count !== 1) {
          throw new Error(
            `Conservation: mention "${mention.text}" (${mention.block} ${mention.paragraph}, ${mention.start}-${mention.end}) ` +
              `of article "${article.slug}" appears ${count} times on the page of entity "${slug ?? mention.entityId}"; it must appear exactly once`,
          );
        }
      }
    });
  }
}

/** A mention's place on the page of the entity `slug`, within one article. */
function mentionKey(slug: string | undefined, mention: Location): string {
  return [slug, mention.block, mention.paragraph, mention.start, mention.end].join('\u0000');
}

function fileUnder<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}
