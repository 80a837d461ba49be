// Spec helpers for the CLI: start a command, wait for a line it prints (never a sleep),
// and stop it, its whole process group included.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const BIN = `${ROOT}bin/seedhub.js`;

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Sends `signal` to the process group and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  /** Where the command runs (default: the repository's root). */
  cwd?: string;
}

export function start(command: string, args: string[], env: Record<string, string | undefined> = {}, { cwd = ROOT }: StartOptions = {}): Running {
  // Playwright forces colours in its workers; the commands under test print plain text.
  const { FORCE_COLOR, ...inherited } = process.env;
  const child = spawn(command, args, { cwd, env: { ...inherited, NO_COLOR: '1', ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (match) {
            child.stdout!.off('data', check);
            resolve(match);
          }
        };
        child.stdout!.on('data', check);
        check();
        void exited.then((code) => reject(new Error(`exited (${code}) before printing ${pattern}: ${out}${err}`)));
      }),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, signal);
      return exited;
    },
  };
}

/** Runs a command to its end. */
export async function run(command: string, args: string[], env: Record<string, string | undefined> = {}, options: StartOptions = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const running = start(command, args, env, options);
  const code = await once(running.child, 'exit').then(([c]) => c as number | null);
  return { code, stdout: running.stdout(), stderr: running.stderr() };
}
