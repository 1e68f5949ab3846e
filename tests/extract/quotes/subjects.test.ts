import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

const LIST: FakeEntity[] = [
  { name: 'Tom Reed', kind: 'person' },
  { name: 'Peter Grant', kind: 'person' },
  { name: 'Labour Party', kind: 'organization', aliases: ['Labour'] },
  { name: 'Morgan Hale', kind: 'organization' },
  { name: 'Farley Council', kind: 'organization' },
  { name: 'Ann Kim', kind: 'person' },
  { name: 'Daelim', kind: 'organization' },
];

/** Speaker (null when below 0.5) and kind of each quote. */
function speakers(paragraphs: string[]): [string, string | null, string][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, LIST)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
}

describe('the speaker is the subject of the cue, never an object', () => {
  it('gives a fragment after `X quits Y, says` to X, not to the party X quits', () => {
    expect(speakers(['Tom Reed quits Labour, says party has become "a closed shop"'])).toEqual([['a closed shop', 'Tom Reed', 'partial']]);
  });

  it('gives a fragment after `X of Y wrote` to the person X, not the firm Y', () => {
    expect(speakers(['Peter Grant of Morgan Hale wrote in a note to clients that "the rally looks tired".'])).toEqual([
      ['the rally looks tired', 'Peter Grant', 'partial'],
    ]);
  });

  it('gives a fragment after `X of the Y said` to the person X, not the organization Y', () => {
    expect(speakers(['Peter Grant of the Morgan Hale said the fund was "too slow".'])).toEqual([['too slow', 'Peter Grant', 'partial']]);
  });

  it('gives a fragment after `X of the Universidad de las Y said` to X when only the tail Y is a known organization', () => {
    expect(speakers(['Economist Peter Grant of the Universidad de las Morgan Hale said the plan was "too timid."'])).toEqual([
      ['too timid.', 'Peter Grant', 'partial'],
    ]);
  });

  it('gives a quote after `Their lawyer, X of the law firm Y, told reporters:` to the person X, not the firm Y', () => {
    expect(speakers(['Their lawyer, Ann Kim of the law firm Daelim, told reporters: "We will appeal."'])).toEqual([
      ['We will appeal.', 'Ann Kim', 'direct'],
    ]);
  });

  it('gives no confident speaker when an unresolved name stands before `of the Y said`', () => {
    expect(speakers(['In the evening, Inspector Ada Vale of the Farley Council said the road was "safe again".'])).toEqual([
      ['safe again', null, 'partial'],
    ]);
  });

  it('gives a quote from an unnamed council spokeswoman to the council', () => {
    expect(speakers(['Farley Council shut the bridge on Monday.', '"Safety comes first," a council spokeswoman said.'])).toEqual([
      ['Safety comes first,', 'Farley Council', 'direct'],
    ]);
  });
});

describe('the company as a speaker', () => {
  const list: FakeEntity[] = [
    { name: 'Vantor Foods', kind: 'organization', aliases: ['Vantor'] },
    { name: 'Crale Holdings', kind: 'organization' },
  ];
  function companySpeakers(paragraphs: string[]): (string | null)[] {
    const input = article(paragraphs);
    return findQuotes(input, fakeEntities(input, list)).map((quote) => (quote.confidence >= 0.5 ? quote.speaker : null));
  }

  it('reads the company as the article’s most-named company over another named nearer', () => {
    expect(
      companySpeakers([
        'Vantor Foods reported a rise in profit.',
        'Vantor said sales grew in every region.',
        'Rival Crale Holdings also gained on Monday.',
        '"Demand stayed strong," the company said in the filing.',
      ]),
    ).toEqual(['Vantor Foods']);
  });

  it('leaves the company unsure when two companies are named equally often', () => {
    expect(companySpeakers(['Vantor Foods and Crale Holdings reported results.', '"Demand stayed strong," the company said.'])).toEqual([null]);
  });
});

describe('organization documents', () => {
  it('gives a fragment a department’s news release described to that department', () => {
    const list: FakeEntity[] = [{ name: 'Harlow Water Department', kind: 'organization' }];
    const input = article(['Harlow Water Department fined the firm.', 'It cited what the department\'s news release described as "a serious breach".']);
    const found = findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
    expect(found).toEqual([['a serious breach', 'Harlow Water Department', 'partial']]);
  });
});

