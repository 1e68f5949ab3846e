import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article } from './fake-entities.ts';

function kinds(paragraphs: string[]): [string, string][] {
  return findQuotes(article(paragraphs, null), { entities: [], mentions: [] }).map((quote) => [quote.text, quote.kind]);
}

describe('quote kinds: pages, programmes and names given', () => {
  it('calls a Title Case name after `website,` not-speech, and before `site` too', () => {
    expect(kinds(['On a new website, "The Harbour Lights Countdown", the firm urged users to upgrade.'])).toEqual([['The Harbour Lights Countdown', 'not-speech']]);
    expect(kinds(['Not mentioned on the "Harbour Lights Countdown" site were the flaws.'])).toEqual([['Harbour Lights Countdown', 'not-speech']]);
  });

  it('calls the page or programme a reporting verb puts the words on not-speech, and keeps the words speech', () => {
    expect(kinds(['"It is time to say goodbye," the firm says on "The Harbour Lights Countdown".'])).toEqual([
      ['It is time to say goodbye,', 'direct'],
      ['The Harbour Lights Countdown', 'not-speech'],
    ]);
    expect(kinds(['"We never take it for granted," the actor said in a post on "Morning Live."'])).toEqual([
      ['We never take it for granted,', 'direct'],
      ['Morning Live.', 'not-speech'],
    ]);
  });

  it('calls a programme of two words or more right after `told` not-speech', () => {
    expect(kinds(['The mayor told "Good Morning Harbour Town" the bridge would reopen.'])).toEqual([['Good Morning Harbour Town', 'not-speech']]);
  });

  it('calls a Title Case quote owned by a name not-speech: a show, a work, a slogan (`Harbour TV’s "Morning Live."`)', () => {
    expect(kinds(['"The pier is safe," Ruiz said in an interview on Harbour TV’s "Morning Live."'])).toEqual([
      ['The pier is safe,', 'direct'],
      ['Morning Live.', 'not-speech'],
    ]);
    expect(kinds(['She wore the mayor’s "A Harbour For Every Boat" hat.'])).toEqual([['A Harbour For Every Boat', 'partial']]);
    expect(kinds(['She wore Berg’s "A Harbour For Every Boat" hat.'])).toEqual([['A Harbour For Every Boat', 'not-speech']]);
  });

  it('calls a Title Case quote owned by a name after a preposition not-speech even when a cue follows it: `on Harbour TV’s "Morning Live," Ruiz said`', () => {
    expect(kinds(['Speaking on Harbour TV’s "Morning Live," Ruiz said the pier would reopen.'])).toEqual([['Morning Live,', 'not-speech']]);
  });

  it('calls the Title Case work after a screening or a broadcast of it not-speech: `a screening of "Harbour Lights."`', () => {
    expect(kinds(['Ruiz got the idea while watching a screening of "Harbour Lights." The plan came later.'])).toEqual([['Harbour Lights.', 'not-speech']]);
  });

  it('reads a word of speech after a possessive as a noun, no cue that makes a title speech: `"Harbour Lights." Berg’s comments …`', () => {
    expect(kinds(['Ruiz got the idea while watching the film "Harbour Lights." Berg’s comments came later.'])).toEqual([['Harbour Lights.', 'not-speech']]);
  });

  it('calls the headline or caption a page is given not-speech: `a report headed "Pier Targets Set"`', () => {
    expect(kinds(['Holding up a report headed "Pier Targets Set" Ruiz told reporters it was wrong.'])).toEqual([['Pier Targets Set', 'not-speech']]);
    expect(kinds(['A photo captioned "Storm Over The Harbour" ran on Monday.'])).toEqual([['Storm Over The Harbour', 'not-speech']]);
  });

  it('keeps a Title Case quote after a possessive speech in a line that capitalizes every word: a headline’s shape', () => {
    expect(kinds(['Berg: Ruiz’s "Plan Is Not Working."', 'The mayor spoke on Sunday.'])).toEqual([['Plan Is Not Working.', 'partial']]);
  });

  it('keeps the quote after a title that ends its sentence apart from it: speech, not another title', () => {
    expect(kinds(['"The pier is safe," Ruiz told "Morning Live." "It reopens tomorrow."'])).toEqual([
      ['The pier is safe,', 'direct'],
      ['Morning Live.', 'not-speech'],
      ['It reopens tomorrow.', 'direct'],
    ]);
  });

  it('keeps Title Case words after a preposition of no venue speech when no reporting verb puts them there', () => {
    expect(kinds(['Members argued about "A Fair Wage For Every Worker" at the rally.'])).toEqual([['A Fair Wage For Every Worker', 'partial']]);
  });

  it('calls the name a naming verb gives its object not-speech', () => {
    expect(kinds(['The refugee team named their robot "Hopebot." It won a prize.'])).toEqual([['Hopebot.', 'not-speech']]);
    expect(kinds(['Fishers christened the new boat "Sea Wren" in May.'])).toEqual([['Sea Wren', 'not-speech']]);
  });

  it('keeps words in sentence case after a naming verb and its object speech: the namer’s words', () => {
    expect(kinds(['The magazine named the city "the best place to live in Europe".'])).toEqual([['the best place to live in Europe', 'partial']]);
  });

  it('keeps Title Case words after `asked to` speech: `to` opens what they are asked to do', () => {
    expect(kinds(['Residents were asked to "Stay Home And Save Lives" all week.'])).toEqual([['Stay Home And Save Lives', 'partial']]);
  });

  it('keeps a label after `dubbed` or `called` and an object speech: the labeller’s own words', () => {
    expect(kinds(['A review in the Gazette dubbed the sequel "unabashedly trivial".'])).toEqual([['unabashedly trivial', 'partial']]);
    expect(kinds(['The minister called the plan "a reckless gamble".'])).toEqual([['a reckless gamble', 'partial']]);
  });

  it('calls a short Title Case quote right after a lower-case preposition not-speech: a film, a show, a book', () => {
    expect(kinds(['He played the role well in "Harbour Royale," not so well in "Quantum of Tides."'])).toEqual([
      ['Harbour Royale,', 'not-speech'],
      ['Quantum of Tides.', 'not-speech'],
    ]);
    expect(kinds(['Two actors signed on for "The Harbour Files" last spring.'])).toEqual([['The Harbour Files', 'not-speech']]);
  });

  it('keeps a Title Case quote after a preposition speech when a verb of speech follows it or governs the preposition', () => {
    expect(kinds(['The decision rested on "Common Sense," Ruiz said.'])).toEqual([['Common Sense,', 'partial']]);
    expect(kinds(['The rally ended with chants of "Four More Years For Ruiz" and cheers.'])).toEqual([['Four More Years For Ruiz', 'partial']]);
  });

  it('calls a Title Case quote after `to` not-speech, but keeps what someone was urged to say speech', () => {
    expect(kinds(['The show lost its host to "Good Morning Harbour" in May.'])).toEqual([['Good Morning Harbour', 'not-speech']]);
    expect(kinds(['The crowd was urged to "Stay Home And Save Lives" all week.'])).toEqual([['Stay Home And Save Lives', 'partial']]);
  });

  it('keeps a quote after a lower-case preposition of a sentence in headline style speech: `Anger Appeals to \'Bad Angels Of Our Nature\'`', () => {
    expect(kinds(['The story so far.', "Ruiz: Populist Anger Appeals to 'Bad Angels Of Our Nature.'"])).toEqual([['Bad Angels Of Our Nature.', 'partial']]);
  });

  it('keeps a quote after a capitalized preposition of a sentence in headline style speech: `Did Well In \'More Open Debate\'`', () => {
    expect(kinds(["Brooks: Rubio Did Well In 'More Open Debate,' Than Before"])).toEqual([['More Open Debate,', 'partial']]);
  });

  it('calls a Title Case quote after a lower-case verb that gives a name, and its object, not-speech: an epithet or a name', () => {
    expect(kinds(['Jacobs called Ruiz "The Mayor of the Free Port" in his column.'])).toEqual([['The Mayor of the Free Port', 'not-speech']]);
    expect(kinds(['Critics dubbed him an "Admiral of the Empty Sea" last year.'])).toEqual([['Admiral of the Empty Sea', 'not-speech']]);
  });

  it('keeps a Title Case quote after a capitalized verb of a line in headline style speech: `Critics Called Ana Ruiz Lane "…" In Column`', () => {
    expect(kinds(['The story so far.', 'Critics Called Ana Ruiz Lane "The Mayor of the Free Port" In Column'])).toEqual([['The Mayor of the Free Port', 'partial']]);
  });
});
