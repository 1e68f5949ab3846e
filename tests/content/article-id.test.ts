import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleIdCollisionError, articleIdOf, articleIds } from '../../src/content/article-id.ts';

const CAFE_NFC = 'caf\u00e9';
const CAFE_NFD = 'cafe\u0301';

describe('articleIdOf', () => {
  it('is the file name without .md', () => {
    expect(articleIdOf('content/articles/ferry-talks-resume.md')).toBe('ferry-talks-resume');
  });

  it('puts a decomposed name in NFC', () => {
    expect(articleIdOf(`${CAFE_NFD}.md`)).toBe(CAFE_NFC);
  });

  it('keeps letters and digits of any script, and underscores', () => {
    expect(articleIdOf('서울_회담-2024.md')).toBe('서울_회담-2024');
  });

  it('keeps the combining marks of a script that has no precomposed letters', () => {
    expect(articleIdOf('हिन्दी.md')).toBe('हिन्दी');
  });

  it('turns # ? and spaces, which would cut or break a link, into one hyphen each run', () => {
    expect([articleIdOf('a#b.md'), articleIdOf('a?b.md'), articleIdOf('talks in  Oslo.md')]).toEqual(['a-b', 'a-b', 'talks-in-Oslo']);
  });

  it('drops unsafe characters at the ends instead of leaving a hyphen', () => {
    expect([articleIdOf('100%.md'), articleIdOf('(draft) talks.md')]).toEqual(['100', 'draft-talks']);
  });

  it('replaces dots, so no id can be a . or .. path segment', () => {
    expect([articleIdOf('v1.2.md'), articleIdOf('...md')]).toEqual(['v1-2', null]);
  });

  it('is null for a name with no letter or digit', () => {
    expect(articleIdOf('%.md')).toBeNull();
  });

  it('is NFC letters, marks, digits, _ and - only, and stays the same when it is made an id again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const id = articleIdOf(`${name}.md`);
        if (id === null) return;
        expect(id).toMatch(/^[\p{L}\p{M}\p{N}_-]+$/u);
        expect(id.normalize('NFC')).toBe(id);
        expect(articleIdOf(`${id}.md`)).toBe(id);
      }),
    );
  });
});

describe('articleIds', () => {
  it('maps each path to its id', () => {
    expect([...articleIds(['content/articles/a#b.md', 'content/articles/c.md'])]).toEqual([
      ['content/articles/a#b.md', 'a-b'],
      ['content/articles/c.md', 'c'],
    ]);
  });

  it('refuses an NFC and an NFD name that become one page, naming both files', () => {
    expect(() => articleIds([`content/articles/${CAFE_NFC}.md`, `content/articles/${CAFE_NFD}.md`])).toThrow(
      `content/articles/${CAFE_NFC}.md and content/articles/${CAFE_NFD}.md (NFD) both become /articles/${CAFE_NFC}/; rename one`,
    );
  });

  it('refuses two names that differ only in an unsafe character', () => {
    expect(() => articleIds(['content/articles/a#b.md', 'content/articles/a?b.md'])).toThrow(
      'content/articles/a#b.md and content/articles/a?b.md both become /articles/a-b/; rename one',
    );
  });

  it('refuses two ids that differ only in case, one folder on macOS or Windows', () => {
    expect(() => articleIds(['content/articles/Oslo.md', 'content/articles/oslo.md'])).toThrow(
      'content/articles/Oslo.md and content/articles/oslo.md become /articles/Oslo/ and /articles/oslo/, one folder on a case-insensitive disk; rename one',
    );
  });

  it('names the first file as the error file and the second as the other', () => {
    const error = (() => {
      try {
        articleIds(['content/articles/x.md', 'content/articles/x .md']);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ArticleIdCollisionError);
    expect([(error as ArticleIdCollisionError).file, (error as ArticleIdCollisionError).other]).toEqual(['content/articles/x.md', 'content/articles/x .md']);
  });

  it('refuses a file name with nothing to make an address from, naming it', () => {
    expect(() => articleIds(['content/articles/%.md'])).toThrow(
      'content/articles/%.md: the file name has no letter or digit to make a page address from; rename it',
    );
  });
});