describe('a reporting verb written as a noun', () => {
  const list: FakeEntity[] = [
    { name: 'Mara Tellis', kind: 'person' },
    { name: 'Instagram', kind: 'organization' },
  ];

  it('reads `an Instagram post` as a noun, so the fragment goes to the subject who posted it, never the platform', () => {
    const input = article(['Mara Tellis starred in the series for a decade.', 'The 41-year-old singer announced her exit in an Instagram post on Monday, thanking fans for "ten loud, lovely years".']);
    expect(findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.speaker, quote.kind])).toEqual([
      ['ten loud, lovely years', 'Mara Tellis', 'partial'],
    ]);
  });
});

describe('a verb joined by a bare and', () => {
  const list: FakeEntity[] = [
    { name: 'Colm Hart', kind: 'person' },
    { name: 'Dan Foyle', kind: 'person' },
  ];
  function spoken(paragraphs: string[]): [string, string | null, string][] {
    const input = article(paragraphs);
    return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
  }

  it('takes the subject of the nearest clause, not the witness who reported it', () => {
    expect(spoken(['Sergeant Colm Hart told the court that when officers came, Dan Foyle walked towards them and shouted: "Get off my land."'])).toEqual([
      ['Get off my land.', 'Dan Foyle', 'direct'],
    ]);
  });

  it('keeps the opening subject when a comma comes before and', () => {
    expect(spoken(['Colm Hart said that Dan Foyle lived nearby, and added: "He was always polite."'])).toEqual([
      ['He was always polite.', 'Colm Hart', 'direct'],
    ]);
  });

  it('gives the verb after and the subject opening the sentence when no other subject comes between', () => {
    expect(spoken(['Dan Foyle adopted a fake accent and joked, "I will make it easier for them."'])).toEqual([
      ['I will make it easier for them.', 'Dan Foyle', 'direct'],
    ]);
  });

  it('gives a participle after `by` or `after` the subject opening the sentence: `ended his speech by saying "…"`', () => {
    expect(spoken(['Dan Foyle ended his speech by saying "Too many."'])).toEqual([['Too many.', 'Dan Foyle', 'direct']]);
    expect(spoken(['Dan Foyle left the hall after saying the plan was "a disgrace".'])).toEqual([['a disgrace', 'Dan Foyle', 'partial']]);
  });

  it('gives the verb after `but` the subject opening the sentence: `did not name them, but told …, "…"`', () => {
    expect(spoken(['Dan Foyle did not name his rivals, but told his supporters, "We will win this."'])).toEqual([['We will win this.', 'Dan Foyle', 'direct']]);
  });

  it('reads past a bracket after the name opening the sentence: `Dan Foyle (R-Pa.) refused …, responding …`', () => {
    expect(spoken(['Dan Foyle (R-Pa.) refused to discuss it, responding that he is "not going into that".'])).toEqual([
      ['not going into that', 'Dan Foyle', 'partial'],
    ]);
  });

  it('gives no speaker when a subordinate clause opens before and: its own subject may go on', () => {
    expect(spoken(['Dan Foyle was the butt of the joke when the host opened the envelope and declared "come on up".'])).toEqual([
      ['come on up', null, 'partial'],
    ]);
  });

  it('gives no speaker when the opening subject is in the passive: `was booed and shouted down by`', () => {
    expect(spoken(['Dan Foyle was heckled and shouted down by fans chanting "go home".'])).toEqual([
      ['go home', null, 'partial'],
    ]);
  });

  it('gives no speaker when the opening name follows a determiner: it modifies a noun (`The Dan Foyle ad`)', () => {
    expect(spoken(['The Dan Foyle ad hits the council for its spending and claims that "the town deserves better".'])).toEqual([
      ['the town deserves better', null, 'partial'],
    ]);
  });
});

