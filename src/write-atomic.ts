// Writing a file so that readers see the old file or the whole new one, never a part:
// the content goes to a temporary file beside it, which is then renamed over it. Every
// temporary file is tracked until it is renamed or removed, so a command stopped by a signal
// can remove them all (`removeTemporaries`); only a process killed outright (SIGKILL) leaves
// a stray `*.tmp`. A failed write's error names the file asked for, not the temporary one.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

let written = 0;
/** Temporary paths handed out and not yet renamed or removed. */
const temporaries = new Set<string>();
/** Files being written, to abort on a signal. */
const open = new Set<AtomicFile>();

/** The temporary path a write to `path` uses: unique per process and per write. */
export function temporaryPath(path: string): string {
  const temporary = `${path}.${process.pid}.${++written}.tmp`;
  temporaries.add(temporary);
  return temporary;
}

/** The path a temporary path stands for: `a.json.123.4.tmp` (or a temporary of one) is `a.json`. */
export function intendedPath(path: string): string {
  return path.replace(/(\.\d+\.\d+\.tmp)+$/, '');
}

/** A file being written atomically: `write` chunks, then `commit` (rename into place) or `abort`. */
export interface AtomicFile {
  write(chunk: string | Buffer): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** `error`, naming `path` (the file asked for) where it named no file, or the temporary one. */
function naming(error: unknown, path: string): unknown {
  const errno = error as NodeJS.ErrnoException | undefined;
  if (typeof errno?.code === 'string' && (errno.path === undefined || intendedPath(errno.path) === path)) errno.path = path;
  return error;
}

/** Opens `path` for an atomic write: nothing appears at `path` until `commit()`. */
export function openAtomic(path: string): AtomicFile {
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
  const aborted = new AbortController();
  // Held until the next write or commit, so an error between two writes is never unhandled.
  let failure: unknown;
  stream.on('error', (error) => (failure ??= naming(error, path)));
  const settled = async <T>(step: () => Promise<T>): Promise<T> => {
    if (failure) throw failure;
    try {
      return await step();
    } catch (error) {
      throw failure ?? naming(error, path);
    }
  };
  const file: AtomicFile = {
    write: (chunk) =>
      settled(async () => {
        if (!stream.write(chunk)) await once(stream, 'drain', { signal: aborted.signal });
      }),
    commit: () =>
      settled(async () => {
        stream.end();
        await once(stream, 'finish', { signal: aborted.signal });
        await rename(temporary, path);
        temporaries.delete(temporary);
        open.delete(file);
      }),
    async abort() {
      failure ??= new Error(`the write of ${path} was aborted`);
      aborted.abort();
      // A stream still opening creates its file once open: wait for it to close, then remove.
      // (Writes still pending fail as it closes: the error listener above keeps them.)
      if (!stream.closed) {
        const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
        stream.destroy();
        await closed;
      }
      await rm(temporary, { force: true });
      temporaries.delete(temporary);
      open.delete(file);
    },
  };
  open.add(file);
  return file;
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

/**
 * Aborts every file being written and removes every temporary file this process still has;
 * resolves with how many files it removed. For a command stopped by a signal.
 */
export async function removeTemporaries(): Promise<number> {
  const files = [...open];
  await Promise.all(files.map((file) => file.abort()));
  const left = [...temporaries];
  await Promise.all(left.map((path) => rm(path, { force: true })));
  for (const path of left) temporaries.delete(path);
  return files.length + left.length;
}
