import type { ArticleText, Quote } from '../types.ts';
import { analyzeArticle, type ArticleAnalysis, type FoundEntities } from './analyze-article.ts';
import { attributeQuotes } from './attribute-quotes.ts';
import { quoteSites } from './quote-sites.ts';

export type { FoundEntities, ArticleAnalysis };
export { analyzeArticle };

const BLOCK_INITIAL = { title: 't', caption: 'c', body: 'b' } as const;

/** Every quotation-marked span of an analysed article, classified and attributed, in reading order. */
export function quotesOf(analysis: ArticleAnalysis): Quote[] {
  const sites = quoteSites(analysis);
  const attributions = attributeQuotes(analysis, sites);
  return sites.map((site) => {
    const { block } = site;
    const span = block.spans[site.span]!;
    const attribution = attributions.get(site);
    return {
      id: `q-${BLOCK_INITIAL[block.block]}${block.paragraph}-${span.start}`,
      block: block.block,
      paragraph: block.paragraph,
      start: span.start,
      end: span.end,
      text: block.text.slice(span.start, span.end),
      kind: site.kind,
      speaker: attribution?.entity.name ?? null,
      speakerId: attribution?.entity.id ?? null,
      cue: attribution?.cue ?? null,
      rule: attribution?.rule ?? null,
      confidence: attribution?.confidence ?? 0,
    };
  });
}

/** Quotes of an article whose entities and mentions are already known. */
export function findQuotes(article: ArticleText, found: FoundEntities): Quote[] {
  return quotesOf(analyzeArticle(article, found));
}
