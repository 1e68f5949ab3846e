import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/extract/quotes/index.ts';
import { reportedStatementsOf, statementsOf } from '../../../src/extract/statements/index.ts';
import { article, fakeEntities, type FakeEntity } from '../quotes/fake-entities.ts';

const NAMES: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'], roles: ['the mayor'] },
  { name: 'Tom Reyes', kind: 'person', aliases: ['Reyes'], roles: ['the chief executive'] },
  { name: 'Harbour Authority', kind: 'organization' },
];

function analysis(paragraphs: string[]) {
  const input = article(paragraphs);
  return analyzeArticle(input, fakeEntities(input, NAMES));
}

/** Each statement as [cue, text, content]. */
function reported(paragraphs: string[]): [string, string, string][] {
  return reportedStatementsOf(analysis(paragraphs)).map((s) => [s.cue, s.text, s.content]);
}

describe('a statement is listed only when it reports content', () => {
  describe('a cue with only its own arguments is no statement', () => {
    it('drops a cue followed only by its addressee', () => {
      expect(reported(['Reyes tells Sky News.', 'Ruiz told reporters.', 'Ruiz told the BBC on Monday.'])).toEqual([]);
    });

    it('drops a cue followed only by its medium', () => {
      expect(reported(['Reyes wrote on X.', 'The Harbour Authority said in a statement.', 'Ruiz noted in a written submission.'])).toEqual([]);
    });

    it('drops a cue followed by a medium with its own addressee and time', () => {
      expect(reported(['Reyes visited the docks.', 'Later the chief executive said in a letter to employees on Friday.'])).toEqual([]);
    });

    it('drops a cue followed by an addressee and an adjunct holding a verb of its own', () => {
      expect(reported(['Ruiz told reporters at the ferry terminal after visiting the port.', 'Reyes said in a statement released after the council closed.'])).toEqual([]);
    });

    it('drops a cue followed by the topic it was about', () => {
      expect(reported(['Ruiz said of the harbour plans.'])).toEqual([]);
    });

    it('drops a speech verb whose object is what was written, not what was said', () => {
      expect(reported(['Ruiz shared a long message on Instagram.', 'Reyes posted a photo of the pier to fans.'])).toEqual([]);
    });

    it('drops a content part that is a verb without a subject', () => {
      expect(reported(['The fees, Ruiz said could rise soon.'])).toEqual([]);
    });
  });

  describe('content after the cue and its arguments is kept and recorded', () => {
    it('keeps a clause after the addressee', () => {
      expect(reported(['Reyes told Sky News the talks had failed.'])).toEqual([
        ['told', 'Reyes told Sky News the talks had failed.', 'the talks had failed'],
      ]);
    });

    it('keeps a that-clause after a medium', () => {
      expect(reported(['Reyes visited the docks.', 'On Friday the chief executive said in a letter that jobs would go.'])).toEqual([
        ['said', 'the chief executive said in a letter that jobs would go', 'that jobs would go'],
      ]);
    });

    it('keeps a clause after a time adjunct', () => {
      expect(reported(['Ruiz said on Monday prices would rise.'])).toEqual([['said', 'Ruiz said on Monday prices would rise.', 'prices would rise']]);
    });

    it('ends an addressee at the noun that heads it, so the next words can be the subject', () => {
      expect(reported(['Ruiz told the meeting ferry numbers had fallen.'])).toEqual([
        ['told', 'Ruiz told the meeting ferry numbers had fallen.', 'ferry numbers had fallen'],
      ]);
    });

    it('keeps an object pronoun addressee apart from the clause', () => {
      expect(reported(['Ruiz told me she would run again.'])).toEqual([['told', 'Ruiz told me she would run again.', 'she would run again']]);
    });

    it('keeps an infinitive and a gerund', () => {
      expect(reported(['Ruiz promised to reopen the pier.', 'Reyes recalled working the night shift.'])).toEqual([
        ['promised', 'Ruiz promised to reopen the pier.', 'to reopen the pier'],
        ['recalled', 'Reyes recalled working the night shift.', 'working the night shift'],
      ]);
    });

    it('keeps the object of a verb whose object is its content', () => {
      expect(reported(['Ruiz denied the claims.', 'Reyes rejected calls for new fees.', 'Ruiz agreed with the plan.'])).toEqual([
        ['denied', 'Ruiz denied the claims.', 'the claims'],
        ['rejected', 'Reyes rejected calls for new fees.', 'calls for new fees'],
        ['agreed', 'Ruiz agreed with the plan.', 'with the plan'],
      ]);
    });

    it('keeps an object described as something', () => {
      expect(reported(['Ruiz described the new fees as unfair.'])).toEqual([
        ['described', 'Ruiz described the new fees as unfair.', 'the new fees as unfair'],
      ]);
    });
  });

  describe('a sentence closed by its cue', () => {
    it('records the sentence before the comma as the content', () => {
      expect(reported(['The fees should stay low, Ruiz has said.'])).toEqual([
        ['has said', 'The fees should stay low, Ruiz has said.', 'The fees should stay low'],
      ]);
    });

    it('reads a closing cue with its own arguments as closing the sentence', () => {
      expect(reported(['Ruiz toured the port.', 'The pier will reopen in May, the mayor said in a statement.'])).toEqual([
        ['said', 'The pier will reopen in May, the mayor said in a statement.', 'The pier will reopen in May'],
      ]);
    });

    it('drops a closing cue after words that hold no clause', () => {
      expect(reported(['Yes, Ruiz said.', 'Not today, Reyes told reporters.'])).toEqual([]);
    });
  });

  it('lists in statementsOf exactly the reported statements, without the content fields', () => {
    const paragraphs = ['Reyes tells Sky News.', 'Reyes told Sky News the talks had failed.'];
    expect(statementsOf(analysis(paragraphs))).toEqual([
      {
        speaker: 'Tom Reyes',
        speakerId: 'person-tom-reyes',
        cue: 'told',
        text: 'Reyes told Sky News the talks had failed.',
        paragraph: 1,
        block: 'body',
        start: 0,
        end: 41,
      },
    ]);
  });
});

