// `seedhub generate`: every collection of every school, written to disk, its chunks made on
// every core (generate-pool.ts) and written in order, so the files are the same bytes with any
// number of threads; `--shard i/n` writes the i-th of n contiguous slices of every file.
import { availableParallelism } from 'node:os';
import { makeDirectory } from '../make-directory.ts';
import { fileName, inside } from '../safe-name.ts';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataset, type Dataset } from '../generate/dataset.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError, wholeNumber } from './args.ts';
import { describeEstimate, estimateRun } from './estimate.ts';
import { chunkMaker, chunksOf, FORMATS, ownerGroups, type ChunkText, type Format, type OwnerGroup, type Shard } from './generate-chunks.ts';
import { inOrder, inThisThread, workerPool, WorkerError, type ChunkRunner } from './generate-pool.ts';
import { untilStopped } from './interrupt.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';
import { openAtomic, writeAtomic, type AtomicFile } from '../write-atomic.ts';

/** Records above which a run prints its estimate before it starts. */
export const LARGE_RUN = 1_000_000;

export const THREADS = {
  /** The most threads the default uses, whatever the machine. */
  defaultMost: 8,
  /** The most `--threads` takes. */
  most: 64,
  /** Records below which the default is this thread alone: starting a worker (and its Faker) costs more. */
  smallRun: 20_000,
  /** Chunks started and not yet written, per thread: enough to keep every thread busy, few enough to bound memory. */
  inFlight: 2,
} as const;

/** Where a progress bar goes: a terminal's stream. */
export interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A progress bar only on a terminal, and never in CI (whose logs would keep every frame). */
export function showsProgress(target: ProgressTarget, env: Readonly<Record<string, string | undefined>>): boolean {
  return target.isTTY === true && !env.CI;
}

