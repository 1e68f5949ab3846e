import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeFsError, errorCode } from './fs-problem.ts';
import { IngestError } from './ingest-error.ts';

/** Thrown by `writeFileAtomically` when the target exists and `overwrite` is off. */
export class TargetExistsError extends Error {
  override name = 'TargetExistsError';
  readonly path: string;
  constructor(path: string) {
    super(`${path} already exists`);
    this.path = path;
  }
}

function cannotWrite(path: string, problem: string): IngestError {
  return new IngestError(`cannot write ${path}: ${problem}`);
}

/** The nearest existing ancestor of `dir` (or `dir` itself), as the caller spelled it, and whether it is a folder. */
async function nearestExisting(dir: string): Promise<{ path: string; isFolder: boolean } | null> {
  let current = dir;
  for (;;) {
    try {
      return { path: current, isFolder: (await stat(current)).isDirectory() };
    } catch (error) {
      const parent = dirname(current);
      // ENOTDIR: some ancestor is a file; keep climbing to name it.
      const code = errorCode(error);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) return null;
      current = parent;
    }
  }
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's
 * `mkdir({ recursive: true })` loops forever under /proc (mkdir there says
 * ENOENT while the parent exists), and its errors do not say which part of
 * the path is in the way.
 */
async function ensureFolder(dir: string, target: string): Promise<void> {
  const existing = await nearestExisting(dir);
  if (existing && !existing.isFolder) throw cannotWrite(target, `${existing.path} is a file, not a folder`);
  const missing: string[] = [];
  for (let current = dir; current !== existing?.path; current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if (errorCode(error) === 'EEXIST' && (await stat(folder).catch(() => null))?.isDirectory()) continue;
      throw cannotWrite(target, `cannot create folder ${folder}: ${describeFsError(error)}`);
    }
  }
}

/** Puts the finished temp file at `path`; with `overwrite` off, never replaces anything there. */
async function moveIntoPlace(temp: string, path: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(temp, path);
    return;
  }
  try {
    // link() fails with EEXIST if anything is at `path`: an atomic "create, don't replace".
    await link(temp, path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new TargetExistsError(path);
    // Some file systems (FAT, some network mounts) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await lstat(path).then(() => true, () => false)) throw new TargetExistsError(path);
    await rename(temp, path);
  }
}

/**
 * Writes `text` to `path` so that a reader sees either the old file or the
 * whole new one, never a part: the text goes to a hidden temp file in the same
 * folder, is flushed to disk and then moved into place; on any failure the
 * temp file is removed. Creates the folder when missing. Every failure is an
 * IngestError naming `path` and the problem, except TargetExistsError.
 */
export async function writeFileAtomically(path: string, text: string, { overwrite }: { overwrite: boolean }): Promise<void> {
  const folder = dirname(path);
  await ensureFolder(folder, path);
  // Short and hidden: `<slug>.md` may already use most of the 255-byte name limit.
  const temp = join(folder, `.ingest-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o666);
  } catch (error) {
    throw cannotWrite(path, `cannot create a file in ${folder}: ${describeFsError(error)}`);
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, path, overwrite);
  } catch (error) {
    if (error instanceof TargetExistsError) throw error;
    throw cannotWrite(path, describeFsError(error));
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
