import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import type { ArticleText, EntityMention, Extraction, Quote } from '../../src/extract/types.ts';
import { kindFeatures, tokenClass } from '../../src/learn/kind-features.ts';

const TITLE = 'Pell: "We will win"';
const P = [
  'Ada Pell, the club manager, said the new stand would open in May.',
  '"We will win the league," said Ada Pell.',
  "Fans watched the film \"Harbour Lights\" at the ground, and the striker known as 'the Gaffer' scored.",
  'The council called it a "temporary" fix.',
];
const text: ArticleText = { title: TITLE, caption: null, dateline: [], paragraphs: P };

function quote(paragraph: number | 'title', words: string, kind: Quote['kind'], speaker: string | null, rule: string | null): Quote {
  const block = paragraph === 'title' ? TITLE : P[paragraph]!;
  const start = block.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not found`);
  return {
    id: `q-${paragraph}-${start}`, block: paragraph === 'title' ? 'title' : 'body', paragraph: paragraph === 'title' ? 0 : paragraph,
    start, end: start + words.length, text: words, kind, speaker, speakerId: speaker === null ? null : 'ada-pell',
    cue: speaker === null ? null : 'said', rule, confidence: speaker === null ? 0 : 0.95,
  };
}

function mention(paragraph: number, words: string): EntityMention {
  const start = P[paragraph]!.indexOf(words);
  return { entityId: 'ada-pell', block: 'body', paragraph, start, end: start + words.length, text: words, form: 'name' };
}

const extraction: Extraction = {
  entities: [{ id: 'ada-pell', name: 'Ada Pell', kind: 'person', aliases: ['Ada Pell'], mentions: 2, roles: [], affiliations: [] }],
  mentions: [mention(0, 'Ada Pell'), mention(1, 'Ada Pell')],
  quotes: [
    quote('title', 'We will win', 'partial', 'Ada Pell', 'headline'),
    quote(1, 'We will win the league,', 'direct', 'Ada Pell', 'quote-said-X'),
    quote(2, 'Harbour Lights', 'not-speech', null, null),
    quote(2, 'the Gaffer', 'not-speech', null, null),
    quote(3, 'temporary', 'partial', null, null),
  ],
  statements: [],
};

const ids = (index: number) => Object.keys(kindFeatures(extraction, text)[index]!).sort();

describe('kindFeatures', () => {
  it('describes a quote that opens its paragraph, ends in a comma and is followed by "said" and a name', () => {
    expect(ids(1)).toEqual([
      'after=speech-verb', 'before=none', 'block=body', 'capitals=some', 'cue-after=speech', 'cue-before=none', 'ends=comma',
      'finite-auxiliary', 'first-or-second-person', 'mark=double', 'opens-block', 'rules-kind=direct', 'rules-rule=quote-said-X',
      'rules-speaker=named', 'speaker-named-after', 'speech-follows', 'starts=capital', 'words=4-6',
    ]);
  });

  it('describes a Title Case quote after a work noun as a title would look', () => {
    expect(ids(2)).toEqual([
      'after=preposition', 'before=work-noun', 'block=body', 'capitals=all', 'cue-after=none', 'cue-before=none', 'ends=word',
      'mark=double', 'rules-kind=not-speech', 'rules-rule=none', 'rules-speaker=none', 'starts=capital', 'title-case',
      'title-case&after=preposition', 'title-case&before=work-noun', 'words=2', 'work-noun-near',
    ]);
  });

  it('sees a naming cue and a labelling verb before a nickname in single marks', () => {
    expect(ids(3)).toEqual([
      'after=word', 'before=as', 'block=body', 'capitals=all', 'cue-after=none', 'cue-before=none', 'ends=word',
      'labelling-verb-before&before=as', 'lower-short', 'lower-short&after=word', 'lower-short&before=as', 'mark=single',
      'naming-cue-before', 'rules-kind=not-speech', 'rules-rule=none', 'rules-speaker=none', 'starts=lower', 'words=2',
    ]);
  });

  it('does not count a naming verb such as "called" as a reporting cue', () => {
    expect(ids(4)).toContain('cue-before=none');
    expect(ids(4)).toContain('labelling-verb-before&before=determiner');
    expect(ids(4)).toContain('before=determiner');
  });

  it('reads a headline quote after a colon in its own block, with no body mention near it', () => {
    expect(ids(0)).toEqual([
      'after=none', 'before=colon', 'block=title', 'capitals=some', 'cue-after=none', 'cue-before=none', 'ends-block', 'ends=word',
      'finite-auxiliary', 'first-or-second-person', 'mark=double', 'rules-kind=partial', 'rules-rule=headline', 'rules-speaker=named',
      'starts=capital', 'words=3',
    ]);
  });

  it('marks a quote whose words are an entity name, and a text quoted twice', () => {
    const paragraph = 'The "Harbour Lights" cast met the "Harbour Lights" fans.';
    const twice: Extraction = {
      entities: [{ id: 'hl', name: 'Harbour Lights', kind: 'organization', aliases: [], mentions: 1, roles: [], affiliations: [] }],
      mentions: [],
      quotes: [5, 36].map((start, i) => ({
        id: `q${i}`, block: 'body', paragraph: 0, start, end: start + 14, text: 'Harbour Lights', kind: i === 0 ? 'not-speech' : 'partial',
        speaker: null, speakerId: null, cue: null, rule: null, confidence: 0,
      })),
      statements: [],
    };
    const [first, second] = kindFeatures(twice, { title: null, caption: null, dateline: [], paragraphs: [paragraph] });
    expect(first).toMatchObject({ 'entity-name=organization': 1, 'quoted-again': 1 });
    expect(first!['quoted-again&not-speech-elsewhere']).toBeUndefined();
    expect(second).toMatchObject({ 'entity-name=organization': 1, 'quoted-again&not-speech-elsewhere': 1 });
  });

  it('joins a quote to a not-speech quote before it when only a comma or "and" stands between', () => {
    const paragraph = "They were known as 'Bud', 'Lofty' and 'Pip' at school.";
    const names = ['Bud', 'Lofty', 'Pip'].map((name, i): Quote => {
      const start = paragraph.indexOf(name);
      return {
        id: `q${i}`, block: 'body', paragraph: 0, start, end: start + name.length, text: name, kind: i === 0 ? 'not-speech' : 'partial',
        speaker: null, speakerId: null, cue: null, rule: null, confidence: 0,
      };
    });
    const vectors = kindFeatures({ entities: [], mentions: [], quotes: names, statements: [] }, { title: null, caption: null, dateline: [], paragraphs: [paragraph] });
    expect(vectors[1]!['joined-to-not-speech']).toBe(1);
    // The previous quote (Lofty) is not not-speech by the rules, so Pip is not joined to one.
    expect(vectors[2]!['joined-to-not-speech']).toBeUndefined();
  });
});

describe('tokenClass', () => {
  it('names the word class of the token next to a mark', () => {
    const token = (text: string, isWord = true) => ({ text, lower: text.toLowerCase(), start: 0, end: text.length, isWord });
    expect(tokenClass(undefined)).toBe('none');
    expect(tokenClass(token(':', false))).toBe('colon');
    expect(tokenClass(token('dubbed'))).toBe('naming-verb');
    expect(tokenClass(token('said'))).toBe('speech-verb');
    expect(tokenClass(token("club's"))).toBe('possessive');
    expect(tokenClass(token('the'))).toBe('determiner');
    expect(tokenClass(token('into'))).toBe('preposition');
    expect(tokenClass(token('Monday'))).toBe('capitalized');
    expect(tokenClass(token('2024'))).toBe('number');
    expect(tokenClass(token('quickly'))).toBe('word');
  });
});

/** Words no feature id may ever contain: ids name classes of evidence, never words of the article. */
const ODD_WORDS = ['Zorvath', 'quimble', 'Praxlund', 'vexaroo'];
const PIECES = [...ODD_WORDS, 'said', 'the', 'called', 'known as', '"', "'", '“', '”', ',', '.', ':', 'Ada Pell', 'We won.'];
const paragraph = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
const ID_SHAPE = /^[a-z-]+(=[a-zA-Z0-9+.-]+)?(&[a-z-]+(=[a-zA-Z0-9+.-]+)?)*$/u;

describe('kindFeatures on any article', () => {
  it('gives every quote one vector of binary ids, few of them, none holding a word of the text', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs };
        const found = extractArticle(article, { speakerModel: null });
        const vectors = kindFeatures(found, article);
        expect(vectors).toHaveLength(found.quotes.length);
        for (const vector of vectors) {
          const keys = Object.keys(vector);
          expect(keys.length).toBeLessThanOrEqual(40);
          for (const id of keys) {
            expect(vector[id]).toBe(1);
            expect(id).toMatch(ID_SHAPE);
            for (const word of ODD_WORDS) expect(id.toLowerCase()).not.toContain(word.toLowerCase());
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('kindFeatures work', () => {
  it('reads 4,000 quotes in one paragraph in well under a second: per-block facts once, bounded windows per quote', () => {
    const pieces: string[] = [];
    const quotes: Quote[] = [];
    let at = 0;
    for (let i = 0; i < 4000; i += 1) {
      const piece = `the "Blue Harbour" film and `;
      const start = at + piece.indexOf('Blue');
      quotes.push({
        id: `q${i}`, block: 'body', paragraph: 0, start, end: start + 'Blue Harbour'.length, text: 'Blue Harbour', kind: 'partial',
        speaker: null, speakerId: null, cue: null, rule: null, confidence: 0,
      });
      pieces.push(piece);
      at += piece.length;
    }
    const article: ArticleText = { title: null, caption: null, dateline: [], paragraphs: [pieces.join('')] };
    const started = performance.now();
    const vectors = kindFeatures({ entities: [], mentions: [], quotes, statements: [] }, article);
    const elapsed = performance.now() - started;
    expect(vectors).toHaveLength(4000);
    expect(vectors[1999]).toMatchObject({ 'before=determiner': 1, 'title-case': 1, 'quoted-again': 1 });
    expect(elapsed).toBeLessThan(1000);
  });
});
