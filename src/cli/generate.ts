// `seedhub generate`: every collection of every school, written to disk.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataset, type CollectionView } from '../generate/dataset.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import type { Io } from './io.ts';
import { writeAtomic } from '../write-atomic.ts';

const FORMATS = ['json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];
/** Records generated per chunk written; bounds memory for any size of school. */
const CHUNK = 1000;

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
    update(label: string, done: number, total: number, force = false): void {
      const time = now();
      if (!force && time - drawn < 100) return;
      drawn = time;
      const width = 24;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const rate = Math.round(done / Math.max((time - started) / 1000, 0.001));
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${done}/${total} (${rate} records/s)`;
      target.write(`\r${line.slice(0, Math.max(20, (target.columns ?? 100) - 1))}\u001b[K`);
      shown = true;
    },
    done(): void {
      if (shown) target.write('\r\u001b[K');
    },
  };
}

type Progress = ReturnType<typeof progressBar>;

function* lines(view: CollectionView, format: Format, onChunk?: (done: number, total: number) => void): Iterable<string> {
  if (format === 'json') yield '[';
  for (let offset = 0; offset < view.count; offset += CHUNK) {
    onChunk?.(Math.min(offset + CHUNK, view.count), view.count);
    const records = view.slice(offset, CHUNK);
    if (format === 'ndjson') yield records.map((r) => `${JSON.stringify(r)}\n`).join('');
    else yield records.map((r, i) => `${offset + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join('');
  }
  if (format === 'json') yield view.count > 0 ? '\n]\n' : ']\n';
}

/**
 * `seedhub generate`. A progress bar goes to stderr when it is a terminal and CI is not set;
 * pass `progress: null` for none.
 */
export async function generate(args: string[], io: Io, progress: Progress | null = showsProgress(process.stderr, process.env) ? progressBar(process.stderr) : null): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, out: { type: 'string' }, format: { type: 'string' } });
  if (!values.out) throw new UsageError('Failed to generate: --out DIR is required.');
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Failed to read --format: "${values.format}" is not json or ndjson.`);
  const dataset = createDataset(hubOptions(values));
  await mkdir(values.out, { recursive: true });
  let total = 0;
  for (const school of dataset.schools) {
    const dir = join(values.out, school.centreCode);
    await mkdir(dir, { recursive: true });
    for (const { name } of dataset.collections) {
      const view = dataset.collection(school.centreCode, name)!;
      const label = `${school.centreCode} ${name}`;
      const onChunk = progress ? (done: number, count: number) => progress.update(label, done, count, done === count) : undefined;
      await writeAtomic(join(dir, `${name}.${format}`), () => lines(view, format, onChunk));
      total += view.count;
    }
  }
  progress?.done();
  const index = { seed: dataset.options.seed, options: dataset.options, schools: dataset.schools, collections: dataset.collections };
  await writeAtomic(join(values.out, 'index.json'), () => [`${JSON.stringify(index, null, 2)}\n`]);
  io.out(`seedhub wrote ${total} records of ${dataset.schools.length} schools to ${values.out} (${format})`);
  return 0;
}
