// Making a directory and its parents, one level at a time. Node's own `mkdir(path,
// { recursive: true })` never returns on some paths (it retries `/proc/nope` forever, at full
// CPU, in a thread no signal stops); here each missing level is made with a plain `mkdir`, so
// an unwritable path fails at once with the error of the level that could not be made.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Makes `path` and any missing parents; an existing directory is fine, a file in the way is ENOTDIR or EEXIST. */
export async function makeDirectory(path: string): Promise<void> {
  const target = resolve(path);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => {
      // Missing, or under a file: the walk goes on up to what is there.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: at === target ? 'EEXIST' : 'ENOTDIR', syscall: 'mkdir', path });
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing) {
    await mkdir(level).catch(async (error: NodeJS.ErrnoException) => {
      // Made meanwhile by someone else: fine, if it is a directory.
      if (error.code === 'EEXIST' && (await stat(level).catch(() => undefined))?.isDirectory()) return;
      // Its parent is there, so the file system itself refuses (as /proc and /sys do).
      const refused = error.code === 'ENOENT' ? { cause: `${dirname(level)} does not take new directories` } : {};
      throw Object.assign(error, { path, ...refused });
    });
  }
}
