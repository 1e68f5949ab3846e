import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/quotes/index.ts';
import { article, fakeEntities, type FakeEntity } from './fake-entities.ts';

/** Speaker (null when below 0.5) of each quote, for compact expectations. */
function speakers(list: FakeEntity[], paragraphs: string[]): [string, string | null][] {
  const input = article(paragraphs);
  return findQuotes(input, fakeEntities(input, list)).map((quote) => [quote.text, quote.confidence >= 0.5 ? quote.speaker : null]);
}

/** Two men, each with a surname alias: the fixtures where `he` must pick one of them. */
const LUND_AND_WARD: FakeEntity[] = [
  { name: 'Peter Lund', kind: 'person', aliases: ['Lund'] },
  { name: 'Tom Ward', kind: 'person', aliases: ['Ward'] },
];

describe('pronoun speakers', () => {
  it('reads he after `"…," said his father.` as that father, not the man named before', () => {
    expect(
      speakers(LUND_AND_WARD, ['Peter Lund opened the new pier on Monday.', '"It was a long wait," said his father. "We are all proud," he added.']),
    ).toEqual([
      ['It was a long wait,', null],
      ['We are all proud,', null],
    ]);
  });

  it('reads he after `"…," said an analyst at …` as that unnamed analyst, not a man named before', () => {
    expect(
      speakers(LUND_AND_WARD, [
        '"Sales will fall," said Peter Lund.',
        'Others were calmer. "Nobody is badly exposed," said a senior analyst at a Tokyo bank. "Bonds are still profitable," he added.',
      ]),
    ).toEqual([
      ['Sales will fall,', 'Peter Lund'],
      ['Nobody is badly exposed,', null],
      ['Bonds are still profitable,', null],
    ]);
  });

  it('reads he as the name after a fronted verb and a role: `"…," said harbour communications director Tom Ward. "…," he added.`', () => {
    expect(
      speakers(LUND_AND_WARD, [
        'Peter Lund opened the new pier on Monday.',
        'Rain is forecast. "The last storm was in 1987," said harbour communications director Tom Ward. "We have had storms before," he added.',
      ]),
    ).toEqual([
      ['The last storm was in 1987,', 'Tom Ward'],
      ['We have had storms before,', 'Tom Ward'],
    ]);
  });

  it('reads she as the person whose given name is a woman’s, past a nearer man', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Peter Lund', kind: 'person' },
    ];
    expect(speakers(list, ['Helen Ward opened the new pier on Monday.', 'Peter Lund, the harbour engineer, was also there.', '"It took ten years," she said.'])).toEqual([
      ['It took ten years,', 'Helen Ward'],
    ]);
  });

  it('reads he as the subject before an appositive, not a name the appositive holds after a preposition and a noun: `Lund, a director at analyst Ward, told …`', () => {
    expect(speakers(LUND_AND_WARD, ['Peter Lund, a research director at analyst Tom Ward, told reporters the pier had done well. "We built it to last," he said.'])).toEqual([
      ['We built it to last,', 'Peter Lund'],
    ]);
  });

  it('still reads he as a name after a title with `of` or `for`: `minister of sport Tom Ward was quick …`', () => {
    expect(speakers(LUND_AND_WARD, ['Peter Lund opened the pier.', 'The minister of sport Tom Ward was quick to back it. "We will act," he said.'])).toEqual([['We will act,', 'Tom Ward']]);
  });

  it('reads he as the subject of the sentence before, not a man named there in the possessive: `Lund says Ward’s …`', () => {
    expect(speakers(LUND_AND_WARD, ['Tom Ward and Peter Lund met on Monday.', 'Lund says Ward’s teenage stardom is in stark contrast to his own start in the game. "We cannot all be stars," he said.'])).toEqual([
      ['We cannot all be stars,', 'Peter Lund'],
    ]);
  });

  it('reads he as the one who speaks, not a man named as the subject of a `because` clause in what he says', () => {
    expect(speakers(LUND_AND_WARD, ['Tom Ward and Peter Lund met on Monday.', 'Lund said the council was in "turmoil" because Ward had exposed its plans. The leak was not a "one-off", he said.'])).toEqual([
      ['turmoil', 'Peter Lund'],
      ['one-off', 'Peter Lund'],
    ]);
  });

  it('reads he as the man named in an `after` clause: the one the sentence is about', () => {
    const list: FakeEntity[] = [
      { name: 'Tom Ward', kind: 'person', aliases: ['Ward'] },
      { name: 'Peter Lund', kind: 'person', aliases: ['Lund'] },
    ];
    expect(speakers(list, ['Peter Lund praised the plan.', 'The news spread after Ward revealed his plans. "Nobody should be surprised," he wrote.'])).toEqual([
      ['Nobody should be surprised,', 'Tom Ward'],
    ]);
  });

  it('reads she as a woman named before `of the University of X said`, as the subject of that clause', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Jo Lund', kind: 'person' },
      { name: 'University of Farley', kind: 'organization' },
    ];
    expect(speakers(list, ['Jo Lund opened the pier.', 'Engineer Helen Ward of the University of Farley said the pier was sound.', '"It will last," she said.'])).toEqual([
      ['It will last,', 'Helen Ward'],
    ]);
  });

  it('never reads she as a name that is the object of a preposition or an infinitive, though a verb follows it', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Jo Lund', kind: 'person' },
    ];
    expect(
      speakers(list, ['Councillor Helen Ward said the decision of voters to back Jo Lund surprised the town. "Nobody saw it coming," she said.']),
    ).toEqual([['Nobody saw it coming,', 'Helen Ward']]);
    expect(
      speakers(list, ['Councillor Helen Ward said the letter from Jo Lund arrived on Monday. "It was late," she said.']),
    ).toEqual([['It was late,', 'Helen Ward']]);
  });

  it('never reads she as the one a verb of stance is about: X accused Y of …', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Jo Lund', kind: 'person' },
    ];
    expect(speakers(list, ['Councillor Helen Ward accused Jo Lund of misleading the town. "It is a disgrace," she said.'])).toEqual([
      ['It is a disgrace,', 'Helen Ward'],
    ]);
  });

  it('never reads she as the subject of the clause reported after `said`', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Jo Lund', kind: 'person' },
    ];
    expect(speakers(list, ['Engineer Helen Ward spoke at noon.', 'Ward said Jo Lund would need more money.', '"It is a lot," she said.'])).not.toContainEqual([
      'It is a lot,',
      'Jo Lund',
    ]);
  });

  it('reads he as the subject of the sentence before, past a man named later in that sentence as its object', () => {
    const list: FakeEntity[] = [
      { name: 'Marco Bellini', kind: 'person' },
      { name: 'Rodrigo Salas', kind: 'person' },
    ];
    expect(speakers(list, ['Coach Marco Bellini was asked about Rodrigo Salas on Friday.', '"I never talk about other players," he said.'])).toEqual([
      ['I never talk about other players,', 'Marco Bellini'],
    ]);
  });

  it('gives he no confident speaker when the other man was named again in a later sentence', () => {
    const list: FakeEntity[] = [
      { name: 'Marco Bellini', kind: 'person' },
      { name: 'Rodrigo Salas', kind: 'person' },
    ];
    expect(speakers(list, ['Coach Marco Bellini was asked about Rodrigo Salas on Friday.', 'Fans love Rodrigo Salas.', '"I never talk about other players," he said.'])).toEqual([
      ['I never talk about other players,', null],
    ]);
  });

  it('never reads he as a misread person whose name holds a digit', () => {
    const list: FakeEntity[] = [
      { name: 'Omar Qadri', kind: 'person' },
      { name: 'Rs50', kind: 'person' },
    ];
    expect(speakers(list, ['Governor Omar Qadri pledged Rs50 million for the dams. "We will rebuild," he said.'])).toEqual([
      ['We will rebuild,', 'Omar Qadri'],
    ]);
  });

  it('reads she as the person the entity finder gave a female role noun', () => {
    const list: FakeEntity[] = [
      { name: 'Kim Soto', kind: 'person', learnedRoles: ['spokeswoman'] },
      { name: 'Lee Park', kind: 'person', learnedRoles: ['chairman'] },
    ];
    expect(speakers(list, ['Kim Soto briefed reporters on Monday.', 'Lee Park answered questions later.', 'The pier reopens in June.', '"We are ready," she said.'])).toEqual([
      ['We are ready,', 'Kim Soto'],
    ]);
  });

  it('gives she no confident speaker past a later-named person of unknown gender who did not just speak', () => {
    const list: FakeEntity[] = [
      { name: 'Kim Soto', kind: 'person', learnedRoles: ['spokeswoman'] },
      { name: 'Lee Park', kind: 'person' },
    ];
    expect(speakers(list, ['Kim Soto briefed reporters on Monday.', 'Lee Park answered questions later.', 'The pier reopens in June.', '"We are ready," she said.'])).toEqual([
      ['We are ready,', null],
    ]);
  });

  it('reads she as a speaker of unknown gender introduced just before, over an older speaker', () => {
    const list: FakeEntity[] = [
      { name: 'Maria Lopez', kind: 'person' },
      { name: 'Ngozi Adeyemi', kind: 'person', aliases: ['Dr Ngozi Adeyemi'] },
    ];
    expect(speakers(list, ['"The plan will fail," said Maria Lopez.', 'Political analyst Dr Ngozi Adeyemi said the vote was close.', '"Nobody expected this," she said.'])).toEqual([
      ['The plan will fail,', 'Maria Lopez'],
      ['Nobody expected this,', 'Ngozi Adeyemi'],
    ]);
  });

  it('resolves he after an unnamed indefinite subject to no one, not to an earlier speaker', () => {
    const list: FakeEntity[] = [{ name: 'Mark Dunn', kind: 'person' }];
    expect(speakers(list, ['"The plan will fail," said Mark Dunn.', 'Another analyst, who asked not to be named, said the vote was close.', '"Nobody expected this," he said.'])).toEqual([
      ['The plan will fail,', 'Mark Dunn'],
      ['Nobody expected this,', null],
    ]);
  });

  it('resolves he after an unnamed subject with an unknown capitalized name in it to no one: `An Inland division spokesman`', () => {
    const list: FakeEntity[] = [{ name: 'Mark Dunn', kind: 'person' }];
    expect(speakers(list, ['"The plan will fail," said Mark Dunn.', 'An Inland division spokesman would not discuss it. But he said the plant has a "serious" problem.'])).toEqual([
      ['The plan will fail,', 'Mark Dunn'],
      ['serious', null],
    ]);
  });

  it('reads he after `A spokesman for the X (Y)` as the organization X, past its short name in brackets', () => {
    const list: FakeEntity[] = [
      { name: 'Mark Dunn', kind: 'person' },
      { name: 'Association of Harbour Pilots', kind: 'organization' },
    ];
    expect(
      speakers(list, ['"The risk is low," said Mark Dunn.', 'A spokesman for the Association of Harbour Pilots (AHP) said the risk was small. "There is no concern," he said.']),
    ).toEqual([
      ['The risk is low,', 'Mark Dunn'],
      ['There is no concern,', 'Association of Harbour Pilots'],
    ]);
  });

  it('reads she after an unnamed organization spokeswoman as that organization', () => {
    const list: FakeEntity[] = [
      { name: 'Maria Lopez', kind: 'person' },
      { name: 'Farley Council', kind: 'organization' },
    ];
    expect(
      speakers(list, ['Farley Council closed the bridge on Monday.', '"It is a disgrace," said Maria Lopez.', 'A council spokeswoman said the bridge would reopen.', '"We apologise," she said.']),
    ).toEqual([
      ['It is a disgrace,', 'Maria Lopez'],
      ['We apologise,', 'Farley Council'],
    ]);
  });

  it('reads she after an unnamed council spokeswoman as the one council named many paragraphs before', () => {
    const list: FakeEntity[] = [
      { name: 'Farley Council', kind: 'organization' },
      { name: 'Tidewater Trust', kind: 'organization' },
    ];
    const filler = ['The bridge is old.', 'Traffic was diverted.', 'Buses ran late.', 'Shops lost trade.', 'Tidewater Trust owns the quay.'];
    expect(speakers(list, ['Farley Council closed the bridge on Monday.', ...filler, 'A council spokeswoman said the bridge would reopen.', '"We apologise," she said.'])).toEqual([
      ['We apologise,', 'Farley Council'],
    ]);
  });

  it('leaves she after an unnamed council spokeswoman unresolved when two councils were named long before', () => {
    const list: FakeEntity[] = [
      { name: 'Farley Council', kind: 'organization' },
      { name: 'Brook Council', kind: 'organization' },
    ];
    const filler = ['The bridge is old.', 'Traffic was diverted.', 'Buses ran late.', 'Shops lost trade.', 'The quay is quiet.'];
    expect(
      speakers(list, ['Farley Council and Brook Council closed the bridge.', ...filler, 'A council spokeswoman said the bridge would reopen.', '"We apologise," she said.']),
    ).toEqual([['We apologise,', null]]);
  });

  it('does not learn a gender from a pronoun inside a relative clause about someone else', () => {
    const list: FakeEntity[] = [{ name: 'Lou Grant', kind: 'person' }];
    expect(speakers(list, ['Lou Grant, who coached her team for years, was more relaxed.', '"We had fun," he said.'])).toEqual([['We had fun,', 'Lou Grant']]);
  });

  it('takes the source named after According to as the antecedent of a later pronoun', () => {
    const list: FakeEntity[] = [
      { name: 'Lee Park', kind: 'person' },
      { name: 'Robin Shaw', kind: 'person', aliases: ['Dr Robin Shaw'] },
    ];
    expect(speakers(list, ['Lee Park restored the harbour wall.', 'According to Dr Robin Shaw, a historian, the wall is older than thought.', '"It surprised me," she says.'])).toEqual([
      ['It surprised me,', 'Robin Shaw'],
    ]);
  });

  it('reads he as the subject of the previous sentence over an earlier speaker when neither gender is known', () => {
    const list: FakeEntity[] = [
      { name: 'Dana Whit', kind: 'person', aliases: ['Whit'] },
      { name: 'Lou Grant', kind: 'person', aliases: ['Grant'] },
    ];
    expect(speakers(list, ['"We kept the ending secret," Whit said.', 'Grant, who plays her brother, was more playful.', 'Sharing the news online, he wrote: "Finally."'])).toEqual([
      ['We kept the ending secret,', 'Dana Whit'],
      ['Finally.', 'Lou Grant'],
    ]);
  });

  it('leaves he unattributed after an unnamed kin subject instead of giving it to an earlier speaker', () => {
    const list: FakeEntity[] = [{ name: 'Tomas Berg', kind: 'person', aliases: ['Berg'] }];
    expect(speakers(list, ['"The yard is quiet now," said Tomas Berg.', 'Up the hill, his brother is less calm.', '"They should never have closed it," he says.'])).toEqual([
      ['The yard is quiet now,', 'Tomas Berg'],
      ['They should never have closed it,', null],
    ]);
  });

  it('still resolves he to the person named right after a possessive kin noun', () => {
    const list: FakeEntity[] = [
      { name: 'Tomas Berg', kind: 'person', aliases: ['Berg'] },
      { name: 'Luca Berg', kind: 'person', aliases: ['Luca'] },
    ];
    expect(speakers(list, ['Tomas Berg ran the yard.', 'His son Luca, now 40, was the last apprentice.', '"It was home," he says.'])).toEqual([['It was home,', 'Luca Berg']]);
  });
});

