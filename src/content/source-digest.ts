import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/**
 * A digest of the given files (names relative to `root` and bytes, in the
 * order given). A missing file is digested as missing, so adding it later
 * changes the digest. The articles loader mixes it into each entry's digest,
 * so editing the entity list, the loader's code or a dependency re-extracts
 * every article, while a rebuild with nothing changed re-extracts none.
 */
export async function filesDigest(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    const path = resolve(root, file);
    hash.update(relative(root, path).split('\\').join('/')).update('\0');
    hash.update(existsSync(path) ? await readFile(path) : '\0missing').update('\0');
  }
  return hash.digest('hex');
}

/** Every file under `folder` (absolute paths, in name order at each level); none if it does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)]))),
  );
  return nested.flat();
}
