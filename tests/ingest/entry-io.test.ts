import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
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

  it('calls the same title and opening from another file the same article', async () => {
    await writeEntry(story('a.txt'), { outDir: dir, force: false });
    await expect(writeEntry(story('b.txt'), { outDir: dir, force: false })).rejects.toThrow(
      `${join(dir, 'bridge-opens.md')} already exists; use --force to overwrite it`,
    );
  });

  it('says plainly when two different articles collide on one slug, and how to go on', async () => {
    await writeEntry(story('a.txt', 'It opened.'), { outDir: dir, force: false });
    const path = join(dir, 'bridge-opens.md');
    await expect(writeEntry(story('b.txt', 'It closed.'), { outDir: dir, force: false })).rejects.toThrow(
      `${path} already exists and holds a different article: "Bridge opens" from a.txt and "Bridge opens" from b.txt ` +
        `collide on the slug "bridge-opens". Write this one to another folder with --out DIR, rename ${path} first, ` +
        'or replace it with --force.',
    );
    expect(await readFile(path, 'utf8')).toContain('It opened.');
  });

  it('tells two untitled raw files of the same name from two folders apart', async () => {
    const untitled = (opening: string) => ingestText(`${opening} The rest of the story follows here.`, `${opening}/news.txt`);
    await writeEntry(untitled('Seoul.'), { outDir: dir, force: false });
    await expect(writeEntry(untitled('Moscow.'), { outDir: dir, force: false })).rejects.toThrow(
      'holds a different article: (untitled) from news.txt and (untitled) from news.txt collide on the slug "news"',
    );
  });

  it('names a file in the way that is not an entry', async () => {
    await writeFile(join(dir, 'bridge-opens.md'), 'notes to self');
    await expect(writeEntry(story('a.txt'), { outDir: dir, force: false })).rejects.toThrow(
      `${join(dir, 'bridge-opens.md')} already exists and is not an entry ingest can read (`,
    );
  });

  it('creates missing folders of --out', async () => {
    const path = await writeEntry(story('a.txt'), { outDir: join(dir, 'new', 'deeper'), force: false });
    expect(await readFile(path, 'utf8')).toContain('It opened.');
  });

  it('leaves no temp file next to the entry', async () => {
    await writeEntry(story('a.txt'), { outDir: dir, force: false });
    await writeEntry(story('a.txt', 'Changed.'), { outDir: dir, force: true });
    expect(await readdir(dir)).toEqual(['bridge-opens.md']);
  });
});

describe('writing an entry where it cannot go', () => {
  it('names --out when it is a file', async () => {
    await writeFile(join(dir, 'out'), '');
    await expect(writeEntry(story('a.txt'), { outDir: join(dir, 'out'), force: false })).rejects.toThrow(
      `cannot write ${join(dir, 'out', 'bridge-opens.md')}: ${join(dir, 'out')} is a file, not a folder`,
    );
  });

  it('names the file in the way when --out is a path under a file', async () => {
    await writeFile(join(dir, 'out'), '');
    await expect(writeEntry(story('a.txt'), { outDir: join(dir, 'out', 'sub'), force: false })).rejects.toThrow(
      `cannot write ${join(dir, 'out', 'sub', 'bridge-opens.md')}: ${join(dir, 'out')} is a file, not a folder`,
    );
  });

  it('names a folder that sits where the entry should go, with --force', async () => {
    await mkdir(join(dir, 'bridge-opens.md'));
    await expect(writeEntry(story('a.txt'), { outDir: dir, force: true })).rejects.toThrow(
      `cannot write ${join(dir, 'bridge-opens.md')}: is a folder (EISDIR)`,
    );
    expect(await readdir(dir)).toEqual(['bridge-opens.md']);
  });

  // Root may write anywhere chmod allows nothing; /proc refuses new folders and files even to root.
  it.runIf(process.platform === 'linux')('names a folder that cannot be created, even by root (/proc)', async () => {
    await expect(writeEntry(story('a.txt'), { outDir: '/proc/newsgraph-test', force: false })).rejects.toThrow(
      'cannot write /proc/newsgraph-test/bridge-opens.md: cannot create folder /proc/newsgraph-test: no such file or folder (ENOENT)',
    );
  }, 5000);

  it.runIf(process.platform === 'linux')('names an existing folder where no file can be created, even by root', async () => {
    await expect(writeEntry(story('a.txt'), { outDir: '/proc/self', force: false })).rejects.toThrow(
      'cannot write /proc/self/bridge-opens.md: cannot create a file in /proc/self: no such file or folder (ENOENT)',
    );
  });
});
