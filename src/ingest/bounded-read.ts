import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { describeFsError, errorCode } from './fs-problem.ts';
import { IngestError } from './ingest-error.ts';

/**
 * The largest raw text ingest reads. A scraped news page is a few tens of
 * kilobytes; anything this big is the wrong file, and reading it whole would
 * only waste memory.
 */
export const MAX_RAW_TEXT_BYTES = 5 * 1024 * 1024;

const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a text file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function cannotRead(path: string, error: unknown): IngestError {
  const code = errorCode(error);
  return new IngestError(`cannot read ${path}: ${(code !== null && READ_PROBLEMS[code]) || describeFsError(error)}`);
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file with contents';
}

async function readUpTo(handle: FileHandle, maxBytes: number): Promise<Buffer> {
  // One byte more than the cap tells "exactly at the cap" from "over it", even
  // when the size stat reported was wrong (files in /proc report 0).
  const buffer = Buffer.alloc(maxBytes + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads a whole regular file of at most `maxBytes` bytes. Refuses FIFOs,
 * devices, sockets and folders before reading a byte: the file is opened
 * non-blocking (so a FIFO with no writer cannot hang the open) and checked
 * with fstat on the open handle (so the path cannot be swapped in between).
 */
export async function readRegularFile(path: string, maxBytes = MAX_RAW_TEXT_BYTES): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK does not exist on Windows, where FIFOs cannot be opened by path anyway.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new IngestError(`cannot read ${path}: ${READ_PROBLEMS['EISDIR']}`);
    if (!stats.isFile()) throw new IngestError(`cannot read ${path}: not a regular file (${kindOf(stats)}); give a text file`);
    const tooBig = () =>
      new IngestError(
        `cannot read ${path}: larger than ${megabytes(maxBytes)}, the most ingest reads; a news text is far smaller`,
      );
    if (stats.size > maxBytes) throw tooBig();
    const bytes = await readUpTo(handle, maxBytes);
    if (bytes.length > maxBytes) throw tooBig();
    return bytes;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw cannotRead(path, error);
  } finally {
    await handle.close();
  }
}
