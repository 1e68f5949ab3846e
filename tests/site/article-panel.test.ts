import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GraphQuote } from '../../src/graph/types.ts';
import { whoSaidWhat } from '../../src/site/article-panel.ts';

const ARTICLE = { slug: 'harbour-talks', title: 'Harbour talks', headline: 'Harbour talks', headlineDerived: false };

/** A quote of paragraph `paragraph`, said by `speaker` (a slug) or by nobody; the rest as most quotes are. */
function quote(paragraph: number, speaker: string | null, fields: Partial<GraphQuote> = {}): GraphQuote {
  return {
    article: ARTICLE,
    block: 'body',
    paragraph,
    anchor: `p-${paragraph}`,
    start: 1,
    end: 20,
    id: `q-${paragraph}-1`,
    quoteAnchor: `q-b${paragraph}-1`,
    text: 'The quay stays shut',
    kind: 'direct',
    cue: 'said',
    rule: null,
    confidence: 0.95,
    lowConfidence: false,
    editorConfirmed: false,
    speakerSlug: speaker,
    speakerName: speaker === null ? null : speaker.split('-').map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' '),
    candidateSpeaker: null,
    candidateSlug: null,
    context: { sentence: '"The quay stays shut," she said.', start: 1, end: 20 },
    ...fields,
  };
}

const plain = { partial: 0, uncertain: 0, confirmed: 0 };

describe('whoSaidWhat: the side panel\'s "Who said what"', () => {
  test('gives one line per speaker with their count, linked to their first quote, most quotes first', () => {
    const lines = whoSaidWhat([quote(0, 'ann-berg'), quote(1, 'ola-dahl'), quote(2, 'ola-dahl'), quote(4, 'ann-berg'), quote(5, 'ola-dahl')]);
    expect(lines).toEqual([
      { speaker: { slug: 'ola-dahl', name: 'Ola Dahl' }, tally: { quotes: 3, firstAnchor: 'q-b1-1', ...plain }, possible: [] },
      { speaker: { slug: 'ann-berg', name: 'Ann Berg' }, tally: { quotes: 2, firstAnchor: 'q-b0-1', ...plain }, possible: [] },
    ]);
  });

  test('lists speakers with as many quotes in the order they first speak', () => {
    const lines = whoSaidWhat([quote(0, 'ola-dahl'), quote(1, 'ann-berg'), quote(2, 'kai-lund')]);
    expect(lines.map((line) => line.speaker?.slug)).toEqual(['ola-dahl', 'ann-berg', 'kai-lund']);
  });

  test('counts partial quotes, quotes shown as uncertain and quotes an editor confirmed', () => {
    const lines = whoSaidWhat([
      quote(0, 'ann-berg', { kind: 'partial' }),
      quote(1, 'ann-berg', { lowConfidence: true }),
      quote(2, 'ann-berg', { lowConfidence: true, editorConfirmed: true }),
      quote(3, 'ann-berg', { kind: 'partial', editorConfirmed: true }),
    ]);
    expect(lines.map((line) => line.tally)).toEqual([{ quotes: 4, firstAnchor: 'q-b0-1', partial: 2, uncertain: 1, confirmed: 2 }]);
  });

  test('puts the quotes with no speaker on one last line, linked to the first of them', () => {
    const lines = whoSaidWhat([quote(0, null), quote(1, 'ann-berg'), quote(3, null, { kind: 'partial' })]);
    expect(lines.at(-1)).toEqual({ speaker: null, tally: { quotes: 2, firstAnchor: 'q-b0-1', partial: 1, uncertain: 0, confirmed: 0 }, possible: [] });
    expect(lines.length).toBe(2);
  });

  test("names the model's guess for a quote with no speaker only as a possible speaker there, never as a speaker's line", () => {
    const guessed = { candidateSpeaker: 'Port Authority', candidateSlug: 'port-authority', confidence: 0.4 };
    const lines = whoSaidWhat([quote(0, null, guessed), quote(2, null), quote(4, null, guessed)]);
    expect(lines).toEqual([
      { speaker: null, tally: { quotes: 3, firstAnchor: 'q-b0-1', ...plain }, possible: [{ name: 'Port Authority', slug: 'port-authority', quotes: 2 }] },
    ]);
  });

  test('counts each possible speaker apart, by entity page or (with none) by name, most quotes first', () => {
    const lines = whoSaidWhat([
      quote(0, null, { candidateSpeaker: 'the minister', candidateSlug: null }),
      quote(1, null, { candidateSpeaker: 'Ann Berg', candidateSlug: 'ann-berg' }),
      quote(2, null, { candidateSpeaker: 'Berg', candidateSlug: 'ann-berg' }),
    ]);
    expect(lines[0]?.possible).toEqual([
      { name: 'Ann Berg', slug: 'ann-berg', quotes: 2 },
      { name: 'the minister', slug: null, quotes: 1 },
    ]);
  });

  test('has no line for an article without quotes', () => {
    expect(whoSaidWhat([])).toEqual([]);
  });

  test('counts every quote once, on the line of its speaker (or none), and links each line to its first quote', () => {
    const speakers = fc.constantFrom('ann-berg', 'ola-dahl', 'kai-lund', null);
    fc.assert(
      fc.property(fc.array(speakers, { maxLength: 30 }), (said) => {
        const quotes = said.map((speaker, paragraph) => quote(paragraph, speaker));
        const lines = whoSaidWhat(quotes);
        expect(lines.reduce((sum, line) => sum + line.tally.quotes, 0)).toBe(quotes.length);
        for (const line of lines) {
          const theirs = quotes.filter((each) => each.speakerSlug === (line.speaker?.slug ?? null));
          expect([line.tally.quotes, line.tally.firstAnchor]).toEqual([theirs.length, theirs[0]?.quoteAnchor]);
        }
        expect(new Set(lines.map((line) => line.speaker?.slug ?? null)).size).toBe(lines.length);
      }),
    );
  });
});