describe('organization nouns as speakers', () => {
  it('gives `the health system said` to the one organization whose name says Health', () => {
    const list: FakeEntity[] = [
      { name: 'Bayside Regional Health', kind: 'organization' },
      { name: 'Harbour Bank', kind: 'organization' },
    ];
    expect(speakers(list, ['Bayside Regional Health was hacked in May.', 'Harbour Bank lost data too.', '"We regret this," the health system said.'])).toEqual([
      ['We regret this,', 'Bayside Regional Health'],
    ]);
  });

  it('gives `the ministry said` to the one organization headed `Ministry of …`, named many paragraphs before', () => {
    const list: FakeEntity[] = [{ name: 'Ministry of Water and Forests', kind: 'organization' }];
    const filler = ['The dam is old.', 'The river is low.', 'The farms are dry.', 'The rains are late.', 'The wells are empty.'];
    expect(speakers(list, ['The Ministry of Water and Forests opened the dam.', ...filler, 'The ministry said the dam would be "fully repaired by spring."'])).toEqual([
      ['fully repaired by spring.', 'Ministry of Water and Forests'],
    ]);
  });

  it('gives `the employer group said` to the one organization whose name says Employers', () => {
    const list: FakeEntity[] = [
      { name: 'Harbour Workers Union', kind: 'organization' },
      { name: 'Port Employers Association', kind: 'organization' },
    ];
    expect(speakers(list, ['The Harbour Workers Union voted to strike.', 'The employer group said it was "deeply disappointed" by the vote.'])).toEqual([
      ['deeply disappointed', 'Port Employers Association'],
    ]);
  });

  it('gives `the employer group said` to no one when no organization is named with that word', () => {
    const list: FakeEntity[] = [{ name: 'Harbour Workers Union', kind: 'organization' }];
    expect(speakers(list, ['The Harbour Workers Union voted to strike.', 'The employer group said it was "deeply disappointed" by the vote.'])).toEqual([
      ['deeply disappointed', null],
    ]);
  });

  it('gives `the agency said` to the one organization that spoke in the paragraph before, though its name says no `agency`', () => {
    const list: FakeEntity[] = [{ name: 'Moonrise Media', kind: 'organization' }];
    expect(speakers(list, ['On Monday, Moonrise Media said the suit was baseless.', '"We will defend our contracts," the agency said.'])).toEqual([
      ['We will defend our contracts,', 'Moonrise Media'],
    ]);
  });

  it('gives `the agency said` to no one when two organizations were named in the paragraph before', () => {
    const list: FakeEntity[] = [
      { name: 'Moonrise Media', kind: 'organization' },
      { name: 'Harbour Bank', kind: 'organization' },
    ];
    expect(speakers(list, ['Moonrise Media said Harbour Bank had frozen the account.', '"We will defend our contracts," the agency said.'])).toEqual([
      ['We will defend our contracts,', null],
    ]);
  });

  it('gives `the statement said` to no one for sure when two organizations spoke in earlier paragraphs', () => {
    const list: FakeEntity[] = [
      { name: 'Harbour Workers Union', kind: 'organization' },
      { name: 'Port Employers Association', kind: 'organization' },
    ];
    expect(
      speakers(list, ['The Port Employers Association said talks had failed.', 'The Harbour Workers Union said it would strike.', 'Cargo piled up at the gates.', '"Our offer stands," the statement said.']),
    ).toEqual([['Our offer stands,', null]]);
  });

  it('gives `the statement said` to the organization that spoke in the same paragraph, past an earlier one', () => {
    const list: FakeEntity[] = [
      { name: 'Harbour Workers Union', kind: 'organization' },
      { name: 'Port Employers Association', kind: 'organization' },
    ];
    expect(
      speakers(list, ['The Harbour Workers Union said it would strike.', 'The Port Employers Association criticized the vote in a statement. "Our offer stands," the statement said.']),
    ).toEqual([['Our offer stands,', 'Port Employers Association']]);
  });

  it('gives The company said … "…" to the organization learned as a start-up', () => {
    const list: FakeEntity[] = [{ name: 'Keel Labs', kind: 'organization', learnedRoles: ['start-up'] }];
    expect(speakers(list, ['Keel Labs lost customer files last week.', 'The company said it would restore access "within hours" on Monday.'])).toEqual([
      ['within hours', 'Keel Labs'],
    ]);
  });

  it('gives The Oslo-based company said … "…" to the organization learned as a start-up', () => {
    const list: FakeEntity[] = [{ name: 'Keel Labs', kind: 'organization', learnedRoles: ['start-up'] }];
    expect(speakers(list, ['Keel Labs lost customer files last week.', 'The Oslo-based company said it would restore access "within hours" on Monday.'])).toEqual([
      ['within hours', 'Keel Labs'],
    ]);
  });

  it('gives The council said … "…" to the organization whose name ends in Council', () => {
    const list: FakeEntity[] = [
      { name: 'Wexford County Council', kind: 'organization' },
      { name: 'Keel Labs', kind: 'organization', learnedRoles: ['start-up'] },
    ];
    expect(speakers(list, ['Wexford County Council met Keel Labs on Friday.', 'The council said it had "no plans" to close the library.'])).toEqual([
      ['no plans', 'Wexford County Council'],
    ]);
  });

  it('gives The board said … "…" to the organization whose name is headed by Board before of', () => {
    const list: FakeEntity[] = [
      { name: 'Board of Rowing for the Northern Lakes', kind: 'organization', aliases: ['BRNL'] },
      { name: 'Keel Labs', kind: 'organization', learnedRoles: ['start-up'] },
    ];
    expect(speakers(list, ['The BRNL fined Keel Labs on Friday.', 'The board said the sponsorship was "never approved" by its members.'])).toEqual([
      ['never approved', 'Board of Rowing for the Northern Lakes'],
    ]);
  });

  it('gives no confident speaker to The company when two companies were named', () => {
    const list: FakeEntity[] = [
      { name: 'Keel Labs', kind: 'organization', learnedRoles: ['start-up'] },
      { name: 'Brook Foods', kind: 'organization' },
    ];
    expect(speakers(list, ['Keel Labs and Brook Foods signed a supply deal.', 'The company said the deal was "long overdue" in a statement.'])).toEqual([
      ['long overdue', null],
    ]);
  });
});

