import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityListError, loadEntityList } from '../../src/entity-list/load-entity-list.ts';

const folders: string[] = [];

function listWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entity-list-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ADA = 'id: ada-quill\nname: Ada Quill\nkind: person\naliases: [Quill]\nwikidata: Q123\n';

describe('loadEntityList', () => {
  it('reads one entity per file, in file-name order', () => {
    const dir = listWith({ 'b.yaml': 'id: bay-port\nname: Bay Port\nkind: place\naliases: []\n', 'a.yaml': ADA, 'notes.txt': 'ignored' });
    expect(loadEntityList(dir)).toEqual([
      { id: 'ada-quill', name: 'Ada Quill', kind: 'person', aliases: ['Quill'], wikidata: 'Q123' },
      { id: 'bay-port', name: 'Bay Port', kind: 'place', aliases: [] },
    ]);
  });

  it('reads several entities from a file holding a sequence', () => {
    const dir = listWith({ 'people.yml': '- id: a-b\n  name: A B\n  kind: person\n  aliases: []\n- id: c-d\n  name: C D\n  kind: event\n  aliases: [CD]\n' });
    expect(loadEntityList(dir).map((entry) => entry.id)).toEqual(['a-b', 'c-d']);
  });

  it('names the file and the field of a bad value', () => {
    const dir = listWith({ 'bad.yaml': 'id: Bad Id\nname: X\nkind: person\naliases: []\n' });
    expect(() => loadEntityList(dir)).toThrow(EntityListError);
    expect(() => loadEntityList(dir)).toThrow(/bad\.yaml: field "id" must be a lowercase slug/);
  });

  it('rejects an unknown kind, a missing name and an unknown field', () => {
    expect(() => loadEntityList(listWith({ 'k.yaml': 'id: k\nname: K\nkind: thing\naliases: []\n' }))).toThrow(/k\.yaml: field "kind"/);
    expect(() => loadEntityList(listWith({ 'n.yaml': 'id: n\nkind: place\naliases: []\n' }))).toThrow(/n\.yaml: field "name" is missing/);
    expect(() => loadEntityList(listWith({ 'u.yaml': 'id: u\nname: U\nkind: place\naliases: []\ncolour: red\n' }))).toThrow(/u\.yaml: field "colour" is not a known field/);
  });

  it('rejects a duplicate id, naming both files', () => {
    const dir = listWith({ 'a.yaml': ADA, 'b.yaml': ADA.replace('Ada Quill', 'Other') });
    expect(() => loadEntityList(dir)).toThrow(/b\.yaml: field "id" "ada-quill" is already used in .*a\.yaml/);
  });

  it('rejects an alias claimed by two entries', () => {
    const dir = listWith({ 'a.yaml': ADA, 'b.yaml': 'id: ben-quill\nname: Ben Quill\nkind: person\naliases: [quill]\n' });
    expect(() => loadEntityList(dir)).toThrow(/b\.yaml: field "aliases" "quill" is already claimed by "ada-quill"/);
  });

  it('loads the shipped list, which holds the seed article’s people', () => {
    const entries = loadEntityList(new URL('../../content/entities', import.meta.url).pathname);
    expect(entries.find((entry) => entry.id === 'moon-jae-in')).toMatchObject({ name: 'Moon Jae-in', aliases: ['Moon'], wikidata: 'Q21001' });
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining(['vladimir-putin', 'donald-trump', 'alexander-novak']));
  });
});
