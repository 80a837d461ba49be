// Writing a file so that readers see the old file or the whole new one, never a part:
// the content goes to a temporary file beside it, which is then renamed over it.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Writes the chunks that `produce` yields to `path`, atomically. */
export async function writeAtomic(path: string, produce: () => Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary);
  try {
    for (const chunk of produce()) {
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
