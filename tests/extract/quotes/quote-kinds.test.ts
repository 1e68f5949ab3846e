import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article } from './fake-entities.ts';

function kinds(paragraphs: string[], title: string | null = null): [string, string][] {
  return findQuotes(article(paragraphs, title), { entities: [], mentions: [] }).map((quote) => [quote.text, quote.kind]);
}

describe('quote kinds', () => {
  it('calls a quote that starts its sentence direct', () => {
    expect(kinds(['"The ferry is late again," a passenger said.'])).toEqual([['The ferry is late again,', 'direct']]);
  });

  it('calls a quote after a colon direct even when it starts in lower case', () => {
    expect(kinds(['He warned: "rules are rules."'])).toEqual([['rules are rules.', 'direct']]);
  });

  it('calls a fragment built into the reporter\'s sentence partial', () => {
    expect(kinds(['The minister called the fees "unfair and unworkable" on Monday.'])).toEqual([['unfair and unworkable', 'partial']]);
  });

  it('calls a quote in the headline partial', () => {
    expect(kinds([], 'Port fees ‘too high’, traders say')).toEqual([['too high', 'partial']]);
  });

  it('calls a short unpunctuated quote that is a whole paragraph a heading, partial', () => {
    expect(kinds(["'Worse every year'"])).toEqual([['Worse every year', 'partial']]);
  });

  it('calls a sentence-case song title right after a verb of singing not-speech', () => {
    expect(kinds(['The soprano sang “Lento mi sono perso” with great calm.'])).toEqual([['Lento mi sono perso', 'not-speech']]);
  });

  it('keeps a lower-case fragment after a verb of playing partial', () => {
    expect(kinds(['The coach said his side played “without any fear” all night.'])).toEqual([['without any fear', 'partial']]);
  });

  it('calls a Title Case work with its full stop inside the marks after a new not-speech', () => {
    expect(kinds(['The company will stage a new “Winter Harbour.”'])).toEqual([['Winter Harbour.', 'not-speech']]);
  });

  it('calls a Title Case title after a colon that follows a reviews label not-speech', () => {
    expect(kinds(["More reviews: 'The Copper Lantern' at the Lyric"])).toEqual([['The Copper Lantern', 'not-speech']]);
  });

  it('calls a five-word epithet of the X of Y form in a headline not-speech', () => {
    expect(kinds([], "Oslo startup aims to be 'the Netflix of North Sea' fishing")).toEqual([['the Netflix of North Sea', 'not-speech']]);
  });

  it('calls a lower-case label after a possessive and before an appositive not-speech', () => {
    expect(kinds(['The village\'s "welcome committee," a dozen retirees with flasks, met every bus.'])).toEqual([['welcome committee,', 'not-speech']]);
  });

  it('keeps a lower-case fragment before an appositive partial when someone speaks in the sentence', () => {
    expect(kinds(['She said the plan was a "quiet disaster," a view her deputy shares.'])).toEqual([['quiet disaster,', 'partial']]);
  });

  it('calls a film title next to a work noun not-speech', () => {
    expect(kinds(['Fans queued at the “Harbour Lights” premiere in Porto.'])).toEqual([['Harbour Lights', 'not-speech']]);
  });

  it('calls a name after a noun that `a` introduces and the participle `called` not-speech: `a technology called "…"`', () => {
    expect(kinds(['The machine uses a technology called "massive parallelism." It has 64,000 processors.', 'A piece of software called the "bootloader" starts it.'])).toEqual([
      ['massive parallelism.', 'not-speech'],
      ['bootloader', 'not-speech'],
    ]);
  });

  it('keeps a fragment after `called` with a subject partial: `critics called "…"`', () => {
    expect(kinds(['On Monday critics called "a waste of money" what the council saw as a bargain.'])).toEqual([['a waste of money', 'partial']]);
  });

  it('calls a cover name after known as not-speech, and the names listed with it too', () => {
    expect(kinds(["Two officers known as 'Rook', 'Finch' and 'Wren' bought the goods."])).toEqual([
      ['Rook', 'not-speech'],
      ['Finch', 'not-speech'],
      ['Wren', 'not-speech'],
    ]);
  });

  it('calls an epithet after hailed as not-speech even in lower case', () => {
    expect(kinds(['She has long been hailed as the “queen of the harbour” by locals.'])).toEqual([['queen of the harbour', 'not-speech']]);
  });

  it('calls a nickname after dubbed not-speech', () => {
    expect(kinds(['The storm, dubbed "Storm Petra", closed the port.'])).toEqual([['Storm Petra', 'not-speech']]);
  });

  it('calls a scare-quoted word after so-called not-speech', () => {
    expect(kinds(['The so-called "reform" raised every fee.'])).toEqual([['reform', 'not-speech']]);
  });

  it('calls a title with its comma inside the marks not-speech after a work noun', () => {
    expect(kinds(['She joins the cast of the comedy “Salt Roads,” which opens in May.'])).toEqual([['Salt Roads,', 'not-speech']]);
  });

  it('calls a title with its comma inside the marks not-speech after starring in', () => {
    expect(kinds(['He is starring in “Copper Bay,” a drama set in Maine.'])).toEqual([['Copper Bay,', 'not-speech']]);
  });

  it('keeps a Title Case quote with its comma inside speech when a reporting verb follows', () => {
    expect(kinds(['The series “Never Again,” she said, was her best.'])).toEqual([['Never Again,', 'partial']]);
  });

  it('calls a name after known to their fans as not-speech', () => {
    expect(kinds(['City, known to their fans as "the Gulls", lost again.'])).toEqual([['the Gulls', 'not-speech']]);
  });

  it('calls a name after knew as the not-speech even in lower case', () => {
    expect(kinds(['Customers knew it as the ‘Blue phone’ for years.'])).toEqual([['Blue phone', 'not-speech']]);
  });

  it('calls a short the-plus-Title-Case nickname not-speech', () => {
    expect(kinds(['The fans of "the Magpies" sang all night.'])).toEqual([['the Magpies', 'not-speech']]);
  });

  it('keeps a lowercase fragment after the partial speech', () => {
    expect(kinds(['She called the plan "the worst idea" in years.'])).toEqual([['the worst idea', 'partial']]);
  });

  it('calls a Title Case word that a speaker says speech, not a name', () => {
    expect(kinds(['"Absolutely" Ruiz said.'])).toEqual([['Absolutely', 'direct']]);
  });

  it('calls every paragraph of a multi-paragraph quote direct', () => {
    expect(kinds(['She said: "We start on Monday.', '"Harbour Works', '"Then it opens."'])).toEqual([
      ['We start on Monday.', 'direct'],
      ['Harbour Works', 'direct'],
      ['Then it opens.', 'direct'],
    ]);
  });

  it('calls a nested quote partial', () => {
    expect(kinds(['"It was "a disaster" for us," she said.'])).toEqual([
      ['It was "a disaster" for us,', 'direct'],
      ['a disaster', 'partial'],
    ]);
  });
});