describe('possessive kin nouns as speakers', () => {
  it('gives his father said to the one person learned as a father', () => {
    const list: FakeEntity[] = [
      { name: 'Luca Berg', kind: 'person', aliases: ['Luca'] },
      { name: 'Tomas Berg', kind: 'person', learnedRoles: ['father'] },
    ];
    expect(speakers(list, ['Tomas Berg, Luca’s father, ran the yard.', 'Luca took over in 2010.', '"It was home," his father said.'])).toEqual([['It was home,', 'Tomas Berg']]);
  });

  it('never gives his father said to the possessor when no father was learned', () => {
    const list: FakeEntity[] = [{ name: 'Luca Berg', kind: 'person', aliases: ['Luca'] }];
    expect(speakers(list, ['Luca Berg took over the yard in 2010.', '"It was home," his father said.'])).toEqual([['It was home,', null]]);
  });

  it('resolves he after his father is … to the person learned as the father', () => {
    const list: FakeEntity[] = [
      { name: 'Luca Berg', kind: 'person', aliases: ['Luca'] },
      { name: 'Tomas Berg', kind: 'person', learnedRoles: ['father'] },
    ];
    expect(speakers(list, ['Tomas Berg, Luca’s father, ran the yard.', '"We keep going," said Luca.', 'Up the hill, his father is calmer.', '"It was home," he says.'])).toEqual([
      ['We keep going,', 'Luca Berg'],
      ['It was home,', 'Tomas Berg'],
    ]);
  });

  it('reads she far from any name as the only person a profile has named', () => {
    const list: FakeEntity[] = [{ name: 'Nina Voss', kind: 'person' }];
    const filler = ['The farm lies in a valley.', 'The valley floods every spring.', 'Wheat grows there.', 'The town is ten miles away.', 'Buses run twice a day.'];
    expect(speakers(list, ['Nina Voss has run the farm for thirty years.', ...filler, '"Every year is different," she says.'])).toEqual([
      ['Every year is different,', 'Nina Voss'],
    ]);
  });

  it('leaves she far from any name unresolved when the article has named two people', () => {
    const list: FakeEntity[] = [
      { name: 'Nina Voss', kind: 'person' },
      { name: 'Lee Park', kind: 'person' },
    ];
    const filler = ['The farm lies in a valley.', 'The valley floods every spring.', 'Wheat grows there.', 'The town is ten miles away.', 'Buses run twice a day.'];
    expect(speakers(list, ['Nina Voss and Lee Park run the farm.', ...filler, '"Every year is different," she says.'])).toEqual([['Every year is different,', null]]);
  });

  it('reads he far from any name as the interviewee a profile names far more often than anyone else', () => {
    const list: FakeEntity[] = [
      { name: 'Peter Nowak', kind: 'person', aliases: ['Nowak'] },
      { name: 'Ida Brandt', kind: 'person' },
    ];
    const filler = ['The mill lies in a valley.', 'The valley floods every spring.', 'Rye grows there.', 'The town is ten miles away.', 'Buses run twice a day.'];
    expect(
      speakers(list, ['Peter Nowak talks to Ida Brandt about flour.', 'Nowak bought the mill in 2001.', 'Nowak still grinds by hand.', ...filler, '"Rye is patient," he says.']),
    ).toEqual([['Rye is patient,', 'Peter Nowak']]);
  });

  it('leaves he unresolved when another man was named nearby, however dominant the interviewee', () => {
    const list: FakeEntity[] = [
      { name: 'Peter Nowak', kind: 'person', aliases: ['Nowak'] },
      { name: 'John Ek', kind: 'person' },
      { name: 'Ida Brandt', kind: 'person' },
    ];
    const filler = ['The mill lies in a valley.', 'The valley floods every spring.', 'Rye grows there.', 'The town is ten miles away.', 'Buses run twice a day.'];
    expect(
      speakers(list, ['Peter Nowak talks to Ida Brandt about flour.', 'Nowak bought the mill in 2001.', 'Nowak still grinds by hand.', ...filler, 'John Ek delivers the grain.', 'The lorry is old.', '"Rye is patient," he says.']),
    ).toEqual([['Rye is patient,', null]]);
  });

  it('reads `the Dane said` as the one person just written about', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund lost the final in straight sets.', '"I was tired," the Dane said.'])).toEqual([['I was tired,', 'Erik Lund']]);
  });

  it('reads `the 24-year-old said` as the one person just written about', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund won the final in straight sets.', '"I felt good," the 24-year-old said.'])).toEqual([['I felt good,', 'Erik Lund']]);
  });

  it('leaves `the veteran said` unresolved when two people were just named', () => {
    const list: FakeEntity[] = [
      { name: 'Erik Lund', kind: 'person' },
      { name: 'Tom Reed', kind: 'person' },
    ];
    expect(speakers(list, ['Erik Lund beat Tom Reed in the final.', '"I felt good," the veteran said.'])).toEqual([['I felt good,', null]]);
  });

  it('reads the descriptor after the verb as before it: `said the Dane.`', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund lost the final in straight sets.', '"I was tired," said the Dane.'])).toEqual([['I was tired,', 'Erik Lund']]);
  });

  it('reads an age and a descriptor after the verb: `said the 24-year-old Dane.`', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund lost the final in straight sets.', '"I was tired," said the 24-year-old Dane.'])).toEqual([['I was tired,', 'Erik Lund']]);
  });

  it('reads a team or town and a sport noun as the one person just written about: `said the Harwick striker.`', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund scored twice in the final.', '"It was a great ball," said the Harwick striker.'])).toEqual([['It was a great ball,', 'Erik Lund']]);
    expect(speakers(list, ['Erik Lund scored twice in the final.', '"It was a great ball," the Harwick-born striker said.'])).toEqual([['It was a great ball,', 'Erik Lund']]);
  });

  it('reads two words before the sport noun: `said the European cross-country champion.`', () => {
    const list: FakeEntity[] = [{ name: 'Ida Brandt', kind: 'person' }];
    expect(speakers(list, ['Ida Brandt won again.', '"It would be fantastic," said the European cross-country champion.'])).toEqual([['It would be fantastic,', 'Ida Brandt']]);
  });

  it('reads a state and a party word as the one person just written about: `the Harwick Democrat said.`', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Senator Erik Lund said the bill was wrong.', '"There is no easy answer," the Harwick Democrat said.'])).toEqual([
      ['There is no easy answer,', 'Erik Lund'],
    ]);
  });

  it('takes no bare party word for a descriptor: `said the Democrat.`', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Senator Erik Lund said the bill was wrong.', '"There is no easy answer," said the Democrat.'])).toEqual([['There is no easy answer,', null]]);
  });

  it('takes no epithet with a plain lower-case word before the noun: `said the new striker.` is a role', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund scored twice in the final.', '"It was a great ball," said the new striker.'])).toEqual([['It was a great ball,', null]]);
  });

  it('takes no descriptor when a noun follows it: `said the Dane coach.` is someone else', () => {
    const list: FakeEntity[] = [{ name: 'Erik Lund', kind: 'person' }];
    expect(speakers(list, ['Erik Lund lost the final in straight sets.', '"He was tired," said the Dane coach.'])).toEqual([['He was tired,', null]]);
  });

});

