import { figuresOf, type ArticleScore } from './score-article.ts';
import { renderTable, type Align } from './text-table.ts';

/** `92% 12/13`, or `-` when there was nothing to measure. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '-';
  return `${Math.round((100 * part) / whole)}% ${part}/${whole}`;
}

const HEADER = ['article', 'span recall', 'span prec', 'kind acc', 'speaker prec', 'speaker recall', 'not-speech out', 'entity prec', 'entity recall'];
const ALIGN: Align[] = ['left', ...HEADER.slice(1).map((): Align => 'right')];

function row(score: ArticleScore): string[] {
  const q = score.quotes;
  const e = score.entities;
  return [
    score.article,
    formatShare(q.foundSpans, q.goldSpans),
    formatShare(q.matchedPredictedSpans, q.predictedSpans),
    formatShare(q.kindsRight, q.kindsCompared),
    formatShare(q.rightSpeakers, q.namedSpeakers),
    formatShare(q.foundSpeakers, q.goldSpeakers),
    formatShare(q.notSpeechKeptOut, q.notSpeech),
    formatShare(e.right, e.predicted),
    formatShare(e.found, e.gold),
  ];
}

/** Per-article rows, a rule, the totals row, and a note on which entity kinds were scored. */
export function formatScoreTable(scores: readonly ArticleScore[], total: ArticleScore): string {
  const table = renderTable(HEADER, [...scores.map(row), row(total)], { align: ALIGN, ruleBefore: [scores.length] });
  return `${table}\n\n${entityKindsNote(scores)}`;
}

/** Which entity kinds were scored where: each gold file lists its own (the seed has events, the corpus not). */
export function entityKindsNote(scores: readonly ArticleScore[]): string {
  const articlesByKinds = new Map<string, string[]>();
  for (const score of scores) {
    const kinds = score.entities.kinds.join(', ') || 'none';
    articlesByKinds.set(kinds, [...(articlesByKinds.get(kinds) ?? []), score.article]);
  }
  if (articlesByKinds.size <= 1) return `Entities scored only for the kinds the gold lists: ${[...articlesByKinds.keys()][0] ?? 'none'}.`;
  const groups = [...articlesByKinds].map(([kinds, articles]) => `${kinds} in ${articles.join(', ')}`);
  return `Entities scored only for the kinds each gold file lists: ${groups.join('; ')}.`;
}

/** The machine-readable report: counts and ratios per article and in total. */
export function scoresAsJson(scores: readonly ArticleScore[], total: ArticleScore) {
  const withFigures = (score: ArticleScore) => ({ ...score, figures: figuresOf(score) });
  return { articles: scores.map(withFigures), total: withFigures(total) };
}
