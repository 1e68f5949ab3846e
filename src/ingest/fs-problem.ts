/** File-system error codes in words, for one-line CLI messages instead of Node's stack traces. */
const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this system or user limit',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'resource busy',
  ETXTBSY: 'file busy',
  EXDEV: 'not on the same file system',
};

/** The errno code of a Node file-system error, or null for any other thrown value. */
export function errorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Describes a failed file-system call in a few words, with the code for
 * searching. Other errors keep their message: it carries no stack trace.
 */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== null && PROBLEMS[code] !== undefined) return `${PROBLEMS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
