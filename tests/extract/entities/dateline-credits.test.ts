/** The wire or station a dateline credits in brackets (`April 2 (KNA) —`) is an organization. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function kindsAndNames(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('credits in a dateline', () => {
  it('takes the bracketed acronym after a date for an organization', () => {
    expect(kindsAndNames('April 2 (KNA) — The council voted on Tuesday.')).toEqual(['organization:KNA']);
  });

  it('takes it after a place in capitals too', () => {
    expect(kindsAndNames('Photo by the council', 'TARROW, SC (WKTX) - Crews put out a fire.')).toContain('organization:WKTX');
  });

  it('needs the dash after the brackets', () => {
    expect(kindsAndNames('April 2 (KNA) was a quiet day.')).toEqual([]);
  });

  it('needs only a place or a date before the brackets', () => {
    expect(kindsAndNames('The vote was held again (KNA) — then it ended.')).toEqual([]);
  });
});