/** Redraws one line (`\r`), at most 10 times a second; `done()` clears it. */
export function progressBar(target: ProgressTarget, now: () => number = () => performance.now()) {
  const started = now();
  let drawn = -Infinity;
  let shown = false;
  return {
    update(label: string, done: number, total: number, force = false, unit = 'records'): void {
      const time = now();
      if (!force && time - drawn < 100) return;
      drawn = time;
      const width = 24;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const rate = Math.round(done / Math.max((time - started) / 1000, 0.001));
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${done}/${total} (${rate} ${unit}/s)`;
      target.write(`\r${line.slice(0, Math.max(20, (target.columns ?? 100) - 1))}\u001b[K`);
      shown = true;
    },
    done(): void {
      if (shown) target.write('\r\u001b[K');
    },
  };
}

type Progress = ReturnType<typeof progressBar>;

/** One output file: chunks' texts appended in the chosen format. */
function output(file: AtomicFile, format: Format) {
  let written = 0;
  return {
    get written() {
      return written;
    },
    async open() {
      if (format === 'json') await file.write('[');
    },
    async append(text: string | Uint8Array, count: number) {
      if (count === 0) return;
      if (format === 'json') await file.write(written === 0 ? '\n' : ',\n');
      await file.write(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength));
      written += count;
    },
    async close() {
      if (format === 'json') await file.write(written > 0 ? '\n]\n' : ']\n');
      await file.commit();
    },
  };
}

/** The files of one school's kind of owner, open for writing; `close` returns the records written. */
async function openGroup(out: string, group: OwnerGroup, format: Format) {
  const dir = inside(out, join(out, fileName(group.centreCode, 'the school code')));
  await makeDirectory(dir);
  const files = group.collections.map((name) => openAtomic(inside(out, join(dir, `${fileName(name, 'the collection name')}.${format}`))));
  const outputs = files.map((file) => output(file, format));
  const abort = () => Promise.all(files.map((file) => file.abort()));
  try {
    for (const out of outputs) await out.open();
  } catch (error) {
    await abort();
    throw error;
  }
  return {
    async append({ texts, counts }: ChunkText) {
      for (const [i, out] of outputs.entries()) await out.append(texts[i]!, counts[i]!);
    },
    async close() {
      for (const out of outputs) await out.close();
      return outputs.reduce((sum, out) => sum + out.written, 0);
    },
    abort,
  };
}

const ownerWord = (kind: string) => (kind === 'student' ? 'students' : kind);

/**
 * Every school's files (the shard's owners of them), then the index; returns the number of
 * records written. Chunks are made by `runner`, `window` at a time, and written in order, one
 * group's files open at a time.
 */
async function writeDataset(dataset: Dataset, out: string, format: Format, shard: Shard, runner: ChunkRunner, window: number, progress: Progress | null): Promise<number> {
  // Every name that becomes a file name is checked before anything is written.
  for (const school of dataset.schools) fileName(school.centreCode, 'the school code');
  for (const collection of dataset.collections) fileName(collection.name, 'the collection name');
  await makeDirectory(out);
  const groups = ownerGroups(dataset, shard);
  let total = 0;
  let open: { index: number; files: Awaited<ReturnType<typeof openGroup>> } | undefined;
  try {
    for await (const [chunk, text] of inOrder(chunksOf(groups), runner.run, window)) {
      const group = groups[chunk.group]!;
      if (open?.index !== chunk.group) {
        total += (await open?.files.close()) ?? 0;
        open = { index: chunk.group, files: await openGroup(out, group, format) };
      }
      await open.files.append(text);
      progress?.update(`${group.centreCode} ${ownerWord(group.kind)}`, chunk.to - group.from, group.to - group.from, chunk.to === group.to, ownerWord(group.kind));
    }
    total += (await open?.files.close()) ?? 0;
  } catch (error) {
    await open?.files.abort();
    throw error;
  } finally {
    progress?.done();
  }
  // The same index in every shard: a shard's directory describes the whole hub, and shards
  // copied into one directory leave the single run's index.json.
  const index = { seed: dataset.options.seed, options: dataset.options, schools: dataset.schools, collections: dataset.collections };
  await writeAtomic(join(out, 'index.json'), () => [`${JSON.stringify(index, null, 2)}\n`]);
  return total;
}

/** `--shard i/n`: 1 ≤ i ≤ n; ndjson only, since arrays in pieces do not concatenate into one. */
function readShard(value: string | undefined, format: Format): Shard {
  if (value === undefined) return { index: 1, count: 1 };
  const [, index, count] = /^(\d+)\/(\d+)$/.exec(value) ?? [];
  if (!index || !count || Number(index) < 1 || Number(index) > Number(count)) {
    throw new UsageError(`Failed to read --shard: "${value}" is not i/n with 1 ≤ i ≤ n, e.g. --shard 2/3 for the second of three.`);
  }
  if (format !== 'ndjson') throw new UsageError(`Failed to read --shard: shards of --format ${format} cannot be joined (each file is one array). Use --format ndjson with --shard ${value}.`);
  return { index: Number(index), count: Number(count) };
}

/** `--threads N`: 1 (this thread, no worker) to `THREADS.most`; undefined when not given. */
function readThreads(value: string | undefined): number | undefined {
  const threads = wholeNumber('threads', value);
  if (threads !== undefined && (threads < 1 || threads > THREADS.most)) throw new UsageError(`Failed to read --threads: "${value}" is not from 1 to ${THREADS.most}.`);
  return threads;
}

/** The default: every core up to `THREADS.defaultMost`, or this thread alone for a small run. */
const defaultThreads = (records: number) => (records < THREADS.smallRun ? 1 : Math.min(availableParallelism(), THREADS.defaultMost));

/**
 * `seedhub generate`. A progress bar goes to stderr when it is a terminal and CI is not set;
 * pass `progress: null` for none. A run of more than `LARGE_RUN` records says how big it is
 * first, on stderr, terminal or not (a CI log shows why a step takes an hour). A worker thread
 * that fails is one line, exit 1, and leaves no file half-written.
 */
export async function generate(args: string[], io: Io, progress: Progress | null = showsProgress(process.stderr, process.env) ? progressBar(process.stderr) : null): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, out: { type: 'string' }, format: { type: 'string' }, threads: { type: 'string' }, shard: { type: 'string' } });
  const out = values.out;
  if (!out) throw new UsageError('Failed to generate: --out DIR is required.');
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Failed to read --format: "${values.format}" is not json or ndjson.`);
  const shard = readShard(values.shard, format);
  const asked = readThreads(values.threads);
  const { document, model } = values.openapi === undefined ? {} : await openApiModel(values.openapi, io);
  const options = hubOptions(values, io.error);
  const dataset = createDataset(options, model);
  const whole = estimateRun(dataset, format);
  const estimate = { records: whole.records / shard.count, bytes: whole.bytes / shard.count };
  if (estimate.records > LARGE_RUN) io.error(`seedhub generate: ${describeEstimate(estimate)}: this takes a while (Ctrl-C stops it cleanly)`);
  // No more threads than chunks: a thread with nothing to make is only a cost.
  const threads = Math.min(asked ?? defaultThreads(estimate.records), chunksOf(ownerGroups(dataset, shard)).length);
  return untilStopped('generate', io, async () => {
    const runner = threads > 1 ? workerPool(threads, { options, ...(document ? { document } : {}), format }) : inThisThread(chunkMaker(options, model, format, dataset));
    try {
      const total = await writeDataset(dataset, out, format, shard, runner, threads * THREADS.inFlight, progress);
      const slice = shard.count > 1 ? `, shard ${shard.index}/${shard.count}` : '';
      io.out(`seedhub wrote ${total} records of ${dataset.schools.length} ${dataset.schools.length === 1 ? 'school' : 'schools'} to ${out} (${format}${slice})`);
      return 0;
    } catch (error) {
      if (!(error instanceof WorkerError)) throw error;
      io.error(error.message);
      return 1;
    } finally {
      await runner.close();
    }
  }, () => progress?.done());
}
