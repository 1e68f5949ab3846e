import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, DataFile } from '../../src/graph/index.ts';
import { builtSite } from './support/built-site.ts';
import { htmlFilesIn, readPage, resolveHref } from './support/html.ts';

let dist: string;
let pages: string[];

beforeAll(async () => {
  dist = await builtSite();
  pages = await htmlFilesIn(dist);
});

/** Ids of the blocks an article page is made of: body paragraphs, the headline, the caption. */
const BLOCK_ID = /^(?:p-\d+|article-title|article-caption)$/;
const isArticle = (file: string): boolean => /^articles\/[^/]+\/index\.html$/.test(file);
const isSpeaker = (file: string): boolean => /^speakers\/[^/]+\/index\.html$/.test(file);

describe('nothing is lost between the articles and the speaker pages', () => {
  it('lists every quote of every article on exactly one speaker page or the unattributed page', async () => {
    const listed = new Map<string, number>();
    for (const file of [...pages.filter(isSpeaker), 'quotes/unattributed/index.html']) {
      for (const link of (await readPage(dist, file)).querySelectorAll('li.quote-item a.quote-source')) {
        const { file: target, fragment } = resolveHref(file, link.getAttribute('href') ?? '');
        const key = `${target}#${fragment}`;
        listed.set(key, (listed.get(key) ?? 0) + 1);
      }
    }
    const wrong: string[] = [];
    let quotes = 0;
    for (const file of pages.filter(isArticle)) {
      for (const quote of (await readPage(dist, file)).querySelectorAll('q[id]')) {
        quotes += 1;
        const count = listed.get(`${file}#${quote.id}`) ?? 0;
        if (count !== 1) wrong.push(`${file}#${quote.id} listed ${count} times`);
      }
    }
    expect(quotes).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});

describe('nothing is lost between the articles and the entity pages', () => {
  it('shows each entity page exactly as many mentions of an article as the article has', async () => {
    const data = JSON.parse(await readFile(join(dist, 'data', 'articles.json'), 'utf8')) as DataFile<ArticleRecord>;
    const wrong: string[] = [];
    for (const article of data.items) {
      for (const entity of article.entities) {
        const file = `entities/${entity.id}/index.html`;
        const shown = (await readPage(dist, file))
          .querySelectorAll('.mention-list li > a')
          .filter((link) => resolveHref(file, link.getAttribute('href') ?? '').file === `articles/${article.id}/index.html`).length;
        if (shown !== entity.mentions) wrong.push(`${entity.id} in ${article.id}: ${shown} shown, ${entity.mentions} mentions`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists, for every linked mention in an article, that paragraph on the entity page', async () => {
    const missing: string[] = [];
    for (const file of pages.filter(isArticle)) {
      const page = await readPage(dist, file);
      // A linked mention is an entity link in the caption or in a text block (the note after a block may link a possible speaker's entity page too).
      const mentions = page.querySelectorAll('.story a[href*="entities/"]').filter((link) => link.closest('small') === null);
      for (const link of mentions) {
        let block = link.parentNode;
        while (block && !BLOCK_ID.test(block.id)) block = block.parentNode;
        const entityFile = resolveHref(file, link.getAttribute('href') ?? '').file;
        const anchors = (await readPage(dist, entityFile))
          .querySelectorAll('.mention-list li > a')
          .map((a) => resolveHref(entityFile, a.getAttribute('href') ?? ''))
          .filter((target) => target.file === file)
          .map((target) => target.fragment);
        if (!anchors.includes(block?.id ?? '')) missing.push(`${file}#${block?.id}: ${link.text} not on ${entityFile}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
