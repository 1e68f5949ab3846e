import { inArticle } from './article-error.ts';
import type { SiteArticle, SiteGraph } from './types.ts';

/**
 * Nothing is lost between the extraction and the pages: every quote that is
 * not `not-speech` appears exactly once, on one speaker page or on the
 * unattributed list, and every mention appears exactly once on the page of
 * the entity it names. Throws naming the first article and span that breaks
 * the rule.
 */
export function assertConservation(graph: SiteGraph, articles: readonly SiteArticle[]): void {
  const quoteCounts = new Map<string, number>();
  const countQuote = (article: string, id: string): void => {
    const key = `${article}\u0000${id}`;
    quoteCounts.set(key, (quoteCounts.get(key) ?? 0) + 1);
  };
  for (const speaker of graph.speakers) {
    for (const group of speaker.articles) for (const quote of group.quotes) countQuote(quote.article.slug, quote.id);
  }
  for (const quote of graph.unattributed) countQuote(quote.article.slug, quote.id);

  const mentionCounts = new Map<string, number>();
  for (const entity of graph.entities) {
    for (const mention of entity.mentions) {
      const key = [entity.slug, mention.article.slug, mention.block, mention.paragraph, mention.start, mention.end].join('\u0000');
      mentionCounts.set(key, (mentionCounts.get(key) ?? 0) + 1);
    }
  }

  for (const article of articles) {
    inArticle(article, 'checking that nothing was lost', () => {
      for (const quote of article.extraction.quotes) {
        if (quote.kind === 'not-speech') continue;
        const count = quoteCounts.get(`${article.slug}\u0000${quote.id}`) ?? 0;
        if (count !== 1) {
          throw new Error(
            `Conservation: quote ${quote.id} of article "${article.slug}" appears ${count} times; ` +
              'it must appear exactly once, on one speaker page or the unattributed list',
          );
        }
      }
      for (const mention of article.extraction.mentions) {
        const slug = graph.slugByArticleEntity[article.slug]?.[mention.entityId];
        const key = [slug, article.slug, mention.block, mention.paragraph, mention.start, mention.end].join('\u0000');
        const count = slug === undefined ? 0 : (mentionCounts.get(key) ?? 0);
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
