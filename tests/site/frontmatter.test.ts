import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, splitFrontmatter } from '../../src/content/frontmatter.ts';

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

describe('splitFrontmatter on YAML an editor has to fix', () => {
  const failure = (entry: string): unknown => {
    try {
      splitFrontmatter(entry);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses a key given twice, at its line in the file', () => {
    expect(() => splitFrontmatter('---\ntitle: A\ntitle: B\n---\nBody.\n')).toThrow(
      new FrontmatterError('Map keys must be unique at line 3, column 1'),
    );
  });

  it('reports a syntax error in one line, without the excerpt of the YAML', () => {
    expect(() => splitFrontmatter('---\ncaption: null\ndateline: [Oslo\n---\n')).toThrow(
      new FrontmatterError('Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 16'),
    );
  });

  it('stops an alias bomb at its first alias instead of expanding it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefgh') rows.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    expect(() => splitFrontmatter(`---\n${rows.join('\n')}\n---\n`)).toThrow(
      new FrontmatterError('Excessive alias count indicates a resource exhaustion attack at line 3, column 8'),
    );
  });

  it('allows an alias or two, as YAML does', () => {
    expect(splitFrontmatter('---\ntitle: &t Ferry talks\ncaption: *t\n---\n').data).toEqual({ title: 'Ferry talks', caption: 'Ferry talks' });
  });

  it('refuses a list where the fields should be', () => {
    expect(() => splitFrontmatter('---\n- title\n---\n')).toThrow(new FrontmatterError('expected fields (key: value lines), got a list'));
  });

  it('treats empty fences as no fields', () => {
    expect(splitFrontmatter('---\n\n---\nBody.\n')).toEqual({ data: {}, body: 'Body.\n' });
  });

  it('either parses or throws a one-line FrontmatterError, whatever is between the fences', () => {
    const yamlish = fc.stringMatching(/^[ a-z:&*\-[\]{}"',#|>!?\n]{0,40}$/);
    fc.assert(
      fc.property(yamlish, (yaml) => {
        const error = failure(`---\n${yaml}\n---\nBody.\n`);
        if (error === undefined) return;
        expect(error).toBeInstanceOf(FrontmatterError);
        expect((error as Error).message).toMatch(/^[^\n]+ at line \d+, column \d+$|^expected fields/);
      }),
    );
  });
});
