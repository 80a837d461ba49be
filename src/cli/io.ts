// What the CLI needs from its process, behind a small interface so commands stay testable.

export interface Io {
  out(line: string): void;
  error(line: string): void;
  /** Resolves with the name of the first SIGINT or SIGTERM. */
  waitForSignal(): Promise<string>;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  waitForSignal: () =>
    new Promise((resolve) => {
      const stop = (signal: string) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(signal);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};
