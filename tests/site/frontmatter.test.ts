import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses the YAML between the fences and returns the body after them', () => {
    const entry = '---\ntitle: Harbour talks\ndateline:\n  - Valletta\n---\nFirst paragraph.\n';
    expect(splitFrontmatter(entry)).toEqual({
      data: { title: 'Harbour talks', dateline: ['Valletta'] },
      body: 'First paragraph.\n',
    });
  });

  it('keeps an unquoted date as the text the editor wrote', () => {
    expect(splitFrontmatter('---\ndate: 2017-09-07\n---\n').data).toEqual({ date: '2017-09-07' });
  });

  it('reads CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: T\r\n---\r\nBody').data).toEqual({ title: 'T' });
  });

  it('treats a file without fences as all body', () => {
    expect(splitFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
  });

  it('keeps a thematic break inside the body', () => {
    expect(splitFrontmatter('---\ntitle: T\n---\nOne.\n\n---\n\nTwo.\n').body).toBe('One.\n\n---\n\nTwo.\n');
  });
});
