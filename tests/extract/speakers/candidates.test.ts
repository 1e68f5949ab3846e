import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';
import { CONJOINED_GROUPS, lastStatementBefore, MAX_CANDIDATES, speakerCandidates } from '../../../src/extract/speakers/candidates.ts';
import { resetWork, workDone } from '../../../src/extract/work-meter.ts';

const text: ArticleText = {
  title: null,
  caption: null,
  dateline: [],
  paragraphs: [
    'Harbour master Ada Pell said the crossing would open in spring.',
    '"We have waited long enough," she said. "The ferry is ready."',
    '"Every boat has been inspected twice."',
    'Tom Reyes, who runs the marina, disagreed. "Not before May," Reyes said.',
  ],
};
const extraction = extractArticle(text);
const candidates = speakerCandidates(extraction, text);
const names = (quote: number) => candidates[quote]!.map((candidate) => candidate.name);
const features = (quote: number, name: string) => [...candidates[quote]!.find((candidate) => candidate.name === name)!.features];

describe('speakerCandidates', () => {
  it('offers, for a paragraph that is only a quote, the people named before it', () => {
    expect(extraction.quotes[2]!.text).toBe('Every boat has been inspected twice.');
    expect(names(2)).toEqual(['Ada Pell', 'Tom Reyes']);
  });

  it('marks the speaker of the quote before, and that the paragraph holds nothing but quotes', () => {
    expect(features(2, 'Ada Pell')).toEqual(expect.arrayContaining(['previous-quote-speaker=1', 'previous-quote-speaker=1&block-only-quotes']));
    expect(features(2, 'Tom Reyes')).not.toContain('previous-quote-speaker=1');
  });

  it('puts the nearest candidate first: one named in the quote’s own paragraph before one three paragraphs up', () => {
    expect(names(3)).toEqual(['Tom Reyes', 'Ada Pell']);
    expect(features(3, 'Tom Reyes')).toEqual(expect.arrayContaining(['para-dist=0', 'same-block=after', 'same-block-dist=0-15', 'reading-rank=0']));
    expect(features(3, 'Ada Pell')).toEqual(expect.arrayContaining(['para-dist=3+', 'same-block=none', 'reading-rank=1']));
  });

  it('says which candidate the engine chose', () => {
    expect(features(3, 'Tom Reyes')).toEqual(expect.arrayContaining(['engine=this', 'engine-rule=quote-X-said', 'engine-conf=0.95+']));
    expect(features(3, 'Ada Pell')).toContain('engine=other');
  });

  it('keeps the speaker the rules name after the quote among the candidates, however many bodies its paragraph names before', () => {
    const crowded: ArticleText = {
      title: null,
      caption: null,
      dateline: [],
      paragraphs: [
        'Northwind Capital, Harbour Trust, Bellweather Bank, Kestrel Holdings and Marlow Partners all sold shares. ' +
          '"The onus is on the board," said Ana Ruiz, investment director at Corbel Advisers.',
      ],
    };
    const found = extractArticle(crowded);
    const quote = found.quotes.findIndex((q) => q.text.startsWith('The onus'));
    expect(found.quotes[quote]!.speaker).toBe('Ana Ruiz');
    const list = speakerCandidates(found, crowded)[quote]!.map((candidate) => candidate.name);
    expect(list).toHaveLength(MAX_CANDIDATES);
    expect(list).toContain('Ana Ruiz');
  });

  it('sees a pronoun next to a reporting verb in the quote’s paragraph', () => {
    expect(features(0, 'Ada Pell')).toContain('pronoun-cue&recency=0&kind=person');
  });

  it('marks the speaker of the reported speech just before a quote, and a quote opening its paragraph after it', () => {
    const reported: ArticleText = {
      title: null,
      caption: null,
      dateline: [],
      paragraphs: [
        'Lena Marsh, the harbour master, said on Monday that the crossing would open in spring.',
        'Tom Reyes said the marina was full. He added that the ferry had been late all week.',
        '"We cannot wait for another winter."',
      ],
    };
    const found = extractArticle(reported);
    // No one was quoted before: the reported speech's speaker goes on in the quote.
    expect(found.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['We cannot wait for another winter.', 'Tom Reyes']]);
    const [quote] = speakerCandidates(found, reported);
    const of = (name: string) => quote!.find((candidate) => candidate.name === name)!.features;
    expect(of('Tom Reyes')).toEqual(expect.arrayContaining(['last-statement=1', 'last-statement=1&opens-with-quote']));
    expect(of('Lena Marsh').filter((id) => id.startsWith('last-statement'))).toEqual([]);
  });

  it('finds the last statement ending before a quote, in reading order', () => {
    const statement = (paragraph: number, start: number, end: number) => ({ speaker: 'Ada Pell', speakerId: 'person/ada-pell', cue: 'said', text: 'x', paragraph, block: 'body' as const, start, end });
    const sorted = [statement(0, 0, 20), statement(1, 0, 30), statement(1, 40, 60)];
    const quoteAt = (paragraph: number, start: number) => ({ ...extraction.quotes[0]!, block: 'body' as const, paragraph, start, end: start + 5 });
    expect(lastStatementBefore(sorted, quoteAt(0, 0))).toBeNull();
    expect(lastStatementBefore(sorted, quoteAt(1, 35))).toBe(sorted[1]);
    expect(lastStatementBefore(sorted, quoteAt(1, 60))).toBe(sorted[2]);
    expect(lastStatementBefore(sorted, quoteAt(5, 0))).toBe(sorted[2]);
  });

  it('gives a not-speech quote no candidates at all', () => {
    const titled = { ...text, paragraphs: ['Ada Pell reviewed the film "Harbour Lights" on Monday.'] };
    const found = extractArticle(titled);
    expect(found.quotes.map((quote) => quote.kind)).toEqual(['not-speech']);
    expect(speakerCandidates(found, titled)).toEqual([null]);
  });
});

