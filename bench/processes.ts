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

/** Starts a child that listens on `port` and waits until `probe` answers 200 (60 s at most). */
async function startPolled(args: string[], port: number, probe: string, what: string): Promise<Started> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = track(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(url + probe);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`${what} did not start in 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, stop };
}

/** Starts json-server 0.17 over `db` and waits until `probe` answers. */
export async function startJsonServer(db: string, probe: string): Promise<Started> {
  const port = await freePort();
  return startPolled(['node_modules/json-server/lib/cli/bin.js', '--port', String(port), '--host', '127.0.0.1', '--quiet', db], port, probe, 'json-server');
}

/** Starts Prism 5.14 mocking `document` (static examples, the default) and waits until `probe` answers. */
export async function startPrism(document: string, probe: string): Promise<Started> {
  const port = await freePort();
  return startPolled(['node_modules/@stoplight/prism-cli/dist/index.js', 'mock', '-h', '127.0.0.1', '-p', String(port), document], port, probe, 'Prism');
}

/** Runs a child to its end and returns its stdout; killed after `timeoutMs`. */
export async function runChild(args: string[], timeoutMs: number, env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const stop = track(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  await stop();
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code ?? 'a signal (time limit?)'}\n${out.slice(-2000)}`);
  return out;
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
