import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { straightenDoubledQuoteMarks } from '../../src/ingest/doubled-quote-marks.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { articleFromText } from '../../src/cli/extract-command.ts';

describe('straightenDoubledQuoteMarks', () => {
  it('writes two apostrophes around a quote as double quote marks', () => {
    expect(straightenDoubledQuoteMarks("''We will not vote for him,'' declared Senator Ada Flint.")).toEqual({
      text: '"We will not vote for him," declared Senator Ada Flint.',
      replaced: 2,
    });
  });

  it('writes two backticks opening a quote as a double quote mark', () => {
    expect(straightenDoubledQuoteMarks("``Yes,'' he said.")).toEqual({ text: '"Yes," he said.', replaced: 2 });
  });

  it('leaves a pair inside a word, and a run of three marks, as written', () => {
    expect(straightenDoubledQuoteMarks("rock''n''roll and a '''bold''' word")).toEqual({ text: "rock''n''roll and a '''bold''' word", replaced: 0 });
  });

  it('reads three apostrophes after a quote\'s closing punctuation as the inner single mark, then the pair', () => {
    expect(straightenDoubledQuoteMarks("''I tell them, 'We are sorry,''' said Ann Lee.")).toEqual({
      text: `"I tell them, 'We are sorry,'" said Ann Lee.`,
      replaced: 2,
    });
  });

  it('reads three apostrophes before a capital as the pair, then the inner single mark', () => {
    expect(straightenDoubledQuoteMarks("They say, '''Sir, we stay,' he told me.''")).toEqual({
      text: `They say, "'Sir, we stay,' he told me."`,
      replaced: 2,
    });
  });

  it('changes no text without a doubled apostrophe or backtick', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes("''") && !text.includes('``')),
        (text) => {
          expect(straightenDoubledQuoteMarks(text)).toEqual({ text, replaced: 0 });
        },
      ),
    );
  });

  it('replaces each pair it counts with one character, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', "'", '`', '"', '.', ','), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        const { text: out, replaced } = straightenDoubledQuoteMarks(text);
        expect(out.length).toBe(text.length - replaced);
        expect(out.replaceAll('"', '').length).toBeLessThanOrEqual(text.replaceAll('"', '').length);
      }),
    );
  });
});

describe('ingest and doubled quote marks', () => {
  const raw = ['Senators split on the nominee', "''If he remains who he is, I will not vote for him,'' declared Senator Ada Flint."].join('\n\n');

  it('reads them as double quote marks, and says so for the line', () => {
    const result = ingestText(raw, 'a.txt');
    expect(result.paragraphs[0]).toBe('"If he remains who he is, I will not vote for him," declared Senator Ada Flint.');
    expect(result.warnings).toEqual(["line 3: read 2 pairs of apostrophes or backticks ('' or ``) as double quote marks"]);
  });

  it('so the quote gets its speaker', () => {
    const { article } = articleFromText('a.txt', raw);
    const [quote] = extractArticle(article).quotes;
    expect([quote!.text, quote!.speaker]).toEqual(['If he remains who he is, I will not vote for him,', 'Ada Flint']);
  });

  it('so does a quote whose inner quote ends where it ends', () => {
    const nested = ['Senators split on the nominee', "''I tell them, 'We will not vote for him,''' declared Senator Ada Flint."].join('\n\n');
    const { article } = articleFromText('a.txt', nested);
    const [quote] = extractArticle(article).quotes;
    expect([quote!.text, quote!.speaker]).toEqual(["I tell them, 'We will not vote for him,'", 'Ada Flint']);
  });
});
