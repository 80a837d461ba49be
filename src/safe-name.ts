// Names that become file names (a school's code, a collection's name: both may come from an
// OpenAPI document or a golden, which nobody here wrote), checked before anything is
// written, and every file checked to resolve inside the folder it is written to.
import { isAbsolute, relative, resolve } from 'node:path';
import { SeedhubError } from './errors.ts';

/** A name that cannot be a file's name inside its folder, or a path that leaves it. */
export class UnsafePathError extends SeedhubError {
  override name = 'UnsafePathError';
}

/** Why `name` cannot be one path segment, or undefined when it can. */
function unsafe(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return 'it names a folder, not a file';
  if (/[/\\]/.test(name)) return 'it has a path separator';
  if (name.includes('\u0000')) return 'it has a NUL character';
  if (/^[A-Za-z]:/.test(name)) return 'it starts like a drive';
  if (Buffer.byteLength(name) > 200) return 'it is longer than 200 bytes';
  return undefined;
}

/**
 * `name`, when it is safe as one file or folder name; else an UnsafePathError that names it.
 * @example fileName('0220', 'the school code') // '0220'
 */
export function fileName(name: string, what: string): string {
  const why = unsafe(name);
  if (why) throw new UnsafePathError(`Failed to use ${what} ${JSON.stringify(name)} as a file name: ${why}. Nothing was written.`);
  return name;
}

/** `file`, when it resolves inside `folder`; else an UnsafePathError. */
export function inside(folder: string, file: string): string {
  const path = relative(resolve(folder), resolve(file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) throw new UnsafePathError(`Failed to write ${file}: it is not inside ${folder}. Nothing more was written.`);
  return file;
}
