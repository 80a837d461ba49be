// `npm run bench`: issue 6's benchmark. Loopback only, bounded (about 3 minutes on 2
// cores); every server and child it starts is stopped before it ends. Prints each target
// as met or not and writes docs/benchmarks.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataset } from '../src/generate/dataset.ts';
import { measureFixture, type FixtureResult } from './fixture.ts';
import { load, type LoadResult } from './load.ts';
import { killAll, memoryOf, runChild, startBenchServer, startJsonServer, type Started } from './processes.ts';
import { writeReport, type Report, type Row } from './report.ts';
import { JSON_SERVER_PAGE, JSON_SERVER_START, MILLION_FIRST, MILLION_LAST, PAGE_PATH, TARGETS } from './targets.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Students of the `seedhub generate` run; see docs/benchmarks.md for why not 1,000,000. */
const GENERATE_STUDENTS = Number(process.env.BENCH_GENERATE_STUDENTS ?? 100_000);

async function withServer<T>(start: () => Promise<Started>, use: (server: Started) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function loadRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (name: string, url: string, result: LoadResult) => {
    rows.push({ name, url, ...result });
    log(`  ${name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
  };
  log('Load: baseline, seedhub, json-server (10,000 students, page of 10)…');
  await withServer(() => startBenchServer(['baseline']), async ({ url }) => add('bare node:http, precomputed slice (baseline)', PAGE_PATH, await load(url + PAGE_PATH, SECONDS)));
  await withServer(() => startBenchServer(['seedhub']), async ({ url }) => add('seedhub HubServer (answer cache on, the default)', PAGE_PATH, await load(url + PAGE_PATH, SECONDS)));
  await withServer(() => startBenchServer(['seedhub-nocache']), async ({ url }) => add('seedhub HubServer, cache off (page generated per request)', PAGE_PATH, await load(url + PAGE_PATH, SECONDS)));
  const dir = mkdtempSync(join(tmpdir(), 'seedhub-bench-'));
  try {
    const students = createDataset({ schools: ['0220'], studentsPerSchool: 10_000 }).collection('0220', 'students')!;
    const db = join(dir, 'db.json');
    writeFileSync(db, JSON.stringify({ students: students.slice(0, students.count) }));
    await withServer(() => startJsonServer(db), async ({ url }) => {
      add('json-server 0.17, `_page`/`_limit`', JSON_SERVER_PAGE, await load(url + JSON_SERVER_PAGE, SECONDS));
      add('json-server 0.17, `_start`/`_limit`', JSON_SERVER_START, await load(url + JSON_SERVER_START, SECONDS));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function million(): Promise<Report['million']> {
  log('A 1,000,000-student school: page 0 vs page 99,999 (cache off), and the server\'s memory…');
  return withServer(() => startBenchServer(['seedhub-nocache', '1000000']), async ({ url, pid }) => {
    const first = await load(url + MILLION_FIRST, SECONDS);
    const last = await load(url + MILLION_LAST, SECONDS);
    const memory = memoryOf(pid);
    log(`  page 0: ${Math.round(first.requestsPerSecond)} req/s; page 99,999: ${Math.round(last.requestsPerSecond)} req/s; RSS ${memory.rssMb.toFixed(0)} MB (peak ${memory.peakMb.toFixed(0)} MB)`);
    return { first, last, ...memory };
  });
}

async function generation(): Promise<Report['generate']> {
  const runs: Report['generate'] = [];
  // Two sizes, both past the entity cache (20,000 entities): equal peaks mean memory stays flat.
  for (const students of [GENERATE_STUDENTS / 2, GENERATE_STUDENTS]) {
    log(`seedhub generate --format ndjson --centres 0220 --students ${students}…`);
    const out = mkdtempSync(join(tmpdir(), 'seedhub-generate-'));
    try {
      const args = ['generate', '--out', out, '--format', 'ndjson', '--centres', '0220', '--students', String(students)];
      const text = await runChild(['--import', 'tsx', 'bench/generate-child.ts', ...args.slice(1)], 240_000);
      const result = JSON.parse(text) as { records: number; seconds: number; peakRssMb: number };
      runs.push({ students, ...result });
      log(`  ${result.records} records in ${result.seconds.toFixed(1)} s: ${Math.round(result.records / result.seconds)} records/s, peak RSS ${result.peakRssMb.toFixed(0)} MB`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return runs;
}

async function main(): Promise<void> {
  const started = performance.now();
  const rows = await loadRows();
  const millionResult = await million();
  const generate = await generation();
  log('Fixture overhead: 100 tests with the hub in server mode vs without…');
  const fixture: FixtureResult = await measureFixture();
  log(`  with hub ${fixture.withHubSeconds.toFixed(2)} s, without ${fixture.withoutHubSeconds.toFixed(2)} s: ${fixture.overheadPercent.toFixed(1)} %`);
  const report: Report = { rows, million: millionResult, generate, fixture, seconds: (performance.now() - started) / 1000, loadSeconds: SECONDS };
  process.stdout.write(writeReport(report, TARGETS));
}

try {
  await main();
} finally {
  killAll();
}
