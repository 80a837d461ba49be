// `npm run bench`: issue 13's benchmark. Loopback only, bounded (about 6 minutes on 2
// cores); every server and child it starts is stopped before it ends. seedhub runs from
// dist/ (built first), as users run it. Each target is a ratio against a baseline measured
// in the same run, in interleaved rounds; it prints each target as met or not and writes
// docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataset, openApiDocument, type Dataset } from '../dist/core.js';
import { measureBrowser } from './browser.ts';
import { measureFixture } from './fixture.ts';
import { measureGenerate } from './generate.ts';
import { measureInterception } from './interception.ts';
import { load, pathsFile, type LoadResult } from './load.ts';
import { killAll, memoryOf, startBenchServer, startJsonServer, startPrism, type Started } from './processes.ts';
import { writeReport, type Report } from './report.ts';
import { measureStartup } from './startup.ts';
import { millionPage, SAME_PAGE, TARGETS } from './targets.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Students of the `seedhub generate` runs (one school, every collection). */
const GENERATE_STUDENTS = Number(process.env.BENCH_GENERATE_STUDENTS ?? 20_000);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const perSecond = (result: LoadResult) => `${Math.round(result.requestsPerSecond)} req/s (p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms${result.errors || result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''})`;

async function withServers<T>(starts: (() => Promise<Started>)[], use: (servers: Started[]) => Promise<T>): Promise<T> {
  const servers: Started[] = [];
  try {
    for (const start of starts) servers.push(await start());
    return await use(servers);
  } finally {
    for (const server of servers) await server.stop();
  }
}

/** Loads each server in turn, `ROUNDS` times over: one result per server per round. `after` runs after each round. */
async function interleaved(servers: { name: string; url: string }[], paths: string, after: () => void = () => {}): Promise<LoadResult[][]> {
  const results: LoadResult[][] = servers.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, server] of servers.entries()) {
      const result = await load(server.url, paths, SECONDS);
      results[i]!.push(result);
      log(`  round ${round + 1}, ${server.name}: ${perSecond(result)}`);
    }
    after();
  }
  return results;
}

/** Every page of every size 1..100 of every collection of every school. */
function everyPage(dataset: Dataset): string[] {
  const paths: string[] = [];
  for (const { centreCode } of dataset.schools) {
    for (const { name, route } of dataset.collections) {
      const count = dataset.collection(centreCode, name)!.count;
      for (let size = 1; size <= 100; size++) {
        for (let page = 0; page * size < count; page++) paths.push(`${route.replace('{school}', centreCode)}?navigationPage=${page}&navigationPageSize=${size}`);
      }
    }
  }
  return paths;
}

/** The same pages in json-server's terms: one resource per school and collection, `_page` from 1. */
function jsonServerPaths(paths: readonly string[], dataset: Dataset): string[] {
  const routes = dataset.collections.map(({ name, route }) => ({ name, pattern: new RegExp(`^${route.replace('{school}', '(\\d+)')}\\?navigationPage=(\\d+)&navigationPageSize=(\\d+)$`) }));
  return paths.map((path) => {
    for (const { name, pattern } of routes) {
      const match = pattern.exec(path);
      if (match) return `/${match[1]}-${name}?_page=${Number(match[2]) + 1}&_limit=${match[3]}`;
    }
    throw new Error(`no route for ${path}`);
  });
}

