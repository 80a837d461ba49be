// A file-system error of a command that writes (generate, record, openapi --out) as one
// line: the path the user gave, the cause in words, its code, and what to do.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { intendedPath } from '../write-atomic.ts';

/** Each code a write can fail with: the cause, and what to do about it. */
const CAUSES: Record<string, [cause: string, todo: string]> = {
  EACCES: ['permission denied', 'Choose a directory you may write to.'],
  EPERM: ['the operation is not permitted', 'Choose a directory you may write to.'],
  EEXIST: ['a file is in the way', 'Remove it, or choose another path.'],
  ENOTDIR: ['part of the path is a file, not a directory', 'Choose a path under a directory.'],
  EISDIR: ['it is a directory', 'Give a file name.'],
  ENOENT: ['its directory does not exist', 'Create it, or choose another path.'],
  ENOSPC: ['the disk is full', 'Free some space, or write somewhere else.'],
  EDQUOT: ['the disk quota is used up', 'Free some space, or write somewhere else.'],
  EROFS: ['the file system is read-only', 'Write somewhere else.'],
  ENAMETOOLONG: ['the name is too long', 'Choose a shorter path.'],
  EMFILE: ['too many files are open', 'Raise the limit (ulimit -n) and run it again.'],
  EBUSY: ['it is busy', 'Close what holds it, and run it again.'],
};

/** The one-line message of a file-system error, or undefined when `error` is not one. */
export function fileErrorMessage(error: unknown): string | undefined {
  const { code, syscall, path, dest, todo, cause } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string; todo?: string; cause?: unknown };
  const known = code === undefined ? undefined : CAUSES[code];
  if (!known) return undefined;
  // A rename names where it renamed to; a temporary file stands for the file asked for.
  const named = intendedPath((syscall === 'rename' ? dest : undefined) ?? path ?? '');
  const what = syscall === 'mkdir' ? `create the directory ${named}` : `write ${named}`.trimEnd();
  const why = typeof cause === 'string' ? cause : known[0];
  return `[seedhub] Failed to ${what}: ${why} (${code}). ${todo ?? (typeof cause === 'string' ? 'Choose another path.' : known[1])}`;
}

/**
 * Fails as writing onto a directory would (EISDIR), but before any work is done, with a file
 * name to give instead: `example` inside that directory.
 */
export async function refuseDirectory(path: string, example: string): Promise<void> {
  if (!(await stat(path).catch(() => undefined))?.isDirectory()) return;
  throw Object.assign(new Error(`EISDIR: ${path} is a directory`), { code: 'EISDIR', syscall: 'open', path, todo: `Give a file name, e.g. ${join(path, example)}.` });
}
