import { describe, expect, it } from 'vitest';
import { parseEntry, renderEntry, type ArticleFrontmatter } from '../../src/ingest/article-entry.ts';

const frontmatter: ArticleFrontmatter = {
  title: 'Bridge: it opens',
  dateline: ['OSLO'],
  caption: null,
  source: 'bridge.txt',
  removed: ['Share This Story'],
};

describe('entry file', () => {
  it('writes the frontmatter fields in a fixed order', () => {
    expect(renderEntry({ frontmatter, body: 'It opened.\n' })).toBe(
      [
        '---',
        'title: "Bridge: it opens"',
        'dateline:',
        '  - OSLO',
        'caption: null',
        'source: bridge.txt',
        'removed:',
        '  - Share This Story',
        '---',
        '',
        'It opened.',
        '',
      ].join('\n'),
    );
  });

  it('writes an editor-supplied date between caption and source', () => {
    const text = renderEntry({ frontmatter: { ...frontmatter, date: '2021-06-03' }, body: 'x\n' });
    expect(text).toContain('caption: null\ndate: 2021-06-03\nsource: bridge.txt\n');
  });

  it('reads back what it writes', () => {
    const entry = { frontmatter: { ...frontmatter, date: '2021-06-03' }, body: 'It opened.\n\nIt closed.\n' };
    expect(parseEntry(renderEntry(entry))).toEqual(entry);
  });

  it('writes empty lists as []', () => {
    expect(renderEntry({ frontmatter: { ...frontmatter, dateline: [], removed: [] }, body: 'x\n' })).toContain(
      'dateline: []\n',
    );
  });

  it('refuses a file without frontmatter, naming it', () => {
    expect(() => parseEntry('Just text.\n', 'a.md')).toThrow('a.md: no YAML frontmatter');
  });

  it('refuses frontmatter with a field of the wrong type', () => {
    const text = '---\ntitle: x\ndateline: OSLO\ncaption: null\nsource: a.txt\nremoved: []\n---\n\nx\n';
    expect(() => parseEntry(text, 'a.md')).toThrow('`dateline` must be a list of strings');
  });
});