describe('names and printed words, not speech', () => {
  it('calls words printed on clothing after reading not-speech', () => {
    expect(kinds(['Dozens of parents wore badges reading "Save Elm Street."'])).toEqual([['Save Elm Street.', 'not-speech']]);
  });

  it('calls a nickname after whom colleagues call not-speech', () => {
    expect(kinds(['She hired Pia Holm, whom engineers call "the fixer" for her work on billing.'])).toEqual([['the fixer', 'not-speech']]);
  });

  it('calls a quoted modifier after what supporters call not-speech', () => {
    expect(kinds(['The bill sets up what backers call a "rapid repair" unit inside the agency.'])).toEqual([['rapid repair', 'not-speech']]);
  });

  it('keeps a fragment after a named subject who called something speech', () => {
    expect(kinds(['The senator called the vote "a betrayal" on Monday.'])).toEqual([['a betrayal', 'partial']]);
  });
});

describe('names of works and groups are not speech', () => {
  it('calls a Title Case title after `a hymn that the team called` not-speech, its full stop inside the marks', () => {
    expect(kinds(['The tablet bears a hymn that the team has provisionally called "Song of the Masons."'])).toEqual([['Song of the Masons.', 'not-speech']]);
  });

  it('calls a Title Case title after `The work,` not-speech, its comma inside the marks', () => {
    expect(kinds(['The work, "Girl with a Lute," was cut from its frame.'])).toEqual([['Girl with a Lute,', 'not-speech']]);
  });

  it('calls a code name after `a gang calling itself` not-speech', () => {
    expect(kinds(['A gang calling itself "NightVault" claimed the attack.'])).toEqual([['NightVault', 'not-speech']]);
  });

  it('calls a code name after `the ransomware group` not-speech', () => {
    expect(kinds(['Police blamed the ransomware group "NightVault" for the outage.'])).toEqual([['NightVault', 'not-speech']]);
  });

  it('calls a headline quote not-speech when the body names the same title as a work', () => {
    expect(kinds(['The painting "Girl with a Lute" was cut from its frame.'], 'Police say "Girl with a Lute" was stolen')).toEqual([
      ['Girl with a Lute', 'not-speech'],
      ['Girl with a Lute', 'not-speech'],
    ]);
  });

  it('keeps a lower-case headline phrase partial though the body marks the same words as a naming', () => {
    expect(kinds(['Workers rejected what the port called its "final offer."'], 'Workers reject ‘final offer’')).toEqual([
      ['final offer', 'partial'],
      ['final offer.', 'not-speech'],
    ]);
  });

  it('keeps a Title Case quote after `called` speech when no work noun comes before it', () => {
    expect(kinds(['The mayor called the decision "A Betrayal of Our Town."'])).toEqual([['A Betrayal of Our Town.', 'partial']]);
  });
});
