import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, namesMatch } from '../../src/eval/names-match.ts';

describe('nameTokens', () => {
  it('drops titles, "the" and a possessive \'s', () => {
    expect(nameTokens("the Mayor's Office")).toEqual(['office']);
    expect(nameTokens('Det Insp Hollis Marr')).toEqual(['hollis', 'marr']);
    expect(nameTokens('Dr. Wren Okafor')).toEqual(['wren', 'okafor']);
  });

  it('keeps a last token that is also a title, since surnames can be (Stephen King)', () => {
    expect(nameTokens('Tamsin King')).toEqual(['tamsin', 'king']);
  });

  it('keeps every token of a name made only of titles', () => {
    expect(nameTokens('The President')).toEqual(['president']);
  });

  it('folds accents and reads dotted initials as one word', () => {
    expect(nameTokens('José Ortíz')).toEqual(['jose', 'ortiz']);
    expect(nameTokens('U.N.')).toEqual(['un']);
  });
});

describe('namesMatch', () => {
  it('matches equal names once titles are dropped', () => {
    expect(namesMatch('Governor Ada Pell', 'Ada Pell')).toBe(true);
    expect(namesMatch('Ada Pell', 'Ada Pell')).toBe(true);
  });

  it('matches a surname alone to the full gold name', () => {
    expect(namesMatch('Pell', 'Ada Pell')).toBe(true);
  });

  it('matches a first name alone when it is the gold first token', () => {
    expect(namesMatch('Ada', 'Ada Pell')).toBe(true);
  });

  it('matches a longer predicted name up to two extra tokens', () => {
    expect(namesMatch('Ruritanian Energy Minister Ada Pell', 'Ada Pell')).toBe(true);
    expect(namesMatch('Far North Ruritanian Ada Pell', 'Ada Pell')).toBe(false);
  });

  it('needs the shorter side to hold the gold first or last token', () => {
    // "Lee" is inside "Ada Lee Pell", but it is the gold's middle token.
    expect(namesMatch('Lee', 'Ada Lee Pell')).toBe(false);
  });

  it('needs that anchor token to have three letters or more', () => {
    expect(namesMatch('Wu', 'Wu Bo Lin')).toBe(false);
    expect(namesMatch('Lin', 'Wu Bo Lin')).toBe(true);
  });

  it('is asymmetric: the anchor token comes from the gold name', () => {
    expect(namesMatch('Ada Lee Pell', 'Lee')).toBe(true);
  });

  it('never matches names with no token in common', () => {
    expect(namesMatch('Harbour News', 'Mira Solberg')).toBe(false);
  });

  it('matches an acronym to its expansion, either way round', () => {
    expect(namesMatch('IPCC', 'Intergovernmental Panel on Climate Change')).toBe(true);
    expect(namesMatch('Northern Transit Authority', 'NTA')).toBe(true);
    expect(namesMatch('U.N.', 'United Nations')).toBe(true);
    expect(namesMatch('NTA', 'National Trust')).toBe(false);
  });

  it('does not match on the possessive alone', () => {
    expect(namesMatch("Ruritania's Port Authority", 'Ruritania Port Authority')).toBe(true);
  });
});

describe('namesMatch properties', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/).filter((w) => !['The', 'Mr', 'Dr'].includes(w));
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

  it('matches any name with letters to itself', () => {
    fc.assert(fc.property(name, (n) => namesMatch(n, n)));
  });

  it('matches a gold name written with a title in front', () => {
    fc.assert(fc.property(name, fc.constantFrom('Mr', 'Dr.', 'President', 'Judge'), (n, title) => namesMatch(`${title} ${n}`, n)));
  });

  it('matches the gold surname alone (names of up to three words)', () => {
    fc.assert(fc.property(name, (n) => namesMatch(n.split(' ').at(-1)!, n)));
  });
});
