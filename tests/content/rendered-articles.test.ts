import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readGraphParts, readRenderedArticle, renderedFile, writeRenderedArticle, type RenderedArticle } from '../../src/content/rendered-articles.ts';
import { StringPool } from '../../src/graph/string-pool.ts';
import { entity, extraction, mention } from '../render/spans.ts';

const folder = mkdtempSync(join(tmpdir(), 'rendered-articles-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const text = 'Anna Berg met Carl Dunn in Oslo.';
const article: RenderedArticle = {
  extraction: extraction({
    entities: [entity('anna-berg', 'Anna Berg', 'person'), entity('carl-dunn', 'Carl Dunn', 'person')],
    mentions: [mention('anna-berg', text, 'Anna Berg'), mention('carl-dunn', text, 'Carl Dunn')],
  }),
  paragraphs: [text],
  markdown: `${text}\n`,
  title: { html: '<a href="\uE000">Anna Berg</a>', targets: [{ kind: 'entity', id: 'anna-berg' }] },
  caption: null,
  body: { html: `<p>${text}</p>`, targets: [] },
};

describe('the rendered file', () => {
  test('holds the body markdown beside the rendering, for the parts the page renders itself', () => {
    const file = renderedFile(folder, 'digest-0');
    writeRenderedArticle(file, article);
    expect(readRenderedArticle(file, 'content/articles/oslo.md').markdown).toBe(`${text}\n`);
  });
});

describe('writeRenderedArticle', () => {
  test('has the whole file in place when it returns, so the loader need not wait on the disk for each entry', () => {
    const file = renderedFile(folder, 'digest-sync');
    writeRenderedArticle(file, article);
    expect(readRenderedArticle(file, 'content/articles/oslo.md')).toEqual(article);
  });

  test('makes the folder when it is missing', () => {
    const file = renderedFile(join(folder, 'new', 'deeper'), 'digest-new');
    writeRenderedArticle(file, article);
    expect(existsSync(file)).toBe(true);
  });

  test('leaves no partial file beside the one it wrote', () => {
    const inner = join(folder, 'partials');
    writeRenderedArticle(renderedFile(inner, 'digest-p'), article);
    expect(readdirSync(inner).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('readGraphParts', () => {
  test('gives the extraction and text blocks of the file, and not its rendered HTML or markdown', () => {
    const file = renderedFile(folder, 'digest-1');
    writeRenderedArticle(file, article);
    expect(readGraphParts(file, 'content/articles/oslo.md', new StringPool())).toEqual({ extraction: article.extraction, paragraphs: [text] });
  });

  test('takes the short strings of every file it reads from the one pool', () => {
    const pool = new StringPool();
    for (const digest of ['digest-2', 'digest-3']) {
      const file = renderedFile(folder, digest);
      writeRenderedArticle(file, article);
      readGraphParts(file, `content/articles/${digest}.md`, pool);
    }
    // anna-berg, carl-dunn, Anna Berg, Carl Dunn, person, name and body, once each though read twice; the paragraphs are not pooled.
    expect(pool.size).toBe(7);
  });

  test('names the entry when its file is missing', () => {
    expect(() => readGraphParts(join(folder, 'missing.json'), 'content/articles/gone.md', new StringPool())).toThrow(/^content\/articles\/gone\.md: its rendered text/);
  });
});
