import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityKind } from '../../../src/extract/types.ts';
import { repoRoot } from './project.ts';

/** The hand-made gold of the seed article (read in place, never copied into the repo). */
export interface SeedGold {
  quotes: { text: string; speaker: string | null; kind: string }[];
  entities: Record<EntityKind, { name: string }[]>;
}

export async function seedGold(): Promise<SeedGold> {
  const path = join(repoRoot, '..', 'shared', 'seed', '000_f426b72678450e3a.gold.json');
  return JSON.parse(await readFile(path, 'utf8')) as SeedGold;
}