describe('statement spans (property)', () => {
  const subject = fc.constantFrom('Ruiz', 'Reyes', 'the mayor', 'she', 'The Harbour Authority');
  const cue = fc.constantFrom('said', 'told', 'tells', 'wrote', 'denied', 'has said', 'promised', 'described', 'noted');
  const argument = fc.constantFrom('reporters', 'Sky News', 'the BBC', 'me', 'in a statement', 'on Monday', 'to employees', 'afterwards', 'of the plan', 'after visiting the port', 'at a news conference');
  const content = fc.constantFrom('', 'that the talks had failed', 'the fees would go', 'prices rose', 'to reopen the pier', 'the claims', 'the delay as unfair', 'could rise');
  const reportedSpeech = fc
    .tuple(subject, cue, fc.array(argument, { maxLength: 3 }), content)
    .map(([who, verb, args, what]) => [who, verb, ...args, what].filter(Boolean).join(' ') + '.');
  const closingCue = fc
    .tuple(content, subject, cue, fc.array(argument, { maxLength: 2 }))
    .map(([what, who, verb, args]) => `${what}, ${[who, verb, ...args].join(' ')}.`);
  const noise = fc.array(fc.constantFrom('Ruiz', 'said', 'told', 'reporters', 'in a', 'that', ',', '.', '"', 'the', 'as', 'would go'), { maxLength: 12 }).map((parts) => parts.join(' '));
  const paragraph = fc.array(fc.oneof(reportedSpeech, closingCue, noise), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

  it('puts text and content at their offsets in the paragraph, content inside text and never empty', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        for (const statement of reportedStatementsOf(analysis(paragraphs))) {
          const source = paragraphs[statement.paragraph]!;
          expect(source.slice(statement.start, statement.end)).toBe(statement.text);
          expect(source.slice(statement.contentStart, statement.contentEnd)).toBe(statement.content);
          expect(statement.contentStart).toBeGreaterThanOrEqual(statement.start);
          expect(statement.contentEnd).toBeLessThanOrEqual(statement.end);
          expect(statement.content).toMatch(/\p{L}/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never keeps a statement whose sentence is only a cue and its arguments', () => {
    const addressee = fc.constantFrom('', 'reporters', 'Sky News', 'the BBC', 'me', 'the crowd', 'a news conference');
    const adjunct = fc.constantFrom('in a statement', 'on Monday', 'to employees', 'afterwards', 'after visiting the port', 'at a news conference', 'on X', 'in a letter to staff');
    const cueOnly = fc
      .tuple(subject, fc.constantFrom('said', 'wrote', 'noted', 'has said', 'told', 'tells'), addressee, fc.array(adjunct, { maxLength: 3 }))
      .map(([who, verb, whom, args]) => [who, verb, verb.startsWith('t') ? whom : '', ...args].filter(Boolean).join(' ') + '.');
    fc.assert(
      fc.property(cueOnly, (sentence) => {
        expect(reportedStatementsOf(analysis(['Ruiz and Reyes met at the port.', sentence]))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
