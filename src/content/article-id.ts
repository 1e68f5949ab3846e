import { articleRoute } from '../site/routes.ts';
import { EntryError } from './entry-error.ts';

/** Characters an id keeps: letters and digits of any script, their combining marks, `-` and `_`. */
const UNSAFE_RUN = /[^\p{L}\p{M}\p{N}_-]+/gu;
const UNSAFE_AT_ENDS = /^[^\p{L}\p{M}\p{N}_-]+|[^\p{L}\p{M}\p{N}_-]+$/gu;

/**
 * The id of the entry in `fileName` (`café.md` -> `café`), which is also its
 * page's URL segment, `/articles/<id>/`. The name is put in NFC first, so
 * `café.md` typed on macOS (decomposed) and on Linux (composed) get the same
 * id, not two ids that look alike and differ in the address bar. Any other
 * run of characters becomes one `-` (dropped at the ends): `#` and `?` would
 * end the path in a link, `%` would start an escape, `/` and `.`/`..` would
 * leave the folder. Null when nothing is left (`%.md`).
 */
export function articleIdOf(fileName: string): string | null {
  const stem = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.md$/, '').normalize('NFC');
  const id = stem.replace(UNSAFE_AT_ENDS, '').replace(UNSAFE_RUN, '-');
  return id === '' ? null : id;
}

/** The page an id becomes, as an editor would type it in the address bar. */
function pageOf(id: string): string {
  return `/${articleRoute(id)}`;
}

/** A file name with a note when it is not in NFC, so two names that look the same can be told apart. */
function described(path: string): string {
  if (path === path.normalize('NFC')) return path;
  return `${path} (${path === path.normalize('NFD') ? 'NFD' : 'not NFC'})`;
}

/** Two entry files that would become one page; the message names both, the first as `file`. */
export class ArticleIdCollisionError extends EntryError {
  /** The second file, relative to the project root. */
  readonly other: string;

  constructor(file: string, other: string, outcome: string) {
    super(file, undefined, outcome);
    this.name = 'ArticleIdCollisionError';
    this.other = other;
    this.message = `${described(file)} and ${described(other)} ${outcome}; rename one`;
  }
}

/**
 * The id of each entry file (paths relative to the project root, in the
 * order given). Two files that would become the same page are an error naming
 * both, so neither silently replaces the other; so are two ids that differ
 * only in case, which are one folder of dist/ on a case-insensitive disk
 * (macOS, Windows).
 */
export function articleIds(paths: readonly string[]): Map<string, string> {
  const idOfPath = new Map<string, string>();
  const claimedBy = new Map<string, { path: string; id: string }>();
  for (const path of paths) {
    const id = articleIdOf(path);
    if (id === null) throw new EntryError(path, undefined, 'the file name has no letter or digit to make a page address from; rename it');
    const earlier = claimedBy.get(id.toLowerCase());
    if (earlier) {
      const outcome = earlier.id === id ? `both become ${pageOf(id)}` : `become ${pageOf(earlier.id)} and ${pageOf(id)}, one folder on a case-insensitive disk`;
      throw new ArticleIdCollisionError(earlier.path, path, outcome);
    }
    claimedBy.set(id.toLowerCase(), { path, id });
    idOfPath.set(path, id);
  }
  return idOfPath;
}
