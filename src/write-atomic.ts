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

/** Writes the chunks that `produce` yields (sync or async) to `path`, atomically. */
export async function writeAtomic(path: string, produce: () => Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
  try {
    for await (const chunk of produce()) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