describe('a role held for an organization', () => {
  const list: FakeEntity[] = [
    { name: 'Vantor Foods', kind: 'organization', aliases: ['Vantor'] },
    { name: 'Priya Nair', kind: 'person', learnedRoles: ['managing director'] },
    { name: 'Leo Hart', kind: 'person', learnedRoles: ['analyst'] },
  ];
  function spoken(paragraphs: string[], people: FakeEntity[] = list): [string, string | null, string][] {
    const input = article(paragraphs);
    return findQuotes(input, fakeEntities(input, people)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null, quote.kind]);
  }

  it('gives `its managing director called … "…"` to the one person the article names with that role', () => {
    expect(spoken(['Vantor Foods will build a plant to meet what its managing director called demand "far beyond supply".', 'Managing director Priya Nair said orders had doubled.'])).toEqual([
      ['far beyond supply', 'Priya Nair', 'partial'],
    ]);
  });

  it('gives no speaker when two people hold that role', () => {
    const two: FakeEntity[] = [...list, { name: 'Sam Roe', kind: 'person', learnedRoles: ['finance director'] }];
    expect(spoken(['Vantor Foods will build a plant to meet what its managing director called demand "far beyond supply".'], two)).toEqual([
      ['far beyond supply', null, 'partial'],
    ]);
  });
});

describe('a court ruling as a speaker', () => {
  it('gives `the ruling said` to the one judge the article names', () => {
    const list: FakeEntity[] = [
      { name: 'Rosa Lind', kind: 'person', learnedRoles: ['district judge'] },
      { name: 'Ken Moss', kind: 'person', learnedRoles: ['attorney general'] },
    ];
    const input = article(['District Judge Rosa Lind blocked the law on Tuesday. Ken Moss said he would appeal.', '"Apps are not tobacco," the ruling said.']);
    expect(findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null])).toEqual([
      ['Apps are not tobacco,', 'Rosa Lind'],
    ]);
  });

  it('reads a long role phrase before the name after a quote as describing it: `"…," Farley Council’s deputy head of planning and transport, Ann Kim, said`', () => {
    expect(speakers(['"The road will open in May," Farley Council’s deputy head of planning and transport, Ann Kim, said.'])).toEqual([
      ['The road will open in May,', 'Ann Kim', 'direct'],
    ]);
  });

  it('does not read a role phrase and a name after a quote that ends its own sentence as its cue: `"…?" Farley Council’s deputy head of planning, Ann Kim, said she …`', () => {
    expect(speakers(['Tom Reed asked: "Will the road open in May?" Farley Council’s deputy head of planning and transport, Ann Kim, said she could not say.'])).toEqual([
      ['Will the road open in May?', 'Tom Reed', 'direct'],
    ]);
  });

  it('reads the subject before a description between two dashes: `"…," Tom Reed — a former engineer — said`', () => {
    expect(speakers(['"The road will open in May," Tom Reed — a former engineer — said.'])).toEqual([['The road will open in May,', 'Tom Reed', 'direct']]);
  });

  it('reads the subject before a description between two dashes that holds a verb of speech: `Tom Reed — mentioned by the council as the likely choice — told reporters that "…"`', () => {
    expect(speakers(['Tom Reed — mentioned by the council as the likely choice — told reporters that "the road will open in May."'])).toEqual([
      ['the road will open in May.', 'Tom Reed', 'partial'],
    ]);
  });
});

describe('a manner adverb between the subject and the verb', () => {
  it('gives a fragment after `X gingerly said` to X, an adverb no table lists', () => {
    expect(speakers(['Asked about the vote, Tom Reed gingerly said that was "a matter for the voters".'])).toEqual([
      ['a matter for the voters', 'Tom Reed', 'partial'],
    ]);
  });

  it('gives a quote before `X tersely told` to X', () => {
    expect(speakers(['"We will not comment," Ann Kim tersely told reporters.'])).toEqual([['We will not comment,', 'Ann Kim', 'direct']]);
  });

  it('does not skip a noun in -ly: `the Reed family said` is the family, not Tom Reed', () => {
    expect(speakers(['Tom Reed was named on Friday.', '"We are heartbroken," the Reed family said.'])).toEqual([
      ['We are heartbroken,', null, 'direct'],
    ]);
  });
});

