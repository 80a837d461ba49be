// Stopping a command that writes files (generate, record): on SIGINT or SIGTERM, and on an
// error, every file being written is aborted and every temporary file removed, so nothing
// half-written is left. A second signal while that happens stops the process at once.
import { removeTemporaries } from '../write-atomic.ts';
import type { Io } from './io.ts';

/**
 * How long a stopped command's work may take to unwind before the command ends anyway: work
 * stuck in a call that never returns (a file system that hangs) cannot hold the signal up.
 */
export const STOP_GRACE_MS = 3_000;

/** The exit code of a command stopped by a signal: 128 and the signal's number, as shells report it. */
export const SIGNAL_EXIT_CODES: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Runs `work` until it ends or SIGINT or SIGTERM comes. On a signal: `onStop` (to clear a
 * progress bar), the files being written are aborted (so `work` fails at its next write),
 * `work` is awaited as it unwinds, what temporary files are left are removed, one line is
 * printed, and the exit code is 130 (SIGINT) or 143 (SIGTERM).
 */
export async function untilStopped(command: string, io: Io, work: () => Promise<number>, onStop: () => void = () => {}): Promise<number> {
  const finished = new AbortController();
  const signalled = io.waitForSignal(finished.signal).then((signal) => ({ signal }));
  const working = work();
  try {
    const first = await Promise.race([working.then((code) => ({ code })), signalled]);
    if ('code' in first) return first.code;
    onStop();
    await removeTemporaries();
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([working.catch(() => undefined), new Promise((resolve) => (grace = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(grace);
    await removeTemporaries();
    io.error(`seedhub ${command} stopped (${first.signal}): nothing half-written was left`);
    return SIGNAL_EXIT_CODES[first.signal] ?? 1;
  } catch (error) {
    await removeTemporaries();
    throw error;
  } finally {
    finished.abort();
  }
}
