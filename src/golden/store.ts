// Where golden files live, behind a tiny interface: specs and tools can swap the disk out.
import { readFile } from 'node:fs/promises';
import { makeDirectory } from '../make-directory.ts';
import { dirname } from 'node:path';
import { GoldenError } from '../errors.ts';
import { writeAtomic } from '../write-atomic.ts';

export interface GoldenStore {
  /** The file's text, or null when there is no such file; GoldenError when it cannot be read. */
  read(path: string): Promise<string | null>;
  /** Writes the whole file atomically (readers see the old or the new file, never a part). */
  write(path: string, text: string): Promise<void>;
}

/** The file system. */
export const fileStore: GoldenStore = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new GoldenError(`Failed to read golden ${path}: ${(error as Error).message}.`);
    }
  },
  async write(path, text) {
    await makeDirectory(dirname(path));
    await writeAtomic(path, () => [text]);
  },
};