describe('people a pronoun never refers to', () => {
  it('never reads she as a home town written after a party letter (R-Dalton) that the entity finder took for a person', () => {
    const list: FakeEntity[] = [
      { name: 'Jo Merritt', kind: 'person' },
      { name: 'Dalton', kind: 'person' },
    ];
    expect(speakers(list, ['State Rep. Jo Merritt, R-Dalton, who wrote the bill, called the ruling "a detour." She said: "We will be back."'])).toEqual([
      ['a detour.', 'Jo Merritt'],
      ['We will be back.', 'Jo Merritt'],
    ]);
  });

  it('leaves he unresolved after an unnamed subject with an irregular past verb (`One student, ..., drew cheers`), not an earlier speaker', () => {
    const list: FakeEntity[] = [{ name: 'Tom Berg', kind: 'person' }];
    expect(speakers(list, ['"Costs matter," said Tom Berg.', 'One student, a tall ten-year-old, drew cheers when he stood up.', '"Keep my school open," he said.'])).toEqual([
      ['Costs matter,', 'Tom Berg'],
      ['Keep my school open,', null],
    ]);
  });
});

describe('a descriptor speaker going on in the next paragraphs', () => {
  const list: FakeEntity[] = [
    { name: 'Ola Brandt', kind: 'person' },
    { name: 'Ivo Marek', kind: 'person' },
  ];

  it('keeps an accepted speaker for a multi-paragraph quote that follows, though each step is less sure', () => {
    expect(
      speakers(list, ['Ola Brandt sold the bakery in May.', '"I miss the ovens," the 40-year-old says.', '"Here, people come back every day.', '"That is all I want."']),
    ).toEqual([
      ['I miss the ovens,', 'Ola Brandt'],
      ['Here, people come back every day.', 'Ola Brandt'],
      ['That is all I want.', 'Ola Brandt'],
    ]);
  });

  it('does not lift a continuation onto a quote whose own cue brings in someone new', () => {
    expect(speakers(list, ['"I miss the ovens," Ola Brandt says.', '"Prices will rise," said another baker.'])).toEqual([
      ['I miss the ovens,', 'Ola Brandt'],
      ['Prices will rise,', null],
    ]);
    expect(speakers(list, ['"I miss the ovens," Ola Brandt says.', '"Prices will rise," the baker added.'])).toEqual([
      ['I miss the ovens,', 'Ola Brandt'],
      ['Prices will rise,', 'Ola Brandt'],
    ]);
  });

  it('does not lift a continuation when the cue sentence names someone else', () => {
    expect(
      speakers(list, ['Ola Brandt sold the bakery in May.', '"I miss the ovens," the 40-year-old says of Ivo Marek.', '"Here, people come back every day."']),
    ).toEqual([
      ['I miss the ovens,', 'Ola Brandt'],
      ['Here, people come back every day.', null],
    ]);
  });
});

