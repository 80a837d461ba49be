// Where `seedhub generate` makes its chunks: in this thread (`--threads 1`), or in a pool of
// worker threads; and `inOrder`, which keeps a bounded number of chunks in flight and hands
// them over in the order they are written, whatever order they finish in.
import { Worker } from 'node:worker_threads';
import { HubConfigError, ModelError, OpenApiError } from '../errors.ts';
import type { OpenApiInput } from '../openapi/load.ts';
import type { HubOptions } from '../options.ts';
import type { Chunk, ChunkText, Format } from './generate-chunks.ts';

/** What a worker rebuilds the run from: plain data, copied to each worker once. */
export interface WorkerInit {
  options: HubOptions;
  /** The `--openapi` document, parsed: its model is rebuilt in the worker (functions cannot be sent). */
  document?: OpenApiInput;
  format: Format;
}
/** A worker's answer to a chunk (it is sent one at a time): the texts as bytes, or the error it threw. */
export type WorkerReply = { texts: Uint8Array[]; counts: number[] } | { error: { name: string; message: string } };

/** Makes chunks' texts; `close` ends whatever it started. */
export interface ChunkRunner {
  run(chunk: Chunk): Promise<ChunkText>;
  close(): Promise<void>;
}

/** A worker thread that crashed, ran out of memory or threw an error of no seedhub kind. */
export class WorkerError extends Error {
  override name = 'WorkerError';
  constructor(where: string, reason: string) {
    super(`[seedhub] Failed to generate ${where}: a worker thread failed (${reason.split('\n')[0]}). Run it again with --threads 1 to see the whole error.`);
  }
}

/** The errors the CLI prints as the user's to act on: raised again in this thread as themselves. */
const KNOWN: Readonly<Record<string, new (message: string) => Error>> = { HubConfigError, ModelError, OpenApiError };

const describe = (chunk: Chunk) => `${chunk.centreCode} ${chunk.kind} ${chunk.from} to ${chunk.to - 1}`;

function raised(chunk: Chunk, { name, message }: { name: string; message: string }): Error {
  const Known = Object.hasOwn(KNOWN, name) ? KNOWN[name] : undefined;
  return Known ? new Known(message) : new WorkerError(describe(chunk), `${name}: ${message}`);
}

/** Chunks made in this thread, each when it is asked for. */
export function inThisThread(make: (chunk: Chunk) => ChunkText): ChunkRunner {
  return { run: async (chunk) => make(chunk), close: async () => {} };
}

/**
 * A worker's young generation: a chunk's records die young, and a smaller nursery is
 * collected sooner at no cost measured (2 threads writing 20,000 students: peak RSS 345 ->
 * 271 MB, the same time). The old generation is left unbounded: a model's own state may
 * need it, and a bound there cost 10% more CPU for another 50 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;

/**
 * A worker running generate-worker beside this module: the compiled JavaScript in the package;
 * from source, the TypeScript, with tsx registered in the worker first (tsx's `--import`
 * registers itself on the main thread only, so inheriting execArgv is not enough).
 */
function startWorker(init: WorkerInit): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./generate-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: init, resourceLimits: WORKER_LIMITS });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData: init, resourceLimits: WORKER_LIMITS });
}

/** `size` worker threads taking chunks from one queue as they come free. After one fails, every chunk fails. */
export function workerPool(size: number, init: WorkerInit): ChunkRunner {
  type Job = { chunk: Chunk; resolve: (text: ChunkText) => void; reject: (error: Error) => void };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let failure: Error | undefined;
  let closing = false;
  const fail = (worker: Worker, reason: string) => {
    const job = busy.get(worker);
    busy.delete(worker);
    failure ??= new WorkerError(job ? describe(job.chunk) : 'the hub', reason);
    job?.reject(failure);
    for (const waiting of queue.splice(0)) waiting.reject(failure);
  };
  const dispatch = () => {
    while (!failure && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.chunk);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(init);
    worker.on('message', (reply: WorkerReply) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      if ('error' in reply) job.reject(raised(job.chunk, reply.error));
      else job.resolve(reply);
      dispatch();
    });
    worker.on('error', (error) => fail(worker, error.message));
    worker.on('exit', (code) => {
      if (!closing) fail(worker, `it exited with code ${code}`);
    });
    idle.push(worker);
    return worker;
  });
  return {
    run(chunk) {
      if (failure) return Promise.reject(failure);
      const made = new Promise<ChunkText>((resolve, reject) => queue.push({ chunk, resolve, reject }));
      dispatch();
      return made;
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Runs `items` in order, with at most `window` started and not yet handed over, and yields
 * each with its result in the items' order. A failure is raised when its item's turn comes.
 */
export async function* inOrder<T, R>(items: Iterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<[T, R]> {
  const iterator = items[Symbol.iterator]();
  const started: [T, Promise<R>][] = [];
  const startNext = () => {
    const next = iterator.next();
    if (next.done) return false;
    const result = run(next.value);
    // Awaited in its turn; until then a failure must not count as unhandled.
    result.catch(() => {});
    started.push([next.value, result]);
    return true;
  };
  while (started.length < window && startNext());
  while (started.length > 0) {
    const [item, result] = started.shift()!;
    yield [item, await result];
    startNext();
  }
}
