import { renderTable } from '../../src/eval/text-table.ts';
import type { PageWeightSummary } from '../../src/site/page-weight.ts';

/** One N of the benchmark: its cold build's article page weight (src/site/page-weight.ts), null when it wrote no article page. */
export interface ArticlePageWeightRow {
  articles: number;
  articlePageWeight: PageWeightSummary | null;
}

/** The table `npm run bench:build` prints under its comparison: one row per N. */
export function formatArticlePageWeights(rows: readonly ArticlePageWeightRow[]): string {
  const cells = rows.map(({ articles, articlePageWeight: w }) =>
    w === null ? [String(articles), '0', '-', '-', '-'] : [String(articles), String(w.pages), `${w.median.toFixed(2)}x`, `${w.max.toFixed(2)}x`, w.maxId],
  );
  return renderTable(['N', 'article pages', 'article page / text, median', 'max', 'heaviest'], cells, {
    align: ['right', 'right', 'right', 'right', 'left'],
  });
}
