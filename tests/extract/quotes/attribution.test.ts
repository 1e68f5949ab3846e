import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import type { Quote } from '../../../src/extract/types.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const PEOPLE: FakeEntity[] = [
  { name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz', 'Mayor Ana Ruiz', 'Ms Ruiz'], roles: ['the mayor', 'The mayor'] },
  { name: 'Tomas Berg', kind: 'person', aliases: ['Berg', 'Mr Berg'], roles: ['the engineer'] },
  // `Robin` is a woman's and a man's name alike: a person of unknown gender.
  { name: 'Robin Hale', kind: 'person', aliases: ['Hale'] },
  { name: 'Harbour Authority', kind: 'organization', aliases: ['the Harbour Authority', 'the authority'] },
  { name: 'Lisbon', kind: 'place' },
  { name: 'Port Police Service', kind: 'organization' },
];

function quotes(paragraphs: string[], title: string | null = null): Quote[] {
  const input = article(paragraphs, title);
  return findQuotes(input, fakeEntities(input, PEOPLE));
}

/** Speaker (null when below 0.5) and kind of each quote, for compact expectations. */
function speakers(paragraphs: string[], title: string | null = null): [string, string | null, string][] {
  return quotes(paragraphs, title).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
}

describe('quote attribution', () => {
  it('attributes "…," X said', () => {
    expect(speakers(['"The ferry will run all winter," Ruiz said.'])).toEqual([['The ferry will run all winter,', 'Ana Ruiz', 'direct']]);
  });

  it('attributes the paragraph after `17-year-old X echoed:` to X', () => {
    expect(speakers(['"The ferry will run all winter," Ruiz said.', '17-year-old Tomas Berg echoed:', '"The pier will hold all winter too."'])).toEqual([
      ['The ferry will run all winter,', 'Ana Ruiz', 'direct'],
      ['The pier will hold all winter too.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('attributes "…," X (D-St.) said and "…," X, R-St., said: the state abbreviation ends no sentence', () => {
    expect(speakers(['"The ferry will run all winter," Ana Ruiz (D-Ore.) said.'])).toEqual([['The ferry will run all winter,', 'Ana Ruiz', 'direct']]);
    expect(speakers(['"The pier will hold," Tomas Berg, R-Pa., said of the storm.'])).toEqual([['The pier will hold,', 'Tomas Berg', 'direct']]);
  });

  it('reads no speaker in `continue to`: the partial quote after it is the sentence’s reporting verb’s', () => {
    expect(speakers(['Ruiz said she was sure Tomas Berg would continue to be "a great engineer" for years.'])).toEqual([
      ['a great engineer', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('gives a second reported clause after `and said` the subject of the first `said`, not of the clause between', () => {
    expect(speakers(['Ruiz said that Berg is "a fine engineer" and said that the pier "will hold."'])).toEqual([
      ['a fine engineer', 'Ana Ruiz', 'partial'],
      ['will hold.', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('reads a reflexive that stresses the subject as no subject of its own: `Ruiz herself said`', () => {
    expect(speakers(['Ruiz herself said on Tuesday that "the only way to win is to ask".'])).toEqual([['the only way to win is to ask', 'Ana Ruiz', 'partial']]);
  });

  it('gives a verb of saying in -ing right after a cue phrase the phrase’s subject: `issued a statement saying`', () => {
    expect(speakers(['Berg issued a statement saying that the mayor was "a remarkable person".'])).toEqual([['a remarkable person', 'Tomas Berg', 'partial']]);
  });

  it('reads `, saying` as a participle clause of the subject when the comma stands inside a closing mark', () => {
    expect(speakers(['Ruiz has delivered a defense of "harbour values," saying the town embodied "the heart of the coast".'])).toEqual([
      ['harbour values,', 'Ana Ruiz', 'partial'],
      ['the heart of the coast', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('gives `, saying` the subject of the main clause after an opening phrase and its comma', () => {
    expect(speakers(['In an interview with the Gazette, Berg took aim at the plan, saying the council could not "make deals".'])).toEqual([
      ['make deals', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives `, saying` no speaker when the subject is owned by a name: `Berg’s campaign`', () => {
    expect(speakers(['Berg’s campaign took the unusual step of criticizing the council, accusing it of "overreach".'])).toEqual([
      ['overreach', null, 'partial'],
    ]);
  });

  it('gives `, adding, "…"` right after a closing `X said,` to X, not to the name opening the sentence', () => {
    expect(speakers(['Ruiz did not stay but left as soon as it was over, Berg said, adding, "She was not very interested."'])).toEqual([
      ['She was not very interested.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a partial quote that ends its sentence to the verb of speech before it, not to a cue opening the next sentence', () => {
    expect(speakers(['Berg says Ruiz "has a record of bringing people together." She warns that the plan is "a folly."'])[0]).toEqual([
      'has a record of bringing people together.',
      'Tomas Berg',
      'partial',
    ]);
  });

  it('gives the quote after `as X put it` to X', () => {
    expect(speakers(['Or, as Tomas Berg put it: "The pier will outlive us all."'])).toEqual([['The pier will outlive us all.', 'Tomas Berg', 'direct']]);
    expect(speakers(['As Ruiz puts it, the ferry is "a lifeline."'])).toEqual([['a lifeline.', 'Ana Ruiz', 'partial']]);
  });

  it('attributes "…," said X, the Y of Z and records the cue and rule', () => {
    const [quote] = quotes(['"We need a second pier," said Tomas Berg, the chief engineer of the port.']);
    expect(quote).toMatchObject({ speaker: 'Tomas Berg', speakerId: 'person-tomas-berg', cue: 'said', rule: 'quote-said-X', kind: 'direct' });
    expect(quote!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gives "…," said X’s aide Y to the aide, not to the person who owns the title', () => {
    expect(speakers(['"The ferry will run all winter," said Ruiz’s deputy Tomas Berg.'])).toEqual([['The ferry will run all winter,', 'Tomas Berg', 'direct']]);
    expect(speakers(["\"The ferry will run all winter,\" said Ruiz's deputy Tomas Berg."])).toEqual([['The ferry will run all winter,', 'Tomas Berg', 'direct']]);
  });

  it('gives "…," said X adviser Y to Y: a name that modifies a role noun describes the holder, who speaks', () => {
    expect(speakers(['"The ferry will run all winter," said Ruiz adviser Tomas Berg.'])).toEqual([['The ferry will run all winter,', 'Tomas Berg', 'direct']]);
    expect(speakers(['"The ferry will run all winter," said Ruiz chief engineer Tomas Berg.'])).toEqual([['The ferry will run all winter,', 'Tomas Berg', 'direct']]);
  });

  it('keeps "…," said X as Y … with X: only a role noun between the names makes the first a modifier', () => {
    expect(speakers(['"The ferry will run all winter," said Ruiz as Berg watched.'])).toEqual([['The ferry will run all winter,', 'Ana Ruiz', 'direct']]);
  });

  it('gives X, a role at Y said … to X when the appositive is left open before the verb', () => {
    expect(speakers(['Tomas Berg, an engineer at the Harbour Authority said: "The pier is sound."'])).toEqual([['The pier is sound.', 'Tomas Berg', 'direct']]);
    expect(speakers(['"The pier is sound," Tomas Berg, a senior engineer at the Harbour Authority told reporters.'])).toEqual([['The pier is sound,', 'Tomas Berg', 'direct']]);
  });

  it('gives X with Y said … to X, as X of Y and X at Y', () => {
    expect(speakers(['Tomas Berg with the Harbour Authority said: "The pier is sound."'])).toEqual([['The pier is sound.', 'Tomas Berg', 'direct']]);
  });

  it('gives X, role of Y said … to X without an article before the role, over up to six lower-case words', () => {
    expect(speakers(['"The pier is sound," Tomas Berg, chief engineer of the Harbour Authority said.'])).toEqual([['The pier is sound,', 'Tomas Berg', 'direct']]);
    expect(speakers(['"The pier is sound," Tomas Berg, chairman and chief executive officer of the Harbour Authority said.'])).toEqual([['The pier is sound,', 'Tomas Berg', 'direct']]);
  });

  it('gives Name: "…" to the name, as headlines and transcripts write it, but not a place, nor a title of one or two words', () => {
    expect(speakers(['Ana Ruiz: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', 'Ana Ruiz', 'direct']]);
    expect(speakers(['Mayor Ana Ruiz: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', 'Ana Ruiz', 'direct']]);
    expect(speakers(['Lisbon: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', null, 'direct']]);
    expect(speakers(['Tomas Berg: "Harbour Lights"'])).toEqual([['Harbour Lights', null, 'direct']]);
  });

  it('gives …, saying, "…" to the name ending the capitalized run that opens the clause, after And or But', () => {
    expect(speakers(['And then Tomas Berg went on the attack, saying, "The pier is sound."'])).toEqual([['The pier is sound.', 'Tomas Berg', 'direct']]);
    expect(speakers(['But Harbour Authority engineer Tomas Berg disputed the report, saying, "The pier is sound."'])).toEqual([['The pier is sound.', 'Tomas Berg', 'direct']]);
  });

  it('still reads a finite verb after a name opening with But as a clause of its own: the name after its object said it', () => {
    expect(speakers(['But Ruiz denied Tomas Berg, the engineer, said the pier was "unsound".'])).toEqual([['unsound', 'Tomas Berg', 'partial']]);
  });

  it('reads a short clause before a colon after an opening phrase and its comma: In an interview later that day, X went further: "…"', () => {
    expect(speakers(['In a radio interview later that day, Ana Ruiz went further: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', 'Ana Ruiz', 'direct']]);
  });

  it('does not read a body after a name and its comma before a colon as the speaker: X, Body: "…"', () => {
    expect(speakers(['Tomas Berg, Harbour Authority: "The pier is sound."'])).toEqual([['The pier is sound.', null, 'direct']]);
  });

  it('still gives a quote to the body when no person stands before the role: the spokesperson for Y said', () => {
    expect(speakers(['A spokesperson for the Harbour Authority said: "The pier is sound."'])).toEqual([['The pier is sound.', 'Harbour Authority', 'direct']]);
  });

  it('names no one for "…," said X’s lawyer: the lawyer spoke, and the text does not name them', () => {
    expect(speakers(['"The ferry will run all winter," said Ruiz’s lawyer.'])).toEqual([['The ferry will run all winter,', null, 'direct']]);
  });

  it('gives X’s spokesman said: "…" to no one when X is a person, as "…," said X’s spokesman', () => {
    expect(speakers(['Ms Ruiz’s spokesman said: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', null, 'direct']]);
    expect(speakers(['The Harbour Authority’s spokesman said: "The ferry will run all winter."'])).toEqual([
      ['The ferry will run all winter.', 'Harbour Authority', 'direct'],
    ]);
  });

  it('gives a finished quote before `X replied, "…"` to its own cue, not to X: that cue introduces the next quote', () => {
    expect(speakers(['Ruiz asked Berg about the pier, saying, "Can it hold?" Berg replied, "It held last year."'])).toEqual([
      ['Can it hold?', 'Ana Ruiz', 'direct'],
      ['It held last year.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('still gives "…," X said, "…" both parts of the split quote', () => {
    expect(speakers(['"It held," Berg said, "and it will hold again."'])).toEqual([
      ['It held,', 'Tomas Berg', 'direct'],
      ['and it will hold again.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives X quoted Y as saying: "…" to Y, the one quoted, and keeps Y quoted as saying passive', () => {
    expect(speakers(['Berg quoted Ruiz as saying: "The ferry will run all winter."'])).toEqual([['The ferry will run all winter.', 'Ana Ruiz', 'direct']]);
    expect(speakers(['The port reopened, with Ruiz quoted as saying: "The ferry will run all winter."'])).toEqual([
      ['The ferry will run all winter.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('gives a partial quote in what a noun of saying says to the subject of a light verb before it: `Berg made the point that …`', () => {
    expect(speakers(['Berg also made the point that the pier would be "a third failure" this year.'])).toEqual([['a third failure', 'Tomas Berg', 'partial']]);
  });

  it('does not give it to the subject when the noun of saying has an owner of its own: `Ruiz made Berg’s point that …`', () => {
    expect(speakers(['Ruiz made Berg’s point that the pier was "unsafe".'])).toEqual([['unsafe', 'Tomas Berg', 'partial']]);
  });

  it('gives a partial quote in what a noun of saying says to its owner past words that describe it and a copula: `Berg’s most explosive claim is that …`', () => {
    expect(speakers(['But Berg’s most explosive claim is that the pier is "a death trap" for divers.'])).toEqual([['a death trap', 'Tomas Berg', 'partial']]);
  });

  it('writes the whole noun phrase as the cue of such a quote, its describing words included', () => {
    expect(quotes(['But Berg’s most explosive claim is that the pier is "a death trap" for divers.']).map((quote) => quote.cue)).toEqual([
      'Berg’s most explosive claim',
    ]);
  });

  it('does not reach past a verb and an article for the owner: `Berg’s spokeswoman challenged the assertion that …`', () => {
    expect(speakers(['Berg’s spokeswoman challenged the assertion that the pier was "unsafe" for divers.'])).toEqual([['unsafe', null, 'partial']]);
  });

  it('gives a partial quote in what a noun of saying says to the noun’s owner: `Ruiz rejected Berg’s claim that …`', () => {
    expect(speakers(['Ruiz rejected Berg’s claim that the pier was "unsafe".'])).toEqual([['unsafe', 'Tomas Berg', 'partial']]);
    expect(speakers(['Ruiz mocked Berg’s description of the pier as "a death trap".'])).toEqual([['a death trap', 'Tomas Berg', 'partial']]);
    expect(speakers(['In Berg’s words, "the pier is a death trap."'])).toEqual([['the pier is a death trap.', 'Tomas Berg', 'partial']]);
  });

  it('keeps a partial quote about a noun of saying with the one who talks: `Ruiz said Berg’s comments were "…"`', () => {
    expect(speakers(['Ruiz said Berg’s comments were "ill-advised".'])).toEqual([['ill-advised', 'Ana Ruiz', 'partial']]);
  });

  it('gives a quote after a short sentence that names its subject and ends in a colon to that subject, with no verb of saying', () => {
    expect(speakers(['Berg called the pier "unsafe". Ruiz disagreed: "It is safe."'])).toEqual([
      ['unsafe', 'Tomas Berg', 'partial'],
      ['It is safe.', 'Ana Ruiz', 'direct'],
    ]);
    expect(speakers(['Ruiz was blunt: "It is safe."'])).toEqual([['It is safe.', 'Ana Ruiz', 'direct']]);
  });

  it('gives a quote after a colon to a name of any length that opens its clause, when a few plain words of its predicate end in the colon', () => {
    expect(speakers(['The Harbour Authority was conclusive in its findings: "The pier is safe."'])).toEqual([['The pier is safe.', 'Harbour Authority', 'direct']]);
    expect(speakers(['After a long night at the port, Mayor Ana Ruiz was blunt in her reply: "It is safe."'])).toEqual([['It is safe.', 'Ana Ruiz', 'direct']]);
  });

  it('does not give a quote after a colon to a name whose predicate holds a subordinate clause or a negation', () => {
    expect(speakers(['Berg smiled as a worker yelled: "It is safe."'])).toEqual([['It is safe.', null, 'direct']]);
    expect(speakers(['Ruiz could not bring herself to utter: "Berg."'])).toEqual([['Berg.', null, 'direct']]);
  });

  it('does not give a quote after a colon to a name inside the clause of another subject', () => {
    expect(speakers(['These were the two words that a tired Ruiz left out: "The pier."'])).toEqual([['The pier.', null, 'direct']]);
  });

  it('does not read a long sentence before a colon, or one without a name first, as the quote’s subject', () => {
    expect(speakers(['Ruiz walked to the end of the old pier at dawn: "It is safe."'])).toEqual([['It is safe.', null, 'direct']]);
    expect(speakers(['The pier has one problem: "It is unsafe."'])).toEqual([['It is unsafe.', null, 'direct']]);
  });

  it('gives a partial quote after `"…," said X, adding that` to X, the verb of saying coming before its subject', () => {
    expect(speakers(['"It is safe," said Ruiz, adding that the pier was "sound".'])).toEqual([
      ['It is safe,', 'Ana Ruiz', 'direct'],
      ['sound', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('gives "…," said the Y’s role, X to X, the name after the role', () => {
    expect(speakers(['"The ferry will run all winter," said the port’s director, Ana Ruiz.'])).toEqual([['The ferry will run all winter,', 'Ana Ruiz', 'direct']]);
  });

  it('gives "…," said Body role, X to X when the body is named: `said Harbour Authority spokeswoman, Ana Ruiz`', () => {
    expect(speakers(['"The ferry will run all winter," said Harbour Authority spokeswoman, Ana Ruiz.'])).toEqual([
      ['The ferry will run all winter,', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('attributes "…," according to X after the quote, and X is quoted as saying "…" in the present', () => {
    expect(speakers(['"The ferry will run all winter," according to Ruiz.'])).toEqual([['The ferry will run all winter,', 'Ana Ruiz', 'direct']]);
    expect(speakers(['Ruiz is quoted as saying "the ferry will run all winter".'])).toEqual([['the ferry will run all winter', 'Ana Ruiz', 'partial']]);
  });

  it('attributes "…," said X with a title before the name', () => {
    expect(speakers(['“The tide was high,” said engineer Tomas Berg.'])).toEqual([['The tide was high,', 'Tomas Berg', 'direct']]);
  });

  it('attributes X said: "…"', () => {
    const [quote] = quotes(['Mayor Ana Ruiz said: "The bridge opens in May."']);
    expect(quote).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said:', rule: 'X-said-colon', kind: 'direct' });
  });

  it('gives a partial quote to the verb that governs it, not to a subordinate clause after it', () => {
    expect(speakers(['Ruiz claimed the repairs were "long overdue" after Berg had earlier said the pier was safe.'])).toEqual([
      ['long overdue', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('still attributes "…," as X put it', () => {
    expect(speakers(['The pier was "a danger to everyone," as Berg said on Monday.'])).toEqual([['a danger to everyone,', 'Tomas Berg', 'partial']]);
  });

  it('attributes X added, "…"', () => {
    expect(speakers(['Berg added, "Nobody was hurt."'])).toEqual([['Nobody was hurt.', 'Tomas Berg', 'direct']]);
  });

  it('attributes X, an appositive, said: "…" to the name, not to a name inside the appositive', () => {
    expect(speakers(['Tomas Berg, an adviser to the Harbour Authority, said: "The cranes are old."'])).toEqual([
      ['The cranes are old.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('attributes According to X, "…"', () => {
    const [quote] = quotes(['According to the Harbour Authority, "Repairs will take two weeks."']);
    expect(quote).toMatchObject({ speaker: 'Harbour Authority', rule: 'according-to' });
  });

  it('attributes a quote introduced by a role noun and a colon', () => {
    expect(speakers(['Ana Ruiz opened the pier on Monday.', 'The mayor added: "This is a good day for the city."'])).toEqual([
      ['This is a good day for the city.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('attributes "…," he said to the most recent person subject', () => {
    expect(speakers(['Tomas Berg inspected the pier on Monday.', '"The wood is rotten," he said.'])).toEqual([
      ['The wood is rotten,', 'Tomas Berg', 'direct'],
    ]);
  });

  it('respects she/he when an honorific makes the gender clear', () => {
    expect(speakers(['Ms Ruiz met Mr Berg at the port.', '"We agreed on a date," she said.'])).toEqual([
      ['We agreed on a date,', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('respects she/he when an earlier pronoun makes the gender clear', () => {
    expect(speakers(['Ana Ruiz presented her plan to the council.', 'The hall was quiet.', '"It is a fair plan," she said.'])).toEqual([
      ['It is a fair plan,', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('gives she no confident speaker when a person of unknown gender was named between', () => {
    expect(speakers(['Ana Ruiz presented her plan to the council.', 'Robin Hale listened.', '"It is a fair plan," she said.'])).toEqual([
      ['It is a fair plan,', null, 'direct'],
    ]);
  });

  it('gives a pronoun no confident speaker when no person was named before', () => {
    expect(speakers(['"It is over," he said.'])).toEqual([['It is over,', null, 'direct']]);
  });

  it('attributes the part of a split quote after the attribution', () => {
    expect(speakers(['"The pier is safe," Ruiz said. "It reopens tomorrow."'])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'direct'],
      ['It reopens tomorrow.', 'Ana Ruiz', 'direct'],
    ]);
    expect(quotes(['"The pier is safe," Ruiz said. "It reopens tomorrow."'])[1]!.rule).toBe('split');
  });

  it('attributes the part of a split quote after a cue sentence that ends in a bracket and a full stop: beside Berg (D-Ore.).', () => {
    expect(speakers(['"The pier is safe," Ruiz told reporters beside Mr Berg (D-Ore.). "It reopens tomorrow."'])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'direct'],
      ['It reopens tomorrow.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('attributes the part of a split quote after a cue sentence holding a partial quote of the same speaker', () => {
    const found = quotes(['"The pier is safe," Ruiz told reporters after hinting that "changes" could come. "It reopens tomorrow."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'quote-X-said'],
      ['changes', 'Ana Ruiz', 'partial-in-clause'],
      ['It reopens tomorrow.', 'Ana Ruiz', 'split'],
    ]);
  });

  it('gives a quote opening right after a whole quote that ends its sentence that quote’s speaker: `"…." "…"`', () => {
    const found = quotes(['"The pier is safe," Ruiz said. "It reopens tomorrow." "Unless the storm comes back, the ferry runs too."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It reopens tomorrow.', 'Ana Ruiz'],
      ['Unless the storm comes back, the ferry runs too.', 'Ana Ruiz'],
    ]);
  });

  it('gives a quote after a whole quote that does not end its sentence no speaker from it: `"…," "…"`', () => {
    const found = quotes(['"The pier is safe," Ruiz said. "Fares are low," "Buses are free," the posters by the pier read.']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['Fares are low,', 'Ana Ruiz'],
      ['Buses are free,', null],
    ]);
  });

  it('attributes the part of a split quote after a cue sentence that names a programme in quotes: on "Harbour Live"', () => {
    const found = quotes(['"The pier is safe," Ruiz told reporters on "Harbour Live" on Sunday. "It reopens tomorrow."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.kind])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'direct'],
      ['Harbour Live', null, 'not-speech'],
      ['It reopens tomorrow.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('reaches past partials of the cue sentence only to a whole quote’s cue, not to a partial’s (`the "bonfire" Ruiz had promised`)', () => {
    const found = quotes([
      '"We will win," Ruiz said. Berg said instead of the "bonfire of fees" Ruiz had promised, there had been an "explosion" of them. "Fees have doubled in a year."',
    ]);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['We will win,', 'Ana Ruiz'],
      ['bonfire of fees', 'Ana Ruiz'],
      ['explosion', 'Ana Ruiz'],
      ['Fees have doubled in a year.', null],
    ]);
  });

  it('leaves the part after a cue sentence unattributed when a partial quote in it is someone else’s', () => {
    const found = quotes(['"The pier is safe," Ruiz said as Berg said it was "a danger to everyone". "It reopens tomorrow."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['a danger to everyone', 'Tomas Berg'],
      ['It reopens tomorrow.', null],
    ]);
  });

  it('reads no cue in a clause a conjunction opens with a new name after the quote: `"…," for instance, and Berg vowed`', () => {
    expect(speakers(['Ruiz said she would cut the fees "by half," for instance, and Berg vowed to "fight it all the way."'])).toEqual([
      ['by half,', 'Ana Ruiz', 'partial'],
      ['fight it all the way.', 'Tomas Berg', 'partial'],
    ]);
    expect(speakers(['Ruiz accused the council of "dragging its feet" and Berg says the plan is "a disgrace."'])).toEqual([
      ['dragging its feet', 'Ana Ruiz', 'partial'],
      ['a disgrace.', 'Tomas Berg', 'partial'],
    ]);
  });

  it('keeps the cue of a clause a conjunction opens with a pronoun: it goes on with the speaker (`"…," and she admits`)', () => {
    expect(speakers(['Ana Ruiz was at the pier on Monday.', 'The new pier is "safe enough," and she admits that it is old.'])).toEqual([
      ['safe enough,', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('keeps the cue after a title that holds `and`: `"…," chairman and chief executive Tomas Berg said`', () => {
    expect(speakers(['"The pier will hold," chairman and chief executive Tomas Berg said.'])).toEqual([['The pier will hold,', 'Tomas Berg', 'direct']]);
  });

  it('does not continue the speaker into a quote whose own cue names a role she was never given: `"…," the governor said.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'], learnedRoles: ['mayor'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," the Wisconsin governor said.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('does not continue the speaker into a quote whose own cue has a capitalized subject no mention of hers covers: `"…," Cuban said.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," Cuban said.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('does not continue the speaker into a quote whose own cue names someone after its verb: `"…," said Mr Cuban.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," said Mr Cuban.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('does not continue the speaker into a quote whose own cue names another person before a verb no table lists: `"…," Tom Berg chuckled.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }, { name: 'Tom Berg', kind: 'person' }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," Tom Berg chuckled.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('continues the speaker when the person named after the quote is the earlier speaker: `"…," Ruiz chuckled.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," Ruiz chuckled.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', 'Ana Ruiz'],
    ]);
  });

  it('does not continue the speaker into a quote whose cue names, after its verb, a role she was never given: `"…," wrote the governor of the state.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'], learnedRoles: ['mayor'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," wrote the governor of the state.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('continues the speaker into a quote whose own cue names the role her short title stands for: `Sen.` and `the senator`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz', 'Sen. Ana Ruiz'], learnedRoles: ['sen'] }];
    const input = article(['"The pier is safe," Sen. Ana Ruiz said.', '"It needs work this winter," the senator said.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', 'Ana Ruiz'],
    ]);
  });

  it('continues the speaker past a title named in the cue of their quote: `said Ruiz, the author of "Piers and Ports," a history`', () => {
    expect(speakers(['"The pier is safe," said Ruiz, the author of "Piers and Ports," a history of the town.', '"It will stand for a century."'])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'direct'],
      ['Piers and Ports,', null, 'not-speech'],
      ['It will stand for a century.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('does not continue past a title the paragraph names in a sentence of its own', () => {
    expect(speakers(['"The pier is safe," Ruiz said. She wrote "Piers and Ports" in 1990.', '"It will stand for a century."'])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'direct'],
      ['Piers and Ports', null, 'not-speech'],
      ['It will stand for a century.', null, 'direct'],
    ]);
  });

  it('continues the speaker of a partial quote that ends the paragraph before into a quote with no cue of its own', () => {
    expect(speakers(['Ruiz called the plan "a disgrace to the town."', '"To build it there, by the pier, makes no sense."'])).toEqual([
      ['a disgrace to the town.', 'Ana Ruiz', 'partial'],
      ['To build it there, by the pier, makes no sense.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('does not continue the speaker of a partial quote into a quote with a cue of its own, even one it cannot resolve', () => {
    expect(speakers(['Ruiz called the plan "a disgrace to the town."', '"To build it there makes no sense," officials said.'])).toEqual([
      ['a disgrace to the town.', 'Ana Ruiz', 'partial'],
      ['To build it there makes no sense,', null, 'direct'],
    ]);
  });

  it('continues the speaker into a quote whose own cue names a role she holds: `"…," the mayor said.`', () => {
    const people: FakeEntity[] = [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'], learnedRoles: ['mayor'] }];
    const input = article(['"The pier is safe," Ruiz said.', '"It needs work this winter," the Lisbon mayor said.']);
    expect(findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', 'Ana Ruiz'],
    ]);
  });

  it('continues the speaker through a paragraph of her reported speech: `"…," Ruiz said. / She added … / "…"`', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'She added the pier was old.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'quote-X-said'],
      ['It needs work this winter.', 'Ana Ruiz', 'continuation'],
    ]);
  });

  it('gives every paragraph of a quote running on after a paragraph of reported speech that speaker', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'Ruiz also said the pier was old.', '"It needs work this winter.', '"And the next."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter.', 'Ana Ruiz'],
      ['And the next.', 'Ana Ruiz'],
    ]);
  });

  it('continues the speaker through a sentence of his reported speech in the quote’s own paragraph: `…, he stressed. "…"`', () => {
    const found = quotes(['"We have ordered checks," Berg said.', 'Nobody can hide behind the pier, he stressed. "I want the harbour clean."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['We have ordered checks,', 'Tomas Berg', 'quote-X-said'],
      ['I want the harbour clean.', 'Tomas Berg', 'continuation'],
    ]);
  });

  it('continues the speaker through a reported sentence that ends with the verb put first and his name: `…, said Mr Berg. "…"`', () => {
    const found = quotes(['The harbour board met on Monday.', 'What mattered was the state of the pier, said Mr Berg. "If in doubt, repair it first."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([['If in doubt, repair it first.', 'Tomas Berg', 'continuation']]);
  });

  it('does not continue through a reported sentence ending in a verb of telling and the one told: `…, told Berg. "…"`', () => {
    const found = quotes(['The harbour board met on Monday.', 'What mattered was the state of the pier, told Berg. "If in doubt, repair it first."']);
    expect(found.map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null])).toEqual([['If in doubt, repair it first.', null]]);
  });

  it('does not continue through a sentence ending in a verb and a name with no comma before them: `whoever wrote Berg.`', () => {
    const found = quotes(['The harbour board met on Monday.', 'Police want to speak to whoever wrote Berg. "If in doubt, repair it first."']);
    expect(found.map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null])).toEqual([['If in doubt, repair it first.', null]]);
  });

  it('continues the speaker through a reported sentence that opens with her and a verb of speech', () => {
    const found = quotes(['"The pier is safe," Ruiz said. Ruiz also said the pier was old. "It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter.', 'Ana Ruiz'],
    ]);
  });

  it('gives a quote after a reported sentence in its own paragraph to that sentence\'s speaker, whoever was quoted last', () => {
    const found = quotes(['"The pier is safe," Berg said.', 'The pier is old, Ruiz said. "It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Tomas Berg'],
      ['It needs work this winter.', 'Ana Ruiz'],
    ]);
  });

  it('does not go on with the one quoted last after reported speech of someone else: the beat names the speaker', () => {
    const found = quotes(['"The pier is safe," Berg said.', 'Ruiz also said the pier was old.', '"It needs work this winter.', '"And the next."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Tomas Berg'],
      ['It needs work this winter.', 'Ana Ruiz'],
      ['And the next.', 'Ana Ruiz'],
    ]);
  });

  it('continues the speaker through reported speech whose cue closes it: `"…," Ruiz said. / The pier is old, Ruiz said. / "…"`', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'The pier is old, Ruiz said.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'quote-X-said'],
      ['It needs work this winter.', 'Ana Ruiz', 'continuation'],
    ]);
  });

  it('takes no closing cue of reported speech for a quote with a cue of its own: `…, Ruiz said. / "…," the patient wrote.`', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'The pier is old, Ruiz said.', '"It needs work this winter," the patient wrote.']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('gives a first quote with a cue of its own no speaker from the reported speech before it: `Ruiz said … / "…," the patient wrote.`', () => {
    expect(speakers(['Ruiz said the pier was old.', '"It needs work this winter," the patient wrote.'])).toEqual([['It needs work this winter,', null, 'direct']]);
  });

  it('continues the speaker quoted last through paragraphs of narration and her reported speech', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'Ruiz said the pier was built in 1900.', 'The harbour was closed for a week.', 'Ruiz also said the pier was old.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([
      ['The pier is safe,', 'Ana Ruiz', 'quote-X-said'],
      ['It needs work this winter.', 'Ana Ruiz', 'continuation'],
    ]);
  });

  it('takes no speaker from reported speech when someone else was quoted last, paragraphs of narration before', () => {
    const found = quotes(['"The pier is safe," Berg said.', 'The harbour was closed for a week.', 'The pier was built in 1900. Ruiz also said the pier was old.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Tomas Berg'],
      ['It needs work this winter.', null],
    ]);
  });

  it('gives the first quote of the text the speaker of the reported speech right before it', () => {
    const found = quotes(['The harbour was closed for a week.', 'The pier is old and unsafe, Ruiz said.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([['It needs work this winter.', 'Ana Ruiz', 'continuation']]);
  });

  it('reads the speaker of reported speech past a long appositive: `Ruiz, who has …, said … / "…"`', () => {
    const appositive = 'Ruiz, who took over the harbour board from Tomas Berg after the great storm of 1990 and the long flood,';
    expect(speakers([`${appositive} said the pier was old.`, '"It needs work this winter."'])).toEqual([['It needs work this winter.', 'Ana Ruiz', 'direct']]);
    expect(speakers([`${appositive} said the pier was old. "It needs work this winter."`])).toEqual([['It needs work this winter.', 'Ana Ruiz', 'direct']]);
  });

  it('takes no speaker from a paragraph whose speech verb is not its opening subject’s', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'The plan that Ruiz said was ready is late.', '"It needs work this winter."']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter.', null],
    ]);
  });

  it('takes no speaker from reported speech before a quote whose own cue names someone the rules cannot take', () => {
    const found = quotes(['"The pier is safe," Ruiz said.', 'Ruiz also said the pier was old.', '"It needs work this winter," Tomas Berg of stockbroker Hoare Govett said.']);
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The pier is safe,', 'Ana Ruiz'],
      ['It needs work this winter,', null],
    ]);
  });

  it('reads verbs of praise and blame as verbs of stance: their subject is the speaker, their object is not', () => {
    expect(speakers(['Ruiz praised Tomas Berg for his "tireless work" on the pier.'])).toEqual([['tireless work', 'Ana Ruiz', 'partial']]);
    expect(speakers(['Ruiz slammed Tomas Berg as "a danger to the town."'])).toEqual([['a danger to the town.', 'Ana Ruiz', 'partial']]);
  });

  it('reads no speaker in a verb of stance in the passive, and goes on to the verb that has one (`said … could be blamed on "…"`)', () => {
    expect(speakers(['Berg said the losses could be blamed on "poor management."'])).toEqual([['poor management.', 'Tomas Berg', 'partial']]);
  });

  it('reads `praise` and `blame` as nouns, no cue, when not past or -ing forms (`full of praise`)', () => {
    expect(speakers(['Ruiz applauded the decisive move. "It was a brilliant goal." Berg was full of praise for the team.'])).toEqual([
      ['It was a brilliant goal.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('reads the phrasal verbs summed up and chimed in as cues', () => {
    expect(speakers(['Berg summed up the plan as "a disgrace," and left.'])).toEqual([['a disgrace,', 'Tomas Berg', 'partial']]);
    expect(speakers(['"It is a disgrace," Berg chimed in.'])).toEqual([['It is a disgrace,', 'Tomas Berg', 'direct']]);
  });

  it('reads phrasal verbs of speech and more verbs of speech after a quote: went on, shot back, pressed, repeated', () => {
    expect(speakers(['"It happens, right?" Ruiz went on, as if she had not heard.'])).toEqual([['It happens, right?', 'Ana Ruiz', 'direct']]);
    expect(speakers(['"They are here for the free stuff," Berg shot back with a laugh.'])).toEqual([['They are here for the free stuff,', 'Tomas Berg', 'direct']]);
    expect(speakers(['"Would it be negotiable?" Berg pressed.'])).toEqual([['Would it be negotiable?', 'Tomas Berg', 'direct']]);
    expect(speakers(['Ruiz repeated that the pier was "safe enough."'])).toEqual([['safe enough.', 'Ana Ruiz', 'partial']]);
  });

  it('gives a partial quote the cue that closes its sentence: `Ruiz "…" last year, said Tomas Berg.`', () => {
    expect(speakers(['Ruiz "drew well from the voters" in the last election, said Tomas Berg.'])).toEqual([
      ['drew well from the voters', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a partial quote the cue that closes its sentence with the name first: `…, Tomas Berg said.`', () => {
    expect(speakers(['Many leaders became more "conversant" about the harbour and more willing to act, Tomas Berg said.'])).toEqual([
      ['conversant', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a partial quote the closing cue with the name first past `has`: `…, Tomas Berg has said.`', () => {
    expect(speakers(['A deal on the harbour is of "great importance" to the town and the coast, Tomas Berg has said.'])).toEqual([
      ['great importance', 'Tomas Berg', 'partial'],
    ]);
  });

  it('takes no closing cue with the name first when more follows `said` in the sentence', () => {
    expect(speakers(['Many leaders became more "conversant" about the harbour and more willing to act, Tomas Berg said on the radio.'])).toEqual([
      ['conversant', null, 'partial'],
    ]);
  });

  it('gives a partial quote the closing cue whose name an appositive follows to the sentence’s end', () => {
    expect(speakers(['"We are happy" about the decision, said Tomas Berg, director of the union, a group that broke away.'])).toEqual([
      ['We are happy', 'Tomas Berg', 'direct'],
    ]);
  });

  it('takes no closing cue when a clause joined by a conjunction follows the name', () => {
    expect(speakers(['"We are happy" about the decision, said Tomas Berg, and the union left the hall at noon.'])).toEqual([
      ['We are happy', null, 'direct'],
    ]);
  });

  it('takes no closing cue for a quote reported inside the sentence by someone else, or one that ends its own sentence', () => {
    expect(speakers(['The engineer had said the pier was "safe enough" for the winter, said Tomas Berg.'])).toEqual([
      ['safe enough', null, 'partial'],
    ]);
    expect(speakers(['Ruiz spoke first. "The pier is safe." All sides agree on that, said Tomas Berg.'])).toEqual([
      ['The pier is safe.', null, 'direct'],
    ]);
  });

  it('takes as a closing cue only `said` and a name: `told Tomas Berg` names whom the words were for, `said of Tomas Berg` whom they are about', () => {
    expect(speakers(['The plan "will not work" this year, a spokeswoman for the town, told Tomas Berg.'])).toEqual([['will not work', null, 'partial']]);
    expect(speakers(['The plan "will not work" this year, a spokeswoman for the town, said of Tomas Berg.'])).toEqual([['will not work', null, 'partial']]);
  });

  it('reads a phrase verb\'s word after a quote as a cue only inside its phrase: `shot back` is one, `shot the ball` is not', () => {
    expect(speakers(['Ruiz smiled at the crowd. "It was a good day for the town." Berg shot the ball into the net.'])).toEqual([
      ['It was a good day for the town.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('attributes a partial quote inside an X said (that) clause', () => {
    expect(speakers(['Berg said that the old cranes were "a danger to everyone" and must go.'])).toEqual([
      ['a danger to everyone', 'Tomas Berg', 'partial'],
    ]);
  });

  it('attributes a partial quote to the subject of the reporting verb, not to a nearer name', () => {
    expect(speakers(['Ruiz said the fees would stay low as the Harbour Authority "has no reason to raise them".'])).toEqual([
      ['has no reason to raise them', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('attributes a partial quote after a stance verb to the subject of the sentence', () => {
    expect(speakers(['Ana Ruiz rejected the proposal, describing the new fees as "unfair and unworkable".'])).toEqual([
      ['unfair and unworkable', 'Ana Ruiz', 'partial'],
    ]);
  });

  it('attributes a quote to an organization speaking in a statement', () => {
    expect(speakers(['"All ferries are cancelled," the Harbour Authority said in a statement.'])).toEqual([
      ['All ferries are cancelled,', 'Harbour Authority', 'direct'],
    ]);
  });

  it('attributes the release stated to the organization that issued the release', () => {
    expect(speakers(['The Harbour Authority published a release on Sunday.', '"Two cranes failed," the release stated.'])).toEqual([
      ['Two cranes failed,', 'Harbour Authority', 'direct'],
    ]);
  });

  it('gives a partial to the person before of when the place after it is no speaker, across a who-clause', () => {
    expect(speakers(['Tomas Berg of Lisbon, who chairs the transport committee, called the plan "a slow disaster for commuters," and left.'])).toEqual([
      ['a slow disaster for commuters,', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a partial to the person before of when an unresolved capitalized body follows it', () => {
    expect(speakers(['Tomas Berg of the Quayside Rowing Club said the crews were "ready to race."'])).toEqual([['ready to race.', 'Tomas Berg', 'partial']]);
  });

  it('gives the second part of "…," said X, "and …" to X', () => {
    expect(speakers(['"The pier is old and tired," said Berg, "but we will rebuild it."'])).toEqual([
      ['The pier is old and tired,', 'Tomas Berg', 'direct'],
      ['but we will rebuild it.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('reads past the letters after a name to its verb: `Tomas Berg MP said:`, `"…," Berg QC said.`', () => {
    expect(speakers(['Tomas Berg MP said: "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', 'Tomas Berg', 'direct']]);
    expect(speakers(['"We will rebuild the pier," Berg QC said.'])).toEqual([['We will rebuild the pier,', 'Tomas Berg', 'direct']]);
  });

  it('reads no lower-case word after a name as such letters: `Tomas Berg mp said:` names nobody', () => {
    expect(speakers(['The engineer Tomas Berg mp said: "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', null, 'direct']]);
  });

  it('reads past an appositive between a fronted verb\'s speaker and the quote: `Added Tomas Berg, an engineer at the port, "…"`', () => {
    expect(speakers(['Added Tomas Berg, an engineer at the port, "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', 'Tomas Berg', 'direct']]);
  });

  it('gives the second part of a quote split by `said X, an appositive,` to X', () => {
    expect(speakers(['"The pier is old," said Tomas Berg, an engineer at the port, "but we will rebuild it."'])).toEqual([
      ['The pier is old,', 'Tomas Berg', 'direct'],
      ['but we will rebuild it.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('takes no name after a verb that has its subject for the speaker: `Ruiz said Berg, an engineer, "is …"`', () => {
    expect(speakers(['Ana Ruiz said Tomas Berg, an engineer at the port, "is the best we have."']).map(([, speaker]) => speaker)).not.toContain('Tomas Berg');
  });

  it('takes no appositive after the one told for a speaker: `Officials told Tomas Berg, an engineer, "…"`', () => {
    expect(speakers(['Officials told Tomas Berg, an engineer at the port, "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', null, 'direct']]);
  });

  it('gives a quote after `said X:` inside a sentence to X: `In other words, said Berg: "…"`', () => {
    expect(speakers(['In other words, said Berg: "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', 'Tomas Berg', 'direct']]);
  });

  it('gives a quote after `explained <role> X:` to X: `Then, explained harbour engineer Tomas Berg: "…"`', () => {
    expect(speakers(['Then, explained harbour engineer Tomas Berg: "We will rebuild the pier."'])).toEqual([
      ['We will rebuild the pier.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('never takes the one spoken to for the speaker: `A port official told the Harbour Authority: "…"`', () => {
    expect(speakers(['A port official told the Harbour Authority: "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', null, 'direct']]);
  });

  it('gives no speaker when the words between the verb and the name are no role: `said to Tomas Berg:`', () => {
    expect(speakers(['Later, said the mayor to Tomas Berg: "We will rebuild the pier."'])).toEqual([['We will rebuild the pier.', null, 'direct']]);
  });

  it('keeps the lower-case second part of "…," X said, "and …" direct speech', () => {
    expect(speakers(['"The pier is old," Berg said, "and we will rebuild it this year."'])).toEqual([
      ['The pier is old,', 'Tomas Berg', 'direct'],
      ['and we will rebuild it this year.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('leaves a lower-case fragment after a quote that ended its sentence partial', () => {
    expect(speakers(['"The pier is old." Berg, who said it was "falling apart," left.'])[1]?.[2]).toBe('partial');
  });

  it('gives every paragraph of a multi-paragraph quote the speaker named before it', () => {
    expect(speakers(['Ruiz said: "We start on Monday.', '"The work takes a year.', '"Then the bridge opens."'])).toEqual([
      ['We start on Monday.', 'Ana Ruiz', 'direct'],
      ['The work takes a year.', 'Ana Ruiz', 'direct'],
      ['Then the bridge opens.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('gives both paragraphs of a single-quoted multi-paragraph quote with an apostrophe the speaker named before it', () => {
    expect(speakers(['Tomas Berg said: ‘The beams we’d replaced held.', '‘The rest didn’t.’'])).toEqual([
      ['The beams we’d replaced held.', 'Tomas Berg', 'direct'],
      ['The rest didn’t.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives every paragraph of a multi-paragraph quote the speaker named only after its last paragraph', () => {
    expect(speakers(['Tomas Berg inspected the pier.', '"The wood is old.', '"It must be replaced," Berg said.'])).toEqual([
      ['The wood is old.', 'Tomas Berg', 'direct'],
      ['It must be replaced,', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives the second part of a split quote that runs on for paragraphs the speaker of the first part', () => {
    expect(speakers(['"The pier held," Ruiz says. "Nobody fell.', '"Then the storm came back."'])).toEqual([
      ['The pier held,', 'Ana Ruiz', 'direct'],
      ['Nobody fell.', 'Ana Ruiz', 'direct'],
      ['Then the storm came back.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('resolves the release said to the organization named earlier after according to the', () => {
    expect(
      speakers(['Two men were held, according to the Port Police Service.', 'The pier was closed for an hour.', '"Nobody was hurt," the release said.']),
    ).toEqual([['Nobody was hurt,', 'Port Police Service', 'direct']]);
  });

  it('gives a paragraph that only continues the previous speaker a weak attribution', () => {
    const [, next] = quotes(['"The pier is safe," Ruiz said.', '"We checked every beam."']);
    expect(next).toMatchObject({ speaker: 'Ana Ruiz', rule: 'continuation' });
    expect(next!.confidence).toBeLessThan(0.8);
  });

  it('leaves a quote paragraph after a statement unattributed when someone else was quoted before it', () => {
    expect(speakers(['"The fees are fair," Berg said.', 'The fees should stay low, Ruiz has said.', '"We will review the fees next year."'])).toEqual([
      ['The fees are fair,', 'Tomas Berg', 'direct'],
      ['We will review the fees next year.', null, 'direct'],
    ]);
  });

  it('gives a nested quote the speaker says they said to that speaker: "… I said, \'…\'," X said', () => {
    expect(speakers(['"The crew was scared, so I said, \'Stay on the pier,\'" Berg said.'])).toEqual([
      ["The crew was scared, so I said, 'Stay on the pier,'", 'Tomas Berg', 'direct'],
      ['Stay on the pier,', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a nested quote the speaker of the quote around it', () => {
    expect(speakers(['"They called it "a fair deal" at first," Berg said.'])).toEqual([
      ['They called it "a fair deal" at first,', 'Tomas Berg', 'direct'],
      ['a fair deal', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a nested quote introduced by a named cue inside the outer quote to that name', () => {
    expect(speakers(['"Then Tomas Berg said: \'The pier is finished.\' Nobody believed him," Ruiz said.'])).toEqual([
      ["Then Tomas Berg said: 'The pier is finished.' Nobody believed him,", 'Ana Ruiz', 'direct'],
      ['The pier is finished.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a nested quote whose cue has a role noun and a name between commas as its subject to that name', () => {
    expect(speakers(['"My neighbour, Tomas Berg, said to me, \'Sell the boat.\' I did," Ruiz said.'])).toEqual([
      ["My neighbour, Tomas Berg, said to me, 'Sell the boat.' I did,", 'Ana Ruiz', 'direct'],
      ['Sell the boat.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a nested quote to the appositive name that opens a clause of several verbs ending in said', () => {
    expect(speakers(['"The engineer, Tomas Berg, walked over and took my arm and said, \'It holds.\' I cried," Ruiz said.'])).toEqual([
      ["The engineer, Tomas Berg, walked over and took my arm and said, 'It holds.' I cried,", 'Ana Ruiz', 'direct'],
      ['It holds.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a fragment inside a quote, in a clause where the role-named person told, to that person', () => {
    expect(speakers(['"Then the engineer told us the pier was \'sound enough\' and left," Ruiz said.'])[1]).toEqual(['sound enough', 'Tomas Berg', 'partial']);
  });

  it('gives no speaker to a fragment inside a quote that a role no one holds told, rather than the outer speaker', () => {
    expect(speakers(['"The harbourmaster told us the pier was \'sound enough\' and left," Ruiz said.'])[1]).toEqual(['sound enough', null, 'partial']);
  });

  it('keeps a fragment the outer speaker says they told someone with the outer speaker', () => {
    expect(speakers(['"I told them the pier was \'sound enough\' and left," Ruiz said.'])[1]).toEqual(['sound enough', 'Ana Ruiz', 'partial']);
  });

  it('never gives a nested quote to a name before the verb that is not set off by commas', () => {
    expect(speakers(['"I asked Tomas Berg, and then he said, \'No.\' That was all," Ruiz said.'])).toEqual([
      ["I asked Tomas Berg, and then he said, 'No.' That was all,", 'Ana Ruiz', 'direct'],
      ['No.', null, 'direct'],
    ]);
  });

  it('never gives a nested quote with its own pronoun cue to the outer speaker', () => {
    expect(speakers(['"He came home and said: \'They lied to us.\' Then he slept," Ruiz said.'])).toEqual([
      ["He came home and said: 'They lied to us.' Then he slept,", 'Ana Ruiz', 'direct'],
      ['They lied to us.', null, 'direct'],
    ]);
  });

  it('gives a partial after a comma and accusing to the subject that opens the sentence, not the object before the comma', () => {
    expect(speakers(['Tomas Berg on Friday quit the Harbour Authority, accusing its board of running "a private club" for years.'])).toEqual([
      ['a private club', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a partial after a comma and saying to the name after the role words that open the sentence', () => {
    expect(speakers(['Harbour Authority engineer Tomas Berg rejected the claims, saying Ruiz had "never asked once".'])).toEqual([
      ['never asked once', 'Tomas Berg', 'partial'],
    ]);
  });

  it('gives a quote after a comma and adding to the one who spoke, not the name after a preposition before the comma', () => {
    expect(speakers(['"The pier is safe," Berg said on Harbour Authority, adding: "Nobody needs to worry."'])).toEqual([
      ['The pier is safe,', 'Tomas Berg', 'direct'],
      ['Nobody needs to worry.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a quote to the body whose possessive name comes before its team or office', () => {
    expect(speakers(['The Harbour Authority’s social media team responded: "We are working on a fix."'])).toEqual([
      ['We are working on a fix.', 'Harbour Authority', 'direct'],
    ]);
  });

  it('never gives a person’s spokesman’s words to the person', () => {
    expect(speakers(['Tomas Berg’s official spokesman said: "He will not comment."'])).toEqual([['He will not comment.', null, 'direct']]);
  });

  it('gives the words after X was quoted as saying to X, across the outlet that quoted', () => {
    expect(speakers(['Tomas Berg was quoted by the Harbour Gazette as saying the port "is not losing ships".'])).toEqual([
      ['is not losing ships', 'Tomas Berg', 'partial'],
    ]);
    expect(speakers(['Ruiz was quoted as saying: "The ferry will run."'])).toEqual([['The ferry will run.', 'Ana Ruiz', 'direct']]);
  });

  it('gives a quote after thanked X, saying to the one who thanked', () => {
    expect(speakers(['Mayor Ana Ruiz thanked Tomas Berg, saying: "He kept the port open."'])).toEqual([['He kept the port open.', 'Ana Ruiz', 'direct']]);
  });

  it('attributes a partial quote in a sentence that opens with According to X to X', () => {
    expect(speakers(['According to Tomas Berg, the repairs will cost "far more than planned" next year.'])).toEqual([
      ['far more than planned', 'Tomas Berg', 'partial'],
    ]);
  });

  it('attributes a partial quote after According to a statement from an organization to the organization', () => {
    expect(speakers(['According to a statement from the authority, the port will stay "open for business" all winter.'])).toEqual([
      ['open for business', 'Harbour Authority', 'partial'],
    ]);
  });

  it('attributes a partial quote after X, who said … to X', () => {
    expect(speakers(['Among the crowd was Tomas Berg, who said the old pier was "a death trap" for years.'])).toEqual([
      ['a death trap', 'Tomas Berg', 'partial'],
    ]);
  });

  it('keeps the speaker of the first part of a split quote accepted for the second part even when the cue was a document', () => {
    const [first, second] = quotes(['The Harbour Authority published its annual review on Monday.', '"Two cranes failed in March," the review said. "Both are now repaired."']);
    expect(first).toMatchObject({ speaker: 'Harbour Authority' });
    expect(first!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(second).toMatchObject({ speaker: 'Harbour Authority', rule: 'split' });
    expect(second!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(second!.confidence).toBeLessThanOrEqual(first!.confidence);
  });

  it('leaves a quote with no cue and no earlier quote unattributed', () => {
    expect(speakers(['Passengers waited for hours.', '"The staff were kind."'])).toEqual([['The staff were kind.', null, 'direct']]);
  });

  it('never attributes a quote to a place', () => {
    expect(speakers(['"The harbour is full," Lisbon said.'])).toEqual([['The harbour is full,', null, 'direct']]);
  });

  it('attributes a headline partial to the role noun after it', () => {
    expect(speakers([], 'Pier repairs “will take a year,” the mayor said')).toEqual([['will take a year,', 'Ana Ruiz', 'partial']]);
  });
});

describe('a cue that ends in a colon belongs to the quote after it', () => {
  it('gives a fragment ending its sentence to the verb in its own clause, not to the next sentence `X said: "…"`', () => {
    expect(speakers(['Ana Ruiz called the ruling "a setback." Berg said: "We will appeal."'])).toEqual([
      ['a setback.', 'Ana Ruiz', 'partial'],
      ['We will appeal.', 'Tomas Berg', 'direct'],
    ]);
  });
});

describe('a subject followed by two appositives', () => {
  it('reads she as the senator named before a home town and a relative clause (`Ruiz, of Lisbon, who wrote the bill, called`)', () => {
    expect(speakers(['Tomas Berg spoke first.', 'Ana Ruiz, of Lisbon, who wrote the bill, called it fair. "We listened," she said.'])).toEqual([['We listened,', 'Ana Ruiz', 'direct']]);
  });
});

describe('a cue closing the paragraph before the quote', () => {
  it('gives a quote opening a paragraph to the speaker of `X told the paper:` that ends the paragraph before', () => {
    expect(speakers(['A spokesman for the port, Tomas Berg, told the Harbour Times:', '"We came here in good faith."'])).toEqual([
      ['We came here in good faith.', 'Tomas Berg', 'direct'],
    ]);
  });

  it('gives a quote opening a paragraph to the subject of a short sentence ending the paragraph before in a colon, with no verb of saying', () => {
    expect(speakers(['Berg called the pier unsafe. Ruiz was blunt:', '"It is safe."'])).toEqual([['It is safe.', 'Ana Ruiz', 'direct']]);
  });

  it('reads no subject in a clause before a colon that closes a bracket it did not open', () => {
    expect(speakers(['No one spoke louder than Berg (of the port, Ruiz and Lisbon): "It is safe."'])).toEqual([['It is safe.', null, 'direct']]);
  });

  it('gives a quote opening a paragraph to the pronoun opening a long sentence that ends the paragraph before in a colon', () => {
    const found = quotes(['Ruiz toured the port on Monday.', 'The crowd was quiet. She then listed the repairs the town would need before the winter:', '"A new pier and a sea wall."']);
    expect(found.map((quote) => [quote.text, quote.speaker, quote.rule])).toEqual([['A new pier and a sea wall.', 'Ana Ruiz', 'X-said-colon']]);
  });

  it('reads no pronoun before a colon as the speaker when the sentence names a person, has a relative clause or is passive', () => {
    // Two sentences in the paragraph, so that no beat reads the pronoun instead.
    const after = (sentence: string) => speakers(['Ruiz toured the port on Monday.', `The crowd was quiet. ${sentence}`, '"A new pier and a sea wall."'])[0]![1];
    expect(after('She then read the crowd a long letter from Berg:')).toBeNull();
    expect(after('She then held up the report, which sets out the repairs:')).toBeNull();
    expect(after('She was moved by a letter from the harbour workers:')).toBeNull();
  });

  it('gives every paragraph of a multi-paragraph quote to `he said:` ending the paragraph before', () => {
    expect(speakers(['Ana Ruiz toured the port. At a short briefing, she said:', '"Food and water come first.', '"Repairs come after."'])).toEqual([
      ['Food and water come first.', 'Ana Ruiz', 'direct'],
      ['Repairs come after.', 'Ana Ruiz', 'direct'],
    ]);
  });
});
