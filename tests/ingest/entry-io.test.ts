import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readEntryFile, readRawText, writeEntry } from '../../src/ingest/entry-io.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
});

const story = (source: string, sentence = 'It opened.') => ingestText(`Bridge opens\n\n${sentence}`, source);

describe('reading raw text', () => {
  it('names a missing file', async () => {
    await expect(readRawText(join(dir, 'nope.txt'))).rejects.toThrow(`cannot read ${join(dir, 'nope.txt')}: no such file`);
  });

  it('names an empty file', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await expect(readRawText(join(dir, 'empty.txt'))).rejects.toThrow('empty.txt: is empty');
  });

  it('names a whitespace-only file', async () => {
    await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
    await expect(readRawText(join(dir, 'blank.txt'))).rejects.toThrow('blank.txt: contains only whitespace');
  });

  it('refuses a file with NUL bytes', async () => {
    await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x47]));
    await expect(readRawText(join(dir, 'image.txt'))).rejects.toThrow('image.txt: contains NUL bytes');
  });

  it('refuses invalid UTF-8', async () => {
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await expect(readRawText(join(dir, 'latin1.txt'))).rejects.toThrow('latin1.txt: is not valid UTF-8');
  });

  it('names a folder given instead of a file', async () => {
    await expect(readRawText(dir)).rejects.toThrow('is a directory');
  });
});

describe('writing an entry', () => {
  it('writes <out>/<slug>.md and reads it back', async () => {
    const path = await writeEntry(story('a.txt'), { outDir: dir, force: false });
    expect(path).toBe(join(dir, 'bridge-opens.md'));
    expect(await readEntryFile(path)).toEqual({ frontmatter: story('a.txt').frontmatter, body: 'It opened.\n' });
  });

  it('never overwrites an existing entry without force', async () => {
    await writeEntry(story('a.txt'), { outDir: dir, force: false });
    await expect(writeEntry(story('a.txt', 'Changed.'), { outDir: dir, force: false })).rejects.toThrow(
      `${join(dir, 'bridge-opens.md')} already exists; use --force to overwrite it`,
    );
    expect(await readFile(join(dir, 'bridge-opens.md'), 'utf8')).toContain('It opened.');
  });

  it('overwrites with force', async () => {
    await writeEntry(story('a.txt'), { outDir: dir, force: false });
    await writeEntry(story('a.txt', 'Changed.'), { outDir: dir, force: true });
    expect(await readFile(join(dir, 'bridge-opens.md'), 'utf8')).toContain('Changed.');
  });

  it('refuses a second input whose title gives the same slug, pointing to --out and --force', async () => {
    await writeEntry(story('a.txt'), { outDir: dir, force: false });
    await expect(writeEntry(story('b.txt'), { outDir: dir, force: false })).rejects.toThrow(
      /already exists and came from a\.txt; b\.txt has a title with the same slug\. Use --out .* or --force/,
    );
  });
});
