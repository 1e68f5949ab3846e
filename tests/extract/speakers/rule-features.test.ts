import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleText, Entity, EntityMention, Extraction, Quote } from '../../../src/extract/types.ts';
import { speakerFeatures, wordCount } from '../../../src/extract/speakers/rule-features.ts';

const P0 = 'Ada Pell runs the harbour at Port Maren.';
const P1 = '"We will open on Monday," said Ada Pell. "Bring coats," she added.';
const P2 = '"Nobody told us anything."';
const P3 = 'The Harbour Board said the plan was "too early" and Chief Engineer Tom Reyes agreed.';

const text: ArticleText = { title: 'Ferry to open', caption: null, dateline: [], paragraphs: [P0, P1, P2, P3] };

function entity(id: string, name: string, kind: Entity['kind'], mentions: number): Entity {
  return { id, name, kind, aliases: [name], mentions, roles: [], affiliations: [] };
}

function mention(entityId: string, paragraph: number, paragraphText: string, written: string): EntityMention {
  const start = paragraphText.indexOf(written);
  if (start < 0) throw new Error(`fixture: "${written}" not in paragraph ${paragraph}`);
  return { entityId, block: 'body', paragraph, start, end: start + written.length, text: written, form: 'name' };
}

function quote(paragraph: number, paragraphText: string, words: string, fields: Partial<Quote>): Quote {
  const start = paragraphText.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in paragraph ${paragraph}`);
  return {
    id: `q-b${paragraph}-${start}`, block: 'body', paragraph, start, end: start + words.length, text: words,
    kind: 'direct', speaker: 'Ada Pell', speakerId: 'ada-pell', cue: 'said', rule: 'quote-said-X', confidence: 0.95,
    ...fields,
  };
}

const extraction: Extraction = {
  entities: [
    entity('ada-pell', 'Ada Pell', 'person', 2),
    entity('harbour-board', 'The Harbour Board', 'organization', 1),
    entity('tom-reyes', 'Chief Engineer Tom Reyes', 'person', 1),
  ],
  mentions: [
    mention('ada-pell', 0, P0, 'Ada Pell'),
    mention('ada-pell', 1, P1, 'Ada Pell'),
    mention('harbour-board', 3, P3, 'The Harbour Board'),
    mention('tom-reyes', 3, P3, 'Chief Engineer Tom Reyes'),
  ],
  quotes: [
    quote(1, P1, 'We will open on Monday,', {}),
    quote(1, P1, 'Bring coats,', { rule: 'split', cue: 'added', confidence: 0.855 }),
    quote(2, P2, 'Nobody told us anything.', { rule: 'continuation', cue: 'said', confidence: 0.6 }),
    quote(3, P3, 'too early', {
      kind: 'partial', speaker: 'The Harbour Board', speakerId: 'harbour-board', rule: 'partial-in-clause', confidence: 0.8,
    }),
    quote(3, P3, 'too', { kind: 'not-speech', speaker: null, speakerId: null, cue: null, rule: null, confidence: 0 }),
  ],
  statements: [],
};

const ids = (index: number) => [...(speakerFeatures(extraction, text)[index] ?? [])];

describe('speakerFeatures', () => {
  it('lists every feature of a quote whose speaker is named right after it, each once', () => {
    const features = speakerFeatures(extraction, text)[0]!;
    expect(new Set(features).size).toBe(features.length);
    expect([...features].sort()).toEqual([
      'block=body',
      'conf=0.95+',
      'cue-subject=name',
      'cue-word=said',
      'dist-bucket=0-15',
      'kind=direct',
      'mention-form=name',
      'mention-side=after',
      'other-speakers-in-paragraph=0',
      'paragraph-quotes=2',
      'quote-opens-paragraph',
      'quote-words=4-9',
      'rule=quote-said-X',
      'rule=quote-said-X&cue-subject=name',
      'rule=quote-said-X&speaker-in-sentence=yes',
      'speaker-aliases=1',
      'speaker-in-sentence=yes',
      'speaker-kind=person',
      'speaker-kind=person&kind=direct',
      'speaker-kind=person&rule=quote-said-X',
      'speaker-kind=person&speaker-aliases=1',
      'speaker-kind=person&speaker-mentions=2',
      'speaker-kind=person&speaker-name-words=2',
      'speaker-mentions=2',
      'speaker-name-words=2',
      'speaker-quotes=3',
    ]);
  });

  it('reads a pronoun next to the cue as the subject, not a name in the sentence before', () => {
    expect(ids(1)).toContain('cue-subject=pronoun');
    expect(ids(1)).toContain('rule=split&cue-subject=pronoun');
    expect(ids(1)).toContain('speaker-in-sentence=no');
  });

  it('marks a paragraph that is only a quote, with the speaker named in the paragraph before', () => {
    expect(ids(2)).toEqual(expect.arrayContaining(['paragraph-only-quotes', 'dist-bucket=previous-paragraph', 'cue-subject=elsewhere']));
    expect(ids(2).some((id) => id.startsWith('mention-side='))).toBe(false);
  });

  it('counts the other people and organizations named in the paragraph, and a title inside a name', () => {
    expect(ids(3)).toEqual(expect.arrayContaining([
      'other-speakers-in-paragraph=1',
      'speaker-kind=organization&kind=partial',
      'dist-bucket=16-50',
      'mention-side=before',
    ]));
    const reyes = speakerFeatures({ ...extraction, quotes: [{ ...extraction.quotes[3]!, speaker: 'Chief Engineer Tom Reyes', speakerId: 'tom-reyes' }] }, text)[0]!;
    expect([...reyes]).toEqual(expect.arrayContaining(['speaker-name-has-title-word', 'speaker-name-words=4+', 'speaker-first-named-after-quote']));
  });

  it('judges no quote without a speaker and no not-speech quote', () => {
    const features = speakerFeatures(extraction, text);
    expect(features[4]).toBeNull();
    const notSpeech = speakerFeatures({ ...extraction, quotes: [{ ...extraction.quotes[0]!, kind: 'not-speech' }] }, text);
    expect(notSpeech).toEqual([null]);
  });

  it('gives every attributed quote of any text exactly one value of each one-hot group', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(), fc.nat(), fc.nat(), (paragraph, a, b, m) => {
        const length = paragraph.length;
        const start = length === 0 ? 0 : a % length;
        const end = start + (length === 0 ? 0 : b % (length - start + 1));
        const mentionStart = length === 0 ? 0 : m % length;
        const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs: [paragraph] };
        const found: Extraction = {
          entities: [entity('x', 'X Y', 'person', 1)],
          mentions: [{ entityId: 'x', block: 'body', paragraph: 0, start: mentionStart, end: Math.min(length, mentionStart + 3), text: 'X Y', form: 'name' }],
          quotes: [{ id: 'q', block: 'body', paragraph: 0, start, end, text: paragraph.slice(start, end), kind: 'direct', speaker: 'X Y', speakerId: 'x', cue: 'said', rule: 'quote-X-said', confidence: 0.9 }],
          statements: [],
        };
        const keys = [...speakerFeatures(found, article)[0]!];
        for (const group of ['dist-bucket=', 'speaker-in-sentence=', 'quote-words=', 'paragraph-quotes=', 'conf=', 'block=']) {
          expect(keys.filter((key) => key.startsWith(group))).toHaveLength(1);
        }
      }),
    );
  });
});

describe('wordCount', () => {
  it('counts the whitespace-separated words that hold a letter or digit', () => {
    expect(wordCount('  We will — 2 ferries,\u00a0“now”  ')).toBe(5);
  });

  it('counts a word whose only letter is outside the basic plane', () => {
    expect(wordCount('— 𝐀 —')).toBe(1);
  });

  it('equals the count by regular expression for any text', () => {
    const pieces = fc.constantFrom('a', 'É', '7', ' ', '\u00a0', '\u2003', '\n', '—', '“', '-', '𝐀', '\ud835', '.', '\t');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(/\S+/gu)].filter((word) => /[\p{L}\p{N}]/u.test(word[0])).length;
        expect(wordCount(text)).toBe(expected);
      }),
    );
  });
});