describe('a verb in the progressive', () => {
  it('gives a fragment after `X is pledging to` to X', () => {
    expect(speakers(['Tom Reed is pledging to "win every seat" on Tuesday.'])).toEqual([['win every seat', 'Tom Reed', 'partial']]);
  });

  it('gives a fragment after `X has been saying` to X', () => {
    expect(speakers(['Ann Kim has been saying for weeks that the plan is "a disaster for the town."'])).toEqual([
      ['a disaster for the town.', 'Ann Kim', 'partial'],
    ]);
  });

  it('gives nothing to the subject of a passive: `X was told … "…"`', () => {
    expect(speakers(['Tom Reed was told the plan was "a disaster" on Monday.'])).toEqual([['a disaster', null, 'partial']]);
  });
});

describe('a day named between the subject and the verb', () => {
  it('gives a quote after `X later Thursday told Y:` to X', () => {
    expect(speakers(['Tom Reed later Thursday told reporters: "We will meet next week."'])).toEqual([['We will meet next week.', 'Tom Reed', 'direct']]);
  });
});

describe('`since` after `has` between the subject and the verb', () => {
  it('gives a quote after `X has since apologized for it:` to X', () => {
    expect(speakers(['Tom Reed has since apologized for it: "I should have used two addresses."'])).toEqual([
      ['I should have used two addresses.', 'Tom Reed', 'direct'],
    ]);
  });
});

describe('a stance verb opening the next sentence', () => {
  it('does not take the quote before it: `"…," said Reed. "…." Grant has apologised publicly`', () => {
    expect(speakers(['"He made a mistake," said Tom Reed. "He is a decent lad." Peter Grant has apologised publicly for his actions.'])).toEqual([
      ['He made a mistake,', 'Tom Reed', 'direct'],
      ['He is a decent lad.', 'Tom Reed', 'direct'],
    ]);
  });
});

describe('the agent of a passive', () => {
  it('is no subject of the verb after it: `data released by X clearly indicate`', () => {
    expect(speakers(['Data released by the Farley Council clearly indicate that policy is "on hold" for now.'])).toEqual([['on hold', null, 'partial']]);
  });

  it('is the author of a document the passive names: `a statement issued by X said`', () => {
    expect(speakers(['A statement issued by the Farley Council said "the bridge is safe."'])).toEqual([['the bridge is safe.', 'Farley Council', 'partial']]);
  });
});

describe('a phrase of place, time or manner between the subject and the verb', () => {
  it('gives a fragment after `X in his speech called` to X', () => {
    expect(speakers(['Tom Reed in his announcement speech called the plan "a disgrace" and left.'])).toEqual([['a disgrace', 'Tom Reed', 'partial']]);
  });

  it('does not give it to an object before the phrase: `X met with Y in December and called`', () => {
    expect(speakers(['Tom Reed met with Peter Grant in December and called the plan "very charming."'])).toEqual([['very charming.', 'Tom Reed', 'partial']]);
  });

  it('does not read a clause after `after` as such a phrase: `a dispute with Y after claiming`', () => {
    expect(speakers(['Tom Reed reopened his dispute with Peter Grant after claiming the plan was "not good enough" for him.'])).toEqual([
      ['not good enough', 'Tom Reed', 'partial'],
    ]);
  });

  it('gives a fragment after `X in a statement said` to X, not to the statement', () => {
    expect(speakers(['Ann Kim in a statement said the plan was "a disaster for families."'])).toEqual([['a disaster for families.', 'Ann Kim', 'partial']]);
  });
});

describe('an appositive after the name that opens the sentence', () => {
  it('is skipped for a participle clause later in it: `X, who …, has picked up on …, telling ABC that "…"`', () => {
    expect(speakers(['Tom Reed, who is battling Peter Grant for the top spot, has picked up on the criticism, telling ABC that there is "a weird deal going on" with him.'])).toEqual([
      ['a weird deal going on', 'Tom Reed', 'partial'],
    ]);
  });
});

describe('a role with a prefix before the opening name', () => {
  it('reads past `co-chairman` to the name that opens the clause of a participle: `Party co-chairman Tom Reed derided …, saying:`', () => {
    expect(speakers(['Party co-chairman Tom Reed derided the plan, saying: "The show was bad."'])).toEqual([['The show was bad.', 'Tom Reed', 'direct']]);
  });
});
