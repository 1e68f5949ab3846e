/** Venues named by their head word (`Tarrow Bay Sports Complex`) are places. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('venue heads', () => {
  it('makes a sports complex a place', () => {
    expect(kindsAndNames('The match was played at Tarrow Bay Sports Complex on Saturday.')).toEqual(['place:Tarrow Bay Sports Complex']);
  });

  it('makes an oval a place', () => {
    expect(kindsAndNames('The final was played at Kellin Oval on Saturday.')).toEqual(['place:Kellin Oval']);
  });
});
