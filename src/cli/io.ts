// What the CLI needs from its process, behind a small interface so commands stay testable.

export interface Io {
  out(line: string): void;
  error(line: string): void;
  /**
   * Resolves with the name of the first SIGINT or SIGTERM. Once `until` aborts it stops
   * listening (and never resolves), so a finished command leaves the signals as they were.
   */
  waitForSignal(until?: AbortSignal): Promise<string>;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  waitForSignal: (until) =>
    new Promise((resolve) => {
      const stop = (signal?: string) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        until?.removeEventListener('abort', listenNoMore);
        if (signal) resolve(signal);
      };
      const listenNoMore = () => stop();
      if (until?.aborted) return;
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      until?.addEventListener('abort', listenNoMore);
    }),
};