async function servingRows(work: string): Promise<Pick<Report, 'same' | 'random' | 'peers'>> {
  const dataset = createDataset();
  const paths = everyPage(dataset);
  const every = pathsFile(paths);
  log(`Serving: the same page again and again, then ${paths.length.toLocaleString('en-AU')} pages of every size 1..100 in random order (default hub)…`);
  const [same, random] = await withServers([() => startBenchServer(['bare', every]), () => startBenchServer(['seedhub'])], async ([bare, seedhub]) => {
    const servers = [
      { name: 'bare, every answer precomputed', url: bare!.url },
      { name: 'seedhub', url: seedhub!.url },
    ];
    log(' the same page:');
    const [sameBare, sameSeedhub] = await interleaved(servers, pathsFile([SAME_PAGE]));
    log(' random pages:');
    const [randomBare, randomSeedhub] = await interleaved(servers, every);
    return [
      { bare: sameBare!, seedhub: sameSeedhub! },
      { paths: paths.length, bare: randomBare!, seedhub: randomSeedhub! },
    ];
  });
  log(' peers, the same random pages:');
  const db = join(work, 'db.json');
  const resources: Record<string, unknown[]> = {};
  for (const { centreCode } of dataset.schools) {
    for (const { name } of dataset.collections) {
      const view = dataset.collection(centreCode, name)!;
      resources[`${centreCode}-${name}`] = view.slice(0, view.count);
    }
  }
  writeFileSync(db, JSON.stringify(resources));
  const jsonPaths = jsonServerPaths(paths, dataset);
  const jsonServer = await withServers([() => startJsonServer(db, jsonPaths[0]!)], ([server]) => load(server!.url, pathsFile(jsonPaths), SECONDS));
  log(`  json-server 0.17: ${perSecond(jsonServer)}`);
  const document = join(work, 'openapi.json');
  writeFileSync(document, JSON.stringify(openApiDocument(dataset)));
  const prism = await withServers([() => startPrism(document, paths[0]!)], ([server]) => load(server!.url, every, SECONDS));
  log(`  Prism 5.14 (static examples from seedhub's /openapi.json): ${perSecond(prism)}`);
  return { same, random, peers: { jsonServer, prism } };
}

async function millionRows(): Promise<Report['million']> {
  log('A 1,000,000-student school: random pages of 10 (any of 100,000)…');
  const paths = pathsFile(Array.from({ length: 100_000 }, (_, page) => millionPage(page)));
  return withServers([() => startBenchServer(['bare-million']), () => startBenchServer(['seedhub-million'])], async ([bare, seedhub]) => {
    const idle = memoryOf(seedhub!.pid);
    // Its resident memory after each round: flat once its bounded caches have filled.
    const rounds: number[] = [];
    const [bareRuns, seedhubRuns] = await interleaved(
      [
        { name: 'bare, one page of 10 precomputed', url: bare!.url },
        { name: 'seedhub', url: seedhub!.url },
      ],
      paths,
      () => rounds.push(memoryOf(seedhub!.pid).rssMb),
    );
    const after = memoryOf(seedhub!.pid);
    log(`  seedhub RSS: ${idle.rssMb.toFixed(0)} MB idle, after each round ${rounds.map((mb) => mb.toFixed(0)).join(', ')} MB, peak ${after.peakMb.toFixed(0)} MB`);
    return { bare: bareRuns!, seedhub: seedhubRuns!, idleRssMb: idle.rssMb, roundRssMb: rounds, peakRssMb: after.peakMb };
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  log('Building dist/ (the compiled package the benchmark runs)…');
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'seedhub-bench-'));
  try {
    const serving = await servingRows(work);
    const million = await millionRows();
    log('Node-side interception vs a loopback server, in one process…');
    const interception = await measureInterception();
    log(`  ${JSON.stringify(interception)}`);
    log('Start-up to the first answer, and idle RSS…');
    const startup = await measureStartup();
    log(`  ${JSON.stringify(startup)}`);
    log('Chromium: route mode vs server mode vs plain page.route…');
    const browser = await measureBrowser();
    log(`  ${JSON.stringify(browser)}`);
    log(`seedhub generate --format ndjson --centres 0220 --students ${GENERATE_STUDENTS}, one thread vs every core…`);
    const generate = await measureGenerate(GENERATE_STUDENTS);
    for (const run of generate) log(`  ${run.threads} thread(s): ${run.records} records in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`);
    log('Fixture overhead: 100 tests with the hub in server mode vs without…');
    const fixture = await measureFixture();
    log(`  ${fixture.overheadPercent.map((p) => `${p.toFixed(1)} %`).join(', ')}`);
    const report: Report = { ...serving, million, interception, startup, browser, generate, fixture, seconds: (performance.now() - started) / 1000, loadSeconds: SECONDS, rounds: ROUNDS, generateStudents: GENERATE_STUDENTS };
    process.stdout.write(writeReport(report, TARGETS));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} finally {
  killAll();
}
