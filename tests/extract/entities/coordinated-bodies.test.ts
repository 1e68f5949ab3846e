import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(...paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs })
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

describe('two bodies joined by and', () => {
  it('splits a body with a one-word complement from a second body with its own head after and', () => {
    expect(named('Researchers at the Harwick Institute of Technology and Dunmore State University ran the trial.')).toEqual([
      'organization:Dunmore State University',
      'organization:Harwick Institute of Technology',
    ]);
  });

  it('splits after a complement that is a known place', () => {
    expect(named('Doctors at the State University of New York and Dunmore University agreed.')).toEqual([
      'organization:Dunmore University',
      'organization:State University of New York',
    ]);
  });

  it('keeps and inside a complement that runs on to the head its words describe', () => {
    expect(named('The House of Delegates Science and Innovation Committee met on Monday.')).toEqual([
      'organization:House of Delegates Science and Innovation Committee',
    ]);
  });

  it('keeps and inside a complement with no head of its own after it', () => {
    expect(named('The Department of Health and Human Services said so.')).toEqual(['organization:Department of Health and Human Services']);
  });
});

describe('two bodies joined by and, for any invented names', () => {
  const invented = fc.stringMatching(/^Q[a-z]{3,8}$/);

  it('reads `the <A> Institute of <B> and <C> University` as two bodies', () => {
    fc.assert(
      fc.property(invented, invented, invented, (a, b, c) => {
        fc.pre(new Set([a, b, c]).size === 3);
        expect(named(`Researchers at the ${a} Institute of ${b} and ${c} University ran the trial.`)).toEqual(
          [`organization:${a} Institute of ${b}`, `organization:${c} University`].sort(),
        );
      }),
      { numRuns: 100 },
    );
  });
});
