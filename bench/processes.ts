// Child processes of the benchmark: started with a READY line or a poll, always killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

/** Kills every child still running; bench/run.ts calls it on the way out, whatever happened. */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export interface Started {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function track(child: ChildProcess): () => Promise<void> {
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };
}

/** Starts `node --import tsx bench/server.ts …` and waits for its READY line. */
export async function startBenchServer(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = track(child);
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`bench server ${args.join(' ')} did not start in 60 s`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /READY (\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server ${args.join(' ')} exited with ${code}`)));
  });
  return { url, pid: child.pid!, stop };
}

/** A free loopback port, by asking the OS for one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts json-server 0.17 over `db` and waits until it answers. */
export async function startJsonServer(db: string): Promise<Started> {
  const port = await freePort();
  const bin = 'node_modules/json-server/lib/cli/bin.js';
  const child = spawn(process.execPath, [bin, '--port', String(port), '--host', '127.0.0.1', '--quiet', db], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = track(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/students?_limit=1`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error('json-server did not start in 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, stop };
}

/** Runs a child to its end and returns its stdout; killed after `timeoutMs`. */
export async function runChild(args: string[], timeoutMs: number): Promise<string> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = track(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  await stop();
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code ?? 'a signal (time limit?)'}`);
  return out;
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
