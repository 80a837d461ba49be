// Start-up of `seedhub serve` (issue 13): ms from spawn to the first 200 answer, and the
// resident memory once idle, beside bare node:http and json-server 0.17 measured in the
// same interleaved rounds, so a busy machine slows all three alike. Every child is killed
// before it returns. Alone: `npx tsx bench/startup.ts [RUNS]` prints the result as JSON.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort, memoryOf } from './processes.ts';
import { median } from './stats.ts';

/** The request each server must answer: seedhub's default hub, and its json-server twin. */
export const STARTUP_PATHS = { seedhub: '/qt_student/school-api/schools/4650/students', bare: '/students', jsonServer: '/students' } as const;

export type StartupKind = keyof typeof STARTUP_PATHS;

export const STARTUP_DEFAULTS = {
  runs: 5,
  /** How long a server sits idle after its first answer before its RSS is read. */
  idleMs: 1_000,
  /** A server that has not answered by then is a failure, not a slow result. */
  timeoutMs: 30_000,
  /** Between attempts while the port is not yet open. */
  retryMs: 2,
  /** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of /proc/PID/stat's CPU times. */
  clockTicks: 100,
};

export interface StartupRun {
  ms: number;
  /** CPU time the server used until its first answer: steadier than `ms` on a busy machine. */
  cpuMs: number;
  rssMb: number;
}

export interface StartupStats {
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianCpuMs: number;
  medianRssMb: number;
  minRssMb: number;
  maxRssMb: number;
  runs: StartupRun[];
}

export interface StartupResult {
  rounds: number;
  paths: typeof STARTUP_PATHS;
  seedhub: StartupStats;
  bare: StartupStats;
  jsonServer: StartupStats;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The command line of each kind, and the line it prints once it is about to answer. */
function commandOf(kind: StartupKind, db: string, port: number): { args: string[]; ready: RegExp; url: (match: RegExpExecArray) => string } {
  const listening = { ready: /listening on (http:\/\/\S+)/, url: (match: RegExpExecArray) => match[1]! };
  if (kind === 'seedhub') return { args: [join(root, 'bin/seedhub.js'), 'serve', '--port', '0'], ...listening };
  if (kind === 'bare') return { args: [join(root, 'bench/bare-server.mjs')], ...listening };
  // json-server prints "Home" right after it calls listen(), so the first attempts may be refused.
  const bin = join(root, 'node_modules/json-server/lib/cli/bin.js');
  return { args: [bin, '--port', String(port), '--host', '127.0.0.1', db], ready: /Home/, url: () => `http://127.0.0.1:${port}` };
}

/** Resolves with the first match of `pattern` in the child's stdout; rejects if it exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp, signal: AbortSignal): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (!match) return;
      child.stdout!.off('data', onData);
      resolve(match);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`[seedhub] Failed to measure start-up: ${child.spawnargs.join(' ')} exited with ${code} before it was ready.`)));
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Fetches `url` until it answers 200 (a refused connection is retried); resolves when the body is read. */
async function firstAnswer(url: string, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    try {
      const response = await fetch(url, { signal });
      await response.arrayBuffer();
      if (response.ok) return;
      throw new Error(`[seedhub] Failed to measure start-up: ${url} answered ${response.status}.`);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNREFUSED') throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, STARTUP_DEFAULTS.retryMs));
  }
}

/** User and system CPU time of a process so far, in ms (Linux /proc, in clock ticks). */
function cpuOf(pid: number): number {
  // The command name, field 2, may hold spaces: count the fields after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ');
  const [utime, stime] = [fields[11], fields[12]].map(Number);
  return ((utime! + stime!) * 1_000) / STARTUP_DEFAULTS.clockTicks;
}

/** Kills a child and waits for it to be gone. */
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** One start of one kind: spawn, wait for its first 200, sit idle, read its RSS, kill it. */
async function startOnce(kind: StartupKind, db: string): Promise<StartupRun> {
  const port = kind === 'jsonServer' ? await freePort() : 0;
  const { args, ready, url } = commandOf(kind, db, port);
  const signal = AbortSignal.timeout(STARTUP_DEFAULTS.timeoutMs);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const match = await waitForLine(child, ready, signal);
    await firstAnswer(url(match) + STARTUP_PATHS[kind], signal);
    const ms = performance.now() - started;
    const cpuMs = cpuOf(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, STARTUP_DEFAULTS.idleMs));
    return { ms, cpuMs, rssMb: memoryOf(child.pid!).rssMb };
  } finally {
    child.stdout!.destroy();
    await kill(child);
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

function statsOf(runs: StartupRun[]): StartupStats {
  const ms = runs.map((run) => run.ms);
  const rss = runs.map((run) => run.rssMb);
  return {
    medianMs: round(median(ms)), minMs: round(Math.min(...ms)), maxMs: round(Math.max(...ms)),
    medianCpuMs: round(median(runs.map((run) => run.cpuMs))),
    medianRssMb: round(median(rss)), minRssMb: round(Math.min(...rss)), maxRssMb: round(Math.max(...rss)),
    runs: runs.map((run) => ({ ms: round(run.ms), cpuMs: run.cpuMs, rssMb: round(run.rssMb) })),
  };
}

/** Start-up of seedhub, bare node:http and json-server, in `runs` interleaved rounds (default 5). */
export async function measureStartup(options: { runs?: number } = {}): Promise<StartupResult> {
  const rounds = options.runs ?? STARTUP_DEFAULTS.runs;
  const dir = mkdtempSync(join(tmpdir(), 'seedhub-startup-'));
  try {
    // A small db, as small as the bare server's answer is: json-server's floor, not its load.
    const db = join(dir, 'db.json');
    writeFileSync(db, JSON.stringify({ students: Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `Student ${i + 1}` })) }));
    const runs: Record<StartupKind, StartupRun[]> = { seedhub: [], bare: [], jsonServer: [] };
    for (let round = 0; round < rounds; round++) {
      for (const kind of Object.keys(runs) as StartupKind[]) runs[kind].push(await startOnce(kind, db));
    }
    return { rounds, paths: STARTUP_PATHS, seedhub: statsOf(runs.seedhub), bare: statsOf(runs.bare), jsonServer: statsOf(runs.jsonServer) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  console.log(JSON.stringify(await measureStartup({ runs }), null, 2));
}
