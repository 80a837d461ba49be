// One load run: autocannon (bench/cannon.ts, in its own process) against a server on
// loopback, each request taking the next of a list of paths.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'autocannon';
import { runChild } from './processes.ts';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const work = mkdtempSync(join(tmpdir(), 'seedhub-bench-paths-'));
process.once('exit', () => rmSync(work, { recursive: true, force: true }));
let files = 0;

/** Writes `paths` where bench/cannon.ts reads them; returns the file. */
export function pathsFile(paths: readonly string[]): string {
  const file = join(work, `paths-${files++}.json`);
  writeFileSync(file, JSON.stringify(paths));
  return file;
}

/** Load runs so far: each shuffles its paths its own way. */
let runs = 0;

/**
 * `connections` keep-alive connections for `seconds` against `base`, each request the next
 * path of `paths` (a file from `pathsFile`), after a 1 s warm-up run that is thrown away.
 */
export async function load(base: string, paths: string, seconds: number, connections = 10): Promise<LoadResult> {
  const cannon = ['--import', 'tsx', 'bench/cannon.ts', base, paths];
  // Every run shuffles the paths its own way (bench/cannon.ts): the measured run does not
  // begin with the pages its warm-up just asked for.
  await runChild([...cannon, '1', String(connections), `warm-up ${runs}`], 30_000);
  const out = await runChild([...cannon, String(seconds), String(connections), `run ${runs++}`], (seconds + 30) * 1000);
  const result = JSON.parse(out) as Result;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