const NAMES = ['Ada Pell', 'Tom Reyes', 'Lena Marsh', 'the mayor', 'Harbour Council', 'she', 'they'];
const PIECES = ['"We open soon,"', 'said', 'told reporters', '“It is done.”', 'The ferry runs daily.', ':', '"', ',', 'according to'];
const paragraph = fc.array(fc.constantFrom(...NAMES, ...PIECES), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

describe('speakerCandidates on any article', () => {
  it('gives every speech quote at most MAX_CANDIDATES distinct candidates, each feature id once, and not-speech none', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
        const found = extractArticle(article);
        const lists = speakerCandidates(found, article);
        expect(lists).toHaveLength(found.quotes.length);
        lists.forEach((list, i) => {
          if (found.quotes[i]!.kind === 'not-speech') return expect(list).toBeNull();
          expect(list!.length).toBeLessThanOrEqual(MAX_CANDIDATES);
          expect(new Set(list!.map((candidate) => candidate.entityId)).size).toBe(list!.length);
          for (const candidate of list!) expect(new Set(candidate.features).size).toBe(candidate.features.length);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** The single facts of the conjoined groups among a candidate's features, in their order. */
const conjoinedFacts = (features: readonly string[]) =>
  features.filter((id) => !id.includes('&') && CONJOINED_GROUPS.some((group) => id.startsWith(`${group}=`)));

describe('conjoined evidence', () => {
  it('pairs the facts of the conjoined groups: the rules’ choice with the distance, the side and the kind', () => {
    const pell = features(3, 'Tom Reyes');
    expect(conjoinedFacts(pell)).toEqual(['kind=person', 'engine=this', 'para-dist=0', 'same-block=after', 'same-block-dist=0-15', 'same-block-form=name']);
    expect(pell).toContain('engine=this&para-dist=0');
    expect(pell).toContain('kind=person&same-block=after');
  });

  it('gives every candidate of any article each pair of its conjoined facts, and no other pair of them', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
        for (const list of speakerCandidates(extractArticle(article), article)) {
          for (const candidate of list ?? []) {
            const facts = conjoinedFacts(candidate.features);
            const pairs = facts.flatMap((a, i) => facts.slice(i + 1).map((b) => `${a}&${b}`));
            const found = candidate.features.filter((id) => {
              const [a, b, more] = id.split('&');
              return more === undefined && b !== undefined && facts.includes(a!) && facts.includes(b);
            });
            expect(found).toEqual(pairs);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the speaker decision on a paragraph of many quotes and names', () => {
  const said = (chars: number): ArticleText => {
    const unit = '"Yes," said Ada Pell. ';
    return { title: null, caption: null, dateline: [], paragraphs: [unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars).trim()] };
  };
  const workOf = (article: ArticleText) => {
    resetWork();
    extractArticle(article);
    return workDone();
  };

  it('does at most 12 times the work when the paragraph is ten times longer (it once grew with the cube)', () => {
    expect(workOf(said(20_000))).toBeLessThanOrEqual(workOf(said(2_000)) * 12);
  });
});
