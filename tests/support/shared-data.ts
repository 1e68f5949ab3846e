/**
 * The one check for data that lives beside this checkout in ../shared (the
 * seed article, its gold and the corpus of real articles). It is never copied
 * into the repo, so a fresh clone, and CI's no-shared clone, do not have it:
 * a test that truly needs it skips, and says so, instead of failing on ENOENT.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/support/shared-data.ts). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** ../shared beside the checkout. */
export const SHARED_DIR = join(repoRoot, '..', 'shared');

/** An absolute path under ../shared, e.g. sharedPath('seed', 'x.txt'). */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** Whether ../shared/<parts> exists beside this checkout. */
export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** Why a test that needs ../shared/<parts> is skipped here. */
export function sharedSkipReason(...parts: string[]): string {
  return `skipped: ../shared/${parts.join('/')} not beside this clone`;
}

/**
 * A test or describe title for something that needs ../shared/<parts>: the
 * title as given when the data is there, else the title with the skip reason
 * appended, and the reason printed once as a warning so a run's output shows it.
 * Use with `describe.skipIf(!hasShared(...parts))(sharedTitle(title, ...parts), ...)`,
 * and read the data inside the tests or hooks: vitest still runs a skipped
 * describe's body to collect its tests.
 */
export function sharedTitle(title: string, ...parts: string[]): string {
  if (hasShared(...parts)) return title;
  const reason = sharedSkipReason(...parts);
  console.warn(`${title}: ${reason}`);
  return `${title} (${reason})`;
}
