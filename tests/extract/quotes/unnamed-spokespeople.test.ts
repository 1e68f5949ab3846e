/**
 * Someone introduced without a name (`a spokeswoman`, `an executive
 * spokeswoman`) is who a later `she said` points to, not a woman named
 * before; a name after their verb is what they spoke of, not their name.
 */
import { describe, expect, it } from 'vitest';
import { namedSpeakers, publishedSpeakers, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Nicola Lund', kind: 'person', aliases: ['Lund'] },
  { name: 'Jack Ward', kind: 'person', aliases: ['Mr Ward'] },
];

const speakers = (paragraphs: string[]) => publishedSpeakers(LIST, paragraphs);

describe('an unnamed speaker', () => {
  it('stands between `she said` and a woman named before, with a name after the verb: `a spokeswoman insisted Mr Ward had …`', () => {
    expect(speakers(['Nicola Lund spoke first. But a spokeswoman insisted Mr Ward had made the remark with adults in mind. "He was talking about grown-ups," she said.'])).toEqual([
      ['He was talking about grown-ups,', null],
    ]);
  });

  it('is the last of a run of role nouns: `an executive spokeswoman insisted`', () => {
    expect(speakers(['Nicola Lund spoke first. But an executive spokeswoman insisted the remark was fair. "He was talking about adults," she said.'])).toEqual([
      ['He was talking about adults,', null],
    ]);
  });

  it('is no one new inside an appositive to a name: `Jack Ward, the former governor and a Republican candidate, told CNN`', () => {
    expect(speakers(['"We have no plan," Jack Ward, the former governor and a Republican candidate, told CNN. "We need one."', 'He added, "It is our fight."'])).toEqual([
      ['We have no plan,', 'Jack Ward'],
      ['We need one.', 'Jack Ward'],
      ['It is our fight.', 'Jack Ward'],
    ]);
  });
});

describe('`the spokesman` after a body\'s spokesperson was named', () => {
  const BODIES: FakeEntity[] = [
    { name: 'Harbour Rovers', kind: 'organization' },
    { name: 'Northwind Oil', kind: 'organization' },
    { name: 'Tom Price', kind: 'person', aliases: ['Price'] },
  ];
  const bodySpeakers = (paragraphs: string[]) => publishedSpeakers(BODIES, paragraphs);

  it('is the body whose spokesman was named before: `a Harbour Rovers spokesman said …` / `"…," the spokesman said`', () => {
    expect(bodySpeakers(['A Harbour Rovers spokesman said Tom Price was injured.', '"He has back pain," the spokesman said.'])).toEqual([
      ['He has back pain,', 'Harbour Rovers'],
    ]);
  });

  it('is the body after `a representative for` it: `"…," the rep added`', () => {
    expect(bodySpeakers(['A representative for Northwind Oil said supply rose.', '"We increased supply," the rep added.'])).toEqual([
      ['We increased supply,', 'Northwind Oil'],
    ]);
  });

  it('is no one when the last two spokespeople named speak for different bodies', () => {
    expect(bodySpeakers(['A Harbour Rovers spokesman and a Northwind Oil spokesman met.', '"It went well," the spokesman said.'])).toEqual([
      ['It went well,', null],
    ]);
  });

  it('is no one when no body\'s spokesperson was named', () => {
    expect(bodySpeakers(['Tom Price was injured.', '"He has back pain," the spokesman said.'])).toEqual([['He has back pain,', null]]);
  });

  it('is the same body after the verb: `"…," said the spokesman.`', () => {
    expect(bodySpeakers(['Tom Price was injured. A spokesman for Harbour Rovers said he would miss the final.', '"He has back pain," said the spokesman.'])).toEqual([
      ['He has back pain,', 'Harbour Rovers'],
    ]);
  });

  it('is the named person after the verb when the phrase was resolved to them: `Ann Ruiz, a spokeswoman for …`', () => {
    const named: FakeEntity[] = [...BODIES, { name: 'Ann Ruiz', kind: 'person', roles: ['the spokeswoman'], learnedRoles: ['spokeswoman'] }];
    expect(publishedSpeakers(named, ['Ann Ruiz, a spokeswoman for Harbour Rovers, said Tom Price was injured.', '"He has back pain," said the spokeswoman.'])).toEqual([
      ['He has back pain,', 'Ann Ruiz'],
    ]);
  });
});

describe('`A spokesman said:` naming no body', () => {
  const BODIES: FakeEntity[] = [
    { name: 'Home Office', kind: 'organization', aliases: ['the Home Office'] },
    { name: 'Harbour Authority', kind: 'organization', aliases: ['The Harbour Authority'] },
    { name: 'Port Police Service', kind: 'organization', aliases: ['the Port Police Service'] },
    { name: 'Tony Blair', kind: 'person', aliases: ['Blair'] },
  ];
  // The rules' choice, however sure: the learned ranker decides whether it is published.
  const engineSpeakers = (paragraphs: string[]) => namedSpeakers(BODIES, paragraphs);

  it('speaks for the organization that is the subject just before: `But the Home Office defended the measures.`', () => {
    expect(engineSpeakers(['Rights groups called for the men to be freed.', 'But the Home Office defended the measures. A spokesman said: "They cannot be prosecuted."'])).toEqual([
      ['They cannot be prosecuted.', 'Home Office'],
    ]);
  });

  it('is no one when a person is the nearer subject: `Tony Blair visited Accra.`', () => {
    expect(engineSpeakers(['The Home Office defended the measures.', 'Tony Blair visited Accra on Monday. A spokesman said: "He was warmly received."'])).toEqual([
      ['He was warmly received.', null],
    ]);
  });

  it('is no one when two bodies are the subject: `The Harbour Authority and the Port Police Service met`', () => {
    expect(engineSpeakers(['The Harbour Authority and the Port Police Service met on Tuesday. A spokeswoman said: "Talks went well."'])).toEqual([
      ['Talks went well.', null],
    ]);
  });
});

