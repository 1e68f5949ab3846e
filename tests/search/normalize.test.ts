import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../src/search/normalize.ts';

describe('tokenize', () => {
  it('lowercases and splits at anything that is not a letter or digit', () => {
    expect(tokenize('Putin\'s "ten-year" deal, 2026!')).toEqual(['putin', 's', 'ten', 'year', 'deal', '2026']);
  });

  it('drops accents and other marks', () => {
    expect(tokenize('Søren Kierkegaard in Malmö, São Paulo')).toEqual(['soren', 'kierkegaard', 'in', 'malmo', 'sao', 'paulo']);
  });

  it('folds letters with a stroke that NFKD keeps whole', () => {
    expect(tokenize('Łukasz Đoković')).toEqual(['lukasz', 'dokovic']);
  });

  it('keeps letters and digits of any script', () => {
    expect(tokenize('Путин: «Москва» 東京 ٣')).toEqual(['путин', 'москва', '東京', '٣']);
  });

  it('decomposes compatibility forms and lowercases what they decompose to', () => {
    expect(tokenize('ℌello ﬁne Ⅳ')).toEqual(['hello', 'fine', 'iv']);
  });

  it('lowercases a dotted capital I without leaving its dot', () => {
    expect(tokenize('İstanbul')).toEqual(['istanbul']);
  });

  it('finds no terms in punctuation and space', () => {
    expect(tokenize(' — «»… ')).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('is idempotent, so a query normalizes as the text it looks for', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalizeText(normalizeText(text)) === normalizeText(text)));
  });

  it('yields terms that tokenize to themselves', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => tokenize(text).every((term) => tokenize(term).length === 1 && tokenize(term)[0] === term)),
    );
  });
});
