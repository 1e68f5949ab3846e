import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/extract/analysis/sentences.ts';
import { extractArticle } from '../../../src/extract/index.ts';

describe('the extraction keeps the sentences of every body paragraph', () => {
  const paragraphs = ['Mr. Lee spoke. He left.', '', '"We wait," she said.'];
  const { sentences } = extractArticle({ title: 'Port talks. Day two', caption: 'A quay. At dusk.', dateline: [], paragraphs });

  test('one list of spans per paragraph, indexed like the paragraphs, an empty one for an empty paragraph', () => {
    expect(sentences).toEqual([
      [
        { start: 0, end: 15 },
        { start: 15, end: 23 },
      ],
      [],
      [{ start: 0, end: 20 }],
    ]);
  });

  test('the spans are the one splitter\'s, with or without the speaker model', () => {
    expect(sentences).toEqual(paragraphs.map((paragraph) => splitSentences(paragraph)));
    expect(extractArticle({ title: null, caption: null, dateline: [], paragraphs }, { speakerModel: null }).sentences).toEqual(sentences);
  });
});
