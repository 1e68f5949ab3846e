import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../src/eval/gold.ts';
import type { Quote } from '../../src/extract/types.ts';
import type { GoldRun } from '../../src/learn/cross-validate.ts';
import { crossValidateKind, formatKindCrossValidation, kindCounts, kindRowsOf } from '../../src/learn/kind-cross-validate.ts';
import { DEFAULT_KIND_PLAN } from '../../src/learn/kind-train.ts';

const gold = (...quotes: [string, GoldArticle['quotes'][number]['kind'], boolean?][]): GoldArticle => ({
  title: null,
  entities: {},
  quotes: quotes.map(([text, kind, ambiguous]) => ({ text, kind, speaker: kind === 'not-speech' ? null : 'Ada Pell', ambiguous: ambiguous === true })),
});

describe('kindCounts', () => {
  it('counts not-speech kept out, speech wrongly taken out and kinds right by the scorer\'s matching', () => {
    const counts = kindCounts(
      [
        { text: 'Harbour Lights', kind: 'not-speech', speaker: null },
        { text: 'the Gaffer', kind: 'partial', speaker: null },
        { text: 'We open soon,', kind: 'not-speech', speaker: null },
        { text: 'too early', kind: 'partial', speaker: 'Ada Pell' },
        { text: 'security', kind: 'not-speech', speaker: null },
      ],
      gold(['Harbour Lights', 'not-speech'], ['the Gaffer', 'not-speech'], ['We open soon,', 'direct'], ['too early', 'partial'], ['security', 'not-speech', true], ['never found', 'direct']),
    );
    expect(counts).toEqual({ notSpeech: 2, notSpeechKeptOut: 1, speech: 2, speechTakenOut: 1, kindsCompared: 4, kindsRight: 2 });
  });
});

/** Twelve small articles: a Title Case name after `the` (gold not-speech, the rules say partial in a third) and a said sentence. */
function runs(): GoldRun[] {
  return Array.from({ length: 12 }, (_, n): GoldRun => {
    const name = `Harbour Lights ${n}`;
    const said = `We open on day ${n},`;
    const paragraph = `The "${name}" crew met us. "${said}" said Ada Pell.`;
    const quote = (text: string, kind: Quote['kind'], speaker: string | null): Quote => {
      const start = paragraph.indexOf(text);
      return { id: `q-${start}`, block: 'body', paragraph: 0, start, end: start + text.length, text, kind, speaker, speakerId: speaker === null ? null : 'ada-pell', cue: null, rule: null, confidence: speaker === null ? 0 : 0.95 };
    };
    return {
      set: n < 6 ? 'real' : 'invented',
      name: String(n).padStart(2, '0'),
      text: { title: null, caption: null, dateline: [], paragraphs: [paragraph] },
      extraction: { entities: [], mentions: [], statements: [], quotes: [quote(name, n % 3 === 0 ? 'partial' : 'not-speech', null), quote(said, 'direct', 'Ada Pell')] },
      gold: gold([name, 'not-speech'], [said, 'direct']),
    };
  });
}

describe('kindRowsOf', () => {
  it('gives one labelled row per matched quote, with whether the rules called it not-speech', () => {
    const rows = kindRowsOf(runs()[1]!).rows;
    expect(rows.map((row) => [row.label, row.rulesNotSpeech])).toEqual([[1, true], [0, false]]);
    expect(rows[0]!.features['title-case']).toBe(1);
  });
});

describe('crossValidateKind', () => {
  const result = crossValidateKind(runs(), 3, { ...DEFAULT_KIND_PLAN, l2Grid: [3] });

  it('scores every article by the rules, under CV and at fit', () => {
    expect(result.articles).toHaveLength(12);
    const rules = result.articles.reduce((sum, article) => sum + article.rules.notSpeechKeptOut, 0);
    expect(rules).toBe(8);
    for (const article of result.articles) expect(article.cv.notSpeech).toBe(1);
  });

  it('reports each fold it trained', () => {
    expect(result.folds.reduce((sum, fold) => sum + fold.articles, 0)).toBe(12);
    for (const fold of result.folds) expect(fold.l2).toBe(3);
  });

  it('prints one row per set and the total', () => {
    const table = formatKindCrossValidation(result);
    expect(table).toContain('| set | articles | rules NS out |');
    expect(table).toMatch(/\| real \| 6 \| 67% 4\/6 \|/u);
    expect(table).toMatch(/\| invented \| 6 \| 67% 4\/6 \|/u);
    expect(table).toMatch(/\| total \| 12 \| 67% 8\/12 \| 0% 0\/12 \| 83% 20\/24 \|/u);
  });

  it('refuses fewer than 2 folds', () => {
    expect(() => crossValidateKind(runs(), 1, DEFAULT_KIND_PLAN)).toThrow('kind cross-validation: k must be an integer >= 2 (got 1)');
  });
});
