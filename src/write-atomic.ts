// Writing a file so that readers see the old file or the whole new one, never a part:
// the content goes to a temporary file beside it, which is then renamed over it. A process
// killed midway leaves the old file as it was (and, at worst, a stray `*.tmp` beside it).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

let written = 0;

/** The temporary path a write to `path` uses: unique per process and per write. */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}.${++written}.tmp`;
}

/** A file being written atomically: `write` chunks, then `commit` (rename into place) or `abort`. */
export interface AtomicFile {
  write(chunk: string | Buffer): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens `path` for an atomic write: nothing appears at `path` until `commit()`. */
export function openAtomic(path: string): AtomicFile {
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async commit() {
      stream.end();
      await once(stream, 'finish');
      await rename(temporary, path);
    },
    async abort() {
      stream.destroy();
      await rm(temporary, { force: true });
    },
  };
}

/** Writes the chunks that `produce` yields (sync or async) to `path`, atomically. */
export async function writeAtomic(path: string, produce: () => Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
  const file = openAtomic(path);
  try {
    for await (const chunk of produce()) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
