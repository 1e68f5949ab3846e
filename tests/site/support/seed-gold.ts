import { SEED_EXPECTED, type SeedExpected } from '../../fixtures/seed-expected.ts';

/**
 * What the seed article must show: its expected extraction, kept in the repo
 * (tests/fixtures/seed-expected.ts) so the site tests run in a fresh clone.
 */
export type SeedGold = Pick<SeedExpected, 'quotes' | 'entities'>;

export async function seedGold(): Promise<SeedGold> {
  return SEED_EXPECTED;
}
