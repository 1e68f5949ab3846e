/**
 * Reported statements cost work and text in proportion to the paragraph,
 * whatever its shape: one sentence that repeats a cue thousands of times once
 * gave every cue the rest of the sentence. Work is counted by the extraction's
 * work meter (steps of the statement finder's loops), not timed, so a busy
 * machine cannot make these tests pass or fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/extract/quotes/index.ts';
import { MAX_STATEMENT_REACH, reportedStatementsOf, type ReportedStatement } from '../../../src/extract/statements/index.ts';
import { resetWork, workDone } from '../../../src/extract/work-meter.ts';
import { article, fakeEntities, type FakeEntity } from '../quotes/fake-entities.ts';

/** Ten times the sentence may cost a little more than ten times the work and text, never the square. */
const MAX_TENFOLD_GROWTH = 12;

const NAMES: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] },
  { name: 'Tom Reyes', kind: 'person', aliases: ['Reyes'], roles: ['the mayor'] },
];

/** The statements of one-paragraph articles, with the steps the statement finder took (the analysis before it is not counted). */
function statementsWithWork(paragraphs: string[]): { statements: ReportedStatement[]; work: number } {
  const input = article(paragraphs);
  const analysis = analyzeArticle(input, fakeEntities(input, NAMES));
  resetWork();
  const statements = reportedStatementsOf(analysis);
  return { statements, work: workDone() };
}

function statementsOf(paragraph: string): ReportedStatement[] {
  return statementsWithWork([paragraph]).statements;
}

/** Characters of statement text and content the finder handed out. */
function textBytes(statements: readonly ReportedStatement[]): number {
  return statements.reduce((sum, statement) => sum + statement.text.length + statement.content.length, 0);
}

interface RepeatedCue {
  name: string;
  lead: string;
  unit: string;
  close: string;
}

/** One sentence: `lead`, then `unit` over and over, then `close`. */
const SHAPES: RepeatedCue[] = [
  { name: '`Ruiz said ` repeated', lead: 'Ana Ruiz arrived. ', unit: 'Ruiz said ', close: 'the port would reopen.' },
  { name: '`, she said, ` repeated', lead: 'Ana Ruiz arrived. ', unit: 'the port would reopen, she said, ', close: 'the dock was shut, she said.' },
  { name: '`he told reporters that ` repeated', lead: 'Tom Reyes arrived. ', unit: 'he told reporters that ', close: 'the port would reopen.' },
  { name: '`, she said in a statement; ` repeated', lead: 'Ana Ruiz arrived. ', unit: 'the port would reopen, she said in a statement; ', close: 'the dock was shut.' },
];

function sentenceOf(shape: RepeatedCue, chars: number): string {
  return shape.lead + shape.unit.repeat(Math.ceil(chars / shape.unit.length)) + shape.close;
}

describe('one sentence repeating a reporting cue', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: 200 K characters take at most ${MAX_TENFOLD_GROWTH} times the work and statement text of 20 K`, () => {
      const small = statementsWithWork([sentenceOf(shape, 20_000)]);
      const large = statementsWithWork([sentenceOf(shape, 200_000)]);
      expect(small.statements.length).toBeGreaterThan(0);
      expect(small.work).toBeGreaterThan(0);
      expect(large.work).toBeLessThanOrEqual(small.work * MAX_TENFOLD_GROWTH);
      expect(textBytes(large.statements)).toBeLessThanOrEqual(textBytes(small.statements) * MAX_TENFOLD_GROWTH);
    });
  }

  it('still gives every cue with a resolved speaker its statement', () => {
    const statements = statementsOf('Ana Ruiz arrived. ' + 'Ruiz said '.repeat(300) + 'the port would reopen.');
    expect(statements).toHaveLength(300);
    expect(statements.at(-1)!.text).toBe('Ruiz said the port would reopen');
  });
});

describe('how far a statement reaches from its cue', () => {
  it(`is ${MAX_STATEMENT_REACH} characters`, () => {
    expect(MAX_STATEMENT_REACH).toBe(1_000);
  });

  it('cuts a clause running past the reach after its cue at the last whole word within it', () => {
    // `said` ends at 9, so the reach ends at 1009: 58 units of 17 characters after the first 19 end at 1005.
    const paragraph = 'Ruiz said the port ' + 'would reopen and '.repeat(100) + 'stay open.';
    const [statement] = statementsOf(paragraph);
    expect(statement!.text).toBe('Ruiz said the port ' + 'would reopen and '.repeat(58).trimEnd());
    expect(statement!.content).toBe('the port ' + 'would reopen and '.repeat(58).trimEnd());
  });

  it('starts content written before a closing cue no more than the reach before it', () => {
    // `said` starts at 1011 (40 units of 25 characters, then `then, Ruiz `), so the reach starts at 11: `close` at 15 opens the text.
    const paragraph = 'the pier would close and '.repeat(40) + 'then, Ruiz said.';
    const [statement] = statementsOf(paragraph);
    expect(statement!.text).toBe('close and ' + 'the pier would close and '.repeat(39) + 'then, Ruiz said.');
    expect(statement!.content).toBe('close and ' + 'the pier would close and '.repeat(39) + 'then');
  });

  it('leaves a statement within the reach whole', () => {
    const paragraph = 'Ruiz said the port ' + 'would reopen and '.repeat(50) + 'stay open.';
    expect(statementsOf(paragraph).map((statement) => statement.text)).toEqual([paragraph]);
  });

  it('holds for any paragraph: text and content lie within the reach on both sides of the cue', () => {
    const piece = fc.constantFrom('Ruiz said', 'the mayor told reporters', 'she said', ',', ', but', ';', 'that', 'the port would reopen', 'in a statement', 'as he left', 'and the dock was shut');
    const paragraph = fc.array(fc.tuple(piece, fc.nat({ max: 40 })), { minLength: 1, maxLength: 30 }).map((parts) =>
      parts.map(([text, times]) => (text === 'and the dock was shut' ? `${text} `.repeat(times + 1).trim() : text)).join(' ') + '.',
    );
    fc.assert(
      fc.property(paragraph, (text) => {
        for (const statement of statementsOf(text)) {
          expect(statement.end - statement.start).toBeLessThanOrEqual(2 * MAX_STATEMENT_REACH + statement.cue.length);
          expect(statement.contentStart).toBeGreaterThanOrEqual(statement.start);
          expect(statement.contentEnd).toBeLessThanOrEqual(statement.end);
          expect(text.slice(statement.start, statement.end)).toBe(statement.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
