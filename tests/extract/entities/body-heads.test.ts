/** Head words of bodies named by what they are: `Tarrow Fire Rescue`, `Kell Valley Orchestra`, `Orrin Nurseries`. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('body heads', () => {
  it.each(['Tarrow Fire Rescue', 'Kell Valley Orchestra', 'Orrin Nurseries', 'Dunmore Chamber', 'Pell Ambulance'])('makes %s an organization', (name) => {
    expect(kindsAndNames(`The items were taken from ${name} on Friday.`)).toEqual([`organization:${name}`]);
  });
});
