// `seedhub generate`: every collection of every school, written to disk.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataset, type CollectionView, type Dataset } from '../generate/dataset.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import { describeEstimate, estimateRun } from './estimate.ts';
import { untilStopped } from './interrupt.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';
import { openAtomic, writeAtomic, type AtomicFile } from '../write-atomic.ts';

const FORMATS = ['json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];
/** Records generated per chunk written; bounds memory for any size of school. */
const CHUNK = 1000;
/** Records above which a run prints its estimate before it starts. */
export const LARGE_RUN = 1_000_000;

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

/** One output file: records are appended in the chosen format. */
function output(file: AtomicFile, format: Format) {
  let written = 0;
  return {
    get written() {
      return written;
    },
    async open() {
      if (format === 'json') await file.write('[');
    },
    async append(records: readonly unknown[]) {
      if (records.length === 0) return;
      const text = format === 'ndjson'
        ? records.map((r) => `${JSON.stringify(r)}\n`).join('')
        : records.map((r, i) => `${written + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join('');
      written += records.length;
      await file.write(text);
    },
    async close() {
      if (format === 'json') await file.write(written > 0 ? '\n]\n' : ']\n');
      await file.commit();
    },
  };
}

/**
 * Writes every collection of one kind of owner, a run of owners at a time across all of
 * them, so each student (or staff member) is generated once however big the school.
 * Returns the number of records written.
 */
async function writeOwners(dir: string, views: [name: string, view: CollectionView][], format: Format, progress: Progress | null, label: string): Promise<number> {
  const owners = views[0]![1].owners!;
  const files = views.map(([name]) => openAtomic(join(dir, `${name}.${format}`)));
  const outputs = files.map((file) => output(file, format));
  try {
    for (const out of outputs) await out.open();
    for (let from = 0; from < owners.count; from += CHUNK) {
      const to = Math.min(from + CHUNK, owners.count);
      for (const [i, [, view]] of views.entries()) await outputs[i]!.append(view.owners!.records(from, to));
      progress?.update(label, to, owners.count, to === owners.count, owners.kind === 'student' ? 'students' : owners.kind);
    }
    for (const out of outputs) await out.close();
  } catch (error) {
    await Promise.all(files.map((file) => file.abort()));
    throw error;
  }
  return outputs.reduce((sum, out) => sum + out.written, 0);
}

/** Every school's files, then the index; returns the number of records written. */
async function writeDataset(dataset: Dataset, out: string, format: Format, progress: Progress | null): Promise<number> {
  await mkdir(out, { recursive: true });
  let total = 0;
  for (const school of dataset.schools) {
    const dir = join(out, school.centreCode);
    await mkdir(dir, { recursive: true });
    const all = dataset.collections.map(({ name }): [string, CollectionView] => [name, dataset.collection(school.centreCode, name)!]);
    // Each kind of owner's collections together: QTeachers' students then staff, or a model's own kinds.
    for (const kind of new Set(all.map(([, view]) => view.owners?.kind))) {
      const views = all.filter(([, view]) => view.owners?.kind === kind);
      if (kind !== undefined) total += await writeOwners(dir, views, format, progress, `${school.centreCode} ${kind === 'student' ? 'students' : kind}`);
    }
  }
  progress?.done();
  const index = { seed: dataset.options.seed, options: dataset.options, schools: dataset.schools, collections: dataset.collections };
  await writeAtomic(join(out, 'index.json'), () => [`${JSON.stringify(index, null, 2)}\n`]);
  return total;
}

/**
 * `seedhub generate`. A progress bar goes to stderr when it is a terminal and CI is not set;
 * pass `progress: null` for none. A run of more than `LARGE_RUN` records says how big it is
 * first, on stderr, terminal or not (a CI log shows why a step takes an hour).
 */
export async function generate(args: string[], io: Io, progress: Progress | null = showsProgress(process.stderr, process.env) ? progressBar(process.stderr) : null): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, out: { type: 'string' }, format: { type: 'string' } });
  const out = values.out;
  if (!out) throw new UsageError('Failed to generate: --out DIR is required.');
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Failed to read --format: "${values.format}" is not json or ndjson.`);
  const model = values.openapi === undefined ? undefined : (await openApiModel(values.openapi, io)).model;
  const dataset = createDataset(hubOptions(values, io.error), model);
  const estimate = estimateRun(dataset, format);
  if (estimate.records > LARGE_RUN) io.error(`seedhub generate: ${describeEstimate(estimate)}: this takes a while (Ctrl-C stops it cleanly)`);
  return untilStopped('generate', io, async () => {
    const total = await writeDataset(dataset, out, format, progress);
    io.out(`seedhub wrote ${total} records of ${dataset.schools.length} schools to ${out} (${format})`);
    return 0;
  }, () => progress?.done());
}
