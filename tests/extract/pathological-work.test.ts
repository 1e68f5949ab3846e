/**
 * Extraction does work in proportion to its input whatever the input's shape:
 * ten times the text costs about ten times the work, never a hundred. Work is
 * counted by the extraction's work meter (steps of its scanning loops), not
 * timed, so a busy machine cannot make these tests pass or fail; the bench
 * times the same shapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathologicalArticle, PATHOLOGICAL_SHAPES } from '../../src/eval/pathological-text.ts';
import { MAX_NAME_TOKENS } from '../../src/extract/entities/runs.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { MAX_QUOTE_DEPTH } from '../../src/extract/quotes/pair-marks.ts';
import type { ArticleText, Extraction } from '../../src/extract/types.ts';
import { countWork, resetWork, workDone } from '../../src/extract/work-meter.ts';

/** Ten times the text may cost a little more than ten times the work (sorting is n log n), never the square. */
const MAX_TENFOLD_GROWTH = 12;

function paragraph(text: string): ArticleText {
  return { title: null, caption: null, dateline: [], paragraphs: [text] };
}

function workOf(article: ArticleText): number {
  resetWork();
  extractArticle(article);
  return workDone();
}

function extract(text: string): Extraction {
  return extractArticle(paragraph(text));
}

describe('the work meter', () => {
  it('adds the steps counted since the last reset', () => {
    resetWork();
    countWork();
    countWork(4);
    expect(workDone()).toBe(5);
    resetWork();
    expect(workDone()).toBe(0);
  });
});

describe('work on the shapes that once went quadratic, in one paragraph', () => {
  for (const shape of PATHOLOGICAL_SHAPES) {
    it(`${shape}: 20 K characters take at most ${MAX_TENFOLD_GROWTH} times the work of 2 K`, () => {
      const small = workOf(pathologicalArticle(shape, 2_000));
      const large = workOf(pathologicalArticle(shape, 20_000));
      expect(small).toBeGreaterThan(0);
      expect(large).toBeLessThanOrEqual(small * MAX_TENFOLD_GROWTH);
    });
  }
});

/** Paragraph pairs: a quote with its speaker, then a quote with no cue that repeats no earlier words. */
function quotesRepeatingNothing(chars: number): ArticleText {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i += 1) {
    const pair = [`"The harbour wall will hold ${i}," Ada Pell said.`, `Then came "a storm from the north ${i}" overnight.`];
    paragraphs.push(...pair);
    size += pair[0]!.length + pair[1]!.length;
  }
  return { title: null, caption: null, dateline: [], paragraphs };
}

describe('work looking for the earlier quote a cue-less quote repeats', () => {
  it('grows at most tenfold (and a little) when the quotes grow tenfold', () => {
    const small = workOf(quotesRepeatingNothing(2_000));
    const large = workOf(quotesRepeatingNothing(20_000));
    expect(large).toBeLessThanOrEqual(small * MAX_TENFOLD_GROWTH);
  });
});

const MARKS = ['"', '“', '”', '‘', '’', '«', '»', "'"];
const CAPITALIZED = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Pell', 'Reyes', 'Council', 'Ministry', 'Mr', 'The'];
const OTHER = ['of', 'and', 'the', 'said', 'told', ',', '.', ':', 'according', 'to', 'plan', ' '];

/** A pattern of marks, capitalized words and other words, the glue between pieces chosen too (marks often touch). */
const pattern = fc.array(
  fc.tuple(fc.constantFrom(...MARKS, ...MARKS, ...CAPITALIZED, ...CAPITALIZED, ...OTHER), fc.constantFrom('', ' ')),
  { minLength: 1, maxLength: 24 },
).map((pieces) => pieces.map(([piece, glue]) => piece + glue).join(''));

/** The pattern repeated up to `chars` characters, in one paragraph. */
function repeated(unit: string, chars: number): ArticleText {
  return paragraph(unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars));
}

describe('work on generated paragraphs mixing quote marks and capitalized words', () => {
  // From 2 K to 20 K characters the work of some patterns grows 20-30 times and then tenfold from 20 K to
  // 200 K (`",‘DeltaThe "`: 910, 29,095, 90,910 steps): bounded windows fill up before the growth is linear,
  // so linearity is asked where they are full, and with a fixed seed, so that CI never meets a new pattern
  // by chance; change the seed to explore.
  it('grows at most tenfold (and a little) when the paragraph grows tenfold from 20 K characters', () => {
    fc.assert(
      fc.property(pattern, (unit) => {
        const small = workOf(repeated(unit, 20_000));
        const large = workOf(repeated(unit, 200_000));
        // A few steps are spent whatever the size (one scan of a title, say): the floor keeps tiny counts from deciding.
        expect(large).toBeLessThanOrEqual(Math.max(small, 100) * MAX_TENFOLD_GROWTH);
      }),
      { numRuns: 12, seed: 20261206 },
    );
  });

  it('keeps the two patterns that grew 23 and 32 times from 2 K to 20 K linear from 20 K on', () => {
    for (const unit of [',‘DeltaThe ', 'Reyes""Alpha"" The Pell Pell ""\'']) {
      const small = workOf(repeated(unit, 20_000));
      const large = workOf(repeated(unit, 200_000));
      expect(large).toBeLessThanOrEqual(small * MAX_TENFOLD_GROWTH);
    }
  });
});

describe('how long one name may be', () => {
  it('keeps a ten-word organization name whole', () => {
    const { entities } = extract('Officials at the Northern Council for the Protection of Coastal and Marine Wildlife said the plan would go ahead.');
    expect(entities.map((entity) => [entity.kind, entity.name])).toEqual([
      ['organization', 'Northern Council for the Protection of Coastal and Marine Wildlife'],
    ]);
  });

  it(`reads a capitalized run longer than ${MAX_NAME_TOKENS} tokens as no name at all`, () => {
    const { entities } = extract('Menu Home News Sport Business Culture Travel Weather Harbour Kestrel Maren Vale Eastwick Quarry Lantern Ridge and more stories.');
    expect(entities).toEqual([]);
  });

  it('never gives an entity more words than a name may have, however long the run', () => {
    const { entities } = extractArticle(pathologicalArticle('title-case-run', 5_000));
    for (const entity of entities) expect(entity.name.split(' ').length).toBeLessThanOrEqual(MAX_NAME_TOKENS);
  });
});

describe('how deep quotes may nest', () => {
  it(`keeps quotes up to ${MAX_QUOTE_DEPTH} levels inside another and drops deeper ones`, () => {
    const { quotes } = extract('Ada Pell said: “Tomas told me ‘the clerk wrote «the mayor said “close it” today» in the minutes’ yesterday.”');
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Tomas told me ‘the clerk wrote «the mayor said “close it” today» in the minutes’ yesterday.',
      'the clerk wrote «the mayor said “close it” today» in the minutes',
      'the mayor said “close it” today',
    ]);
  });
});