describe('genders learned from the next sentence', () => {
  it('learns she from the sentence after the one person named, so a later she passes an older woman', () => {
    const list: FakeEntity[] = [
      { name: 'Helen Ward', kind: 'person' },
      { name: 'Robin Vale', kind: 'person' },
    ];
    expect(
      speakers(list, [
        '"We need the school," said Helen Ward.',
        'Retired teacher Robin Vale, who taught there for 20 years, spoke next. She said the hall was the heart of the street.',
        '"It is our only meeting place," she said.',
      ]),
    ).toEqual([
      ['We need the school,', 'Helen Ward'],
      ['It is our only meeting place,', 'Robin Vale'],
    ]);
  });
});

describe('irregular past verbs mark a subject', () => {
  it('reads he as the subject of `flew`, past a man named earlier in object position', () => {
    const list: FakeEntity[] = [
      { name: 'Peter Lund', kind: 'person' },
      { name: 'Tomas Berg', kind: 'person' },
    ];
    expect(speakers(list, ['"Roads are shut," said Tomas Berg.', 'President Peter Lund flew over the valley on Monday. At a briefing, he said:', '"Food comes first."'])).toEqual([
      ['Roads are shut,', 'Tomas Berg'],
      ['Food comes first.', 'Peter Lund'],
    ]);
  });
});

describe('an unsure cue confirmed by a later rule', () => {
  it('accepts the split speaker when an unsure pronoun after the quote names the same person', () => {
    const list: FakeEntity[] = [
      { name: 'Luca Moss', kind: 'person', aliases: ['Moss'] },
      { name: 'Tomas Berg', kind: 'person', aliases: ['Berg'] },
    ];
    const paragraphs = [
      'Luca Moss and Tomas Berg fish the same water.',
      '"We are cutting, and they are not," said Berg, who works beside Moss. "Every ship we lose, they win." He said he had raised it.',
    ];
    expect(speakers(list, paragraphs)).toContainEqual(['Every ship we lose, they win.', 'Tomas Berg']);
  });
});
