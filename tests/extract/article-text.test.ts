import type { Root } from 'mdast';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { articleTextFromMarkdown, paragraphsOf, textBlocksOf } from '../../src/extract/article-text.ts';
import { seedArticle } from '../support/seed.ts';

const blocks = (markdown: string): string[] => paragraphsOf(fromMarkdown(markdown));

describe('what a reader does not see is not article text', () => {
  test('leaves out the alt text of an image', () => {
    expect(blocks('He waved. ![He said "we will win"](pic.jpg)')).toEqual(['He waved. ']);
  });

  test('leaves out the alt text of a reference image', () => {
    expect(blocks('He waved. ![He said "we will win"][pic]\n\n[pic]: pic.jpg')).toEqual(['He waved. ']);
  });

  test('reads a paragraph holding only an image as an empty block, so later block numbers do not shift', () => {
    expect(blocks('![A "quote"](pic.jpg)\n\nAfter.')).toEqual(['', 'After.']);
  });

  test('skips block HTML, thematic breaks and link definitions', () => {
    expect(blocks('One.\n\n<div>"Hidden," he said.</div>\n\n***\n\n[d]: /x "A title"\n\nTwo.')).toEqual(['One.', 'Two.']);
  });
});

describe('every block a reader sees as text is read, in document order', () => {
  test('reads the paragraphs inside a block quote', () => {
    expect(blocks('Intro.\n\n> "We will win," he said.\n>\n> She agreed.\n\nOutro.')).toEqual([
      'Intro.',
      '"We will win," he said.',
      'She agreed.',
      'Outro.',
    ]);
  });

  test('reads the paragraphs of list items, nested lists included', () => {
    expect(blocks('- "One," he said.\n  - "Two," she said.\n- Three.')).toEqual(['"One," he said.', '"Two," she said.', 'Three.']);
  });

  test('reads ATX and setext headings', () => {
    expect(blocks('# "Win," he said\n\nBody.\n\nSecond "part"\n---')).toEqual(['"Win," he said', 'Body.', 'Second "part"']);
  });

  test('reads a code block as its literal text', () => {
    expect(blocks('Intro.\n\n    "We *will* win," he said.\n\n```\n"Fenced,"\n```')).toEqual([
      'Intro.',
      '"We *will* win," he said.',
      '"Fenced,"',
    ]);
  });

  test('reads a pipe table as the paragraph the parser (no GFM) makes of it', () => {
    expect(blocks('| a | "b" |\n| - | - |')).toEqual(['| a | "b" |\n| - | - |']);
  });

  test('reads a list inside a block quote inside a list, in order', () => {
    expect(blocks('- a\n\n  > b\n  >\n  > - c\n\n- d')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('reads block quotes nested thousands deep without exhausting the stack', () => {
    expect(blocks(`${'>'.repeat(3000)} deep`)).toEqual(['deep']);
  });

  test('gives each block with its parent and index there', () => {
    const tree: Root = fromMarkdown('> one\n\ntwo');
    const places = textBlocksOf(tree);
    expect(places.map(({ parent, index }) => [parent.type, index])).toEqual([
      ['blockquote', 0],
      ['root', 1],
    ]);
    for (const { node, parent, index } of places) expect(parent.children[index]).toBe(node);
  });
});

// Sentences with quote marks and no markdown syntax, and the ways a hand
// edited entry can hold them.
const sentence = fc
  .array(fc.constantFrom('"We will win,"', '“not yet”', 'she said', 'Ines Kalda', 'added:', 'on Friday.'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(' '));
const blockMark = fc.constantFrom('', '# ', '###### ', '> ', '> > ', '- ', '* ', '1. ', '> - ', '- > ', '  - ');

test('reads the text of every block, whatever holds it, once and in order', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(blockMark, sentence), { minLength: 1, maxLength: 6 }), (written) => {
      const markdown = written.map(([mark, text]) => mark + text).join('\n\n');
      expect(blocks(markdown)).toEqual(written.map(([, text]) => text));
    }),
    { numRuns: 500 },
  );
});

describe('inline text is counted as the page shows it', () => {
  test('counts a hard line break as a newline', () => {
    expect(blocks('He left.\\\n"Go," she said.')).toEqual(['He left.\n"Go," she said.']);
    expect(blocks('He left.  \n"Go," she said.')).toEqual(['He left.\n"Go," she said.']);
  });

  test('keeps a soft line break as the newline it is', () => {
    expect(blocks('He left.\n"Go," she said.')).toEqual(['He left.\n"Go," she said.']);
  });

  test('reads inline HTML as the literal text the page shows', () => {
    expect(blocks('A <b>"bold"</b> claim.')).toEqual(['A <b>"bold"</b> claim.']);
  });

  test('reads emphasis, code and link text without their markup', () => {
    expect(blocks('*We* `will` [win](https://example.org).')).toEqual(['We will win.']);
  });
});

describe('ingested entries read as before', () => {
  // Ingest writes only top-level paragraphs, so their block numbers and
  // texts are those of the old top-level-paragraph reading.
  const topLevelParagraphs = (markdown: string): string[] =>
    fromMarkdown(markdown)
      .children.filter((node) => node.type === 'paragraph')
      .map((node) => toString(node));

  test("reads the seed entry's body as exactly its top-level paragraphs", () => {
    const { body, text } = seedArticle();
    expect(text.paragraphs.length).toBeGreaterThan(0);
    expect(text.paragraphs).toEqual(topLevelParagraphs(body));
  });

  test('passes the head through and records the removed lines as furniture', () => {
    const head = { title: 'T', caption: 'C', dateline: ['Oslo'], removed: ['By A. Writer'] };
    expect(articleTextFromMarkdown(head, 'One.\n\nTwo.\n')).toEqual({
      title: 'T',
      caption: 'C',
      dateline: ['Oslo'],
      paragraphs: ['One.', 'Two.'],
      furniture: ['By A. Writer'],
    });
  });
});
