// `seedhub generate` (the compiled bin, as users run it) with one thread and with every
// core, in interleaved rounds: records/s, wall time and peak RSS of each run, and whether
// the runs wrote the same bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runChild } from './processes.ts';

export interface GenerateRun {
  threads: number;
  records: number;
  seconds: number;
  peakRssMb: number;
  /** SHA-256 over every file, in path order. */
  sha256: string;
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

async function generateOnce(students: number, threads: number): Promise<GenerateRun> {
  const out = mkdtempSync(join(tmpdir(), 'seedhub-bench-generate-'));
  const rss = join(out, '..', `${out.split('/').pop()}.rss`);
  try {
    const started = performance.now();
    const args = ['--import', './bench/peak-rss.mjs', 'bin/seedhub.js', 'generate', '--out', out, '--format', 'ndjson', '--centres', '0220', '--students', String(students), '--threads', String(threads)];
    const text = await runChild(args, 600_000, { SEEDHUB_BENCH_RSS: rss });
    const seconds = (performance.now() - started) / 1000;
    const records = Number(/wrote (\d+) records/.exec(text)?.[1] ?? Number.NaN);
    return { threads, records, seconds, peakRssMb: Number(readFileSync(rss, 'utf8')), sha256: digest(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(rss, { force: true });
  }
}

/** `rounds` of (one thread, every core), each a whole run in its own process. */
export async function measureGenerate(students: number, rounds = 2): Promise<GenerateRun[]> {
  const cores = availableParallelism();
  const runs: GenerateRun[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const threads of [1, cores]) runs.push(await generateOnce(students, threads));
  }
  return runs;
}
