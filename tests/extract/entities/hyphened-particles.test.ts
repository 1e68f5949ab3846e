/**
 * A particle written in lower case and hyphened to a family name (`al-Assad`,
 * `el-Din`) is part of the name it follows, not the end of it.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { isHyphenedParticleName } from '../../../src/extract/entities/runs.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('a particle hyphened to a family name', () => {
  it('stays in the name after a title: `President Bashar al-Assad`', () => {
    expect(kindsAndNames('President Bashar al-Assad met the envoy on Monday.')).toEqual(['person:Bashar al-Assad']);
  });

  it('leaves the title and its employer apart: `OPEC Secretary General Fadhil al-Chalabi`', () => {
    expect(kindsAndNames('OPEC Secretary General Fadhil al-Chalabi said prices would hold.')).toEqual(['organization:OPEC', 'person:Fadhil al-Chalabi']);
  });

  it('is a particle only in lower case before a capital: not `re-Elected`, not `al-qaeda`', () => {
    expect(['al-Assad', 'el-Din', 'bin-Talal', 're-Elected', 'al-qaeda', 'Al-Jazeera'].map(isHyphenedParticleName)).toEqual([true, true, true, false, false, false]);
  });
});
