// The benchmark's verdicts and docs/benchmarks.md: each target met or not with its figure,
// the tables behind them, the machine and the command.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import type { BrowserResult } from './browser.ts';
import type { FixtureResult } from './fixture.ts';
import type { GenerateRun } from './generate.ts';
import type { InterceptionResult } from './interception.ts';
import type { LoadResult } from './load.ts';
import type { StartupResult, StartupStats } from './startup.ts';
import { median } from './stats.ts';
import type { TARGETS } from './targets.ts';

/** One server's load runs, one per round, and a baseline's in the same rounds. */
export interface Compared {
  bare: LoadResult[];
  seedhub: LoadResult[];
}

export interface Report {
  same: Compared;
  random: Compared & { paths: number };
  peers: { jsonServer: LoadResult; prism: LoadResult };
  million: Compared & { idleRssMb: number; roundRssMb: number[]; peakRssMb: number };
  interception: InterceptionResult;
  startup: StartupResult;
  browser: BrowserResult;
  generate: GenerateRun[];
  fixture: FixtureResult;
  seconds: number;
  loadSeconds: number;
  rounds: number;
  generateStudents: number;
}

interface Verdict {
  target: string;
  measured: string;
  met: boolean;
  /** Where the time or memory goes, and what would move it; said when not met. */
  limit: string;
}

const round = (n: number) => Math.round(n).toLocaleString('en-AU');
const fixed = (n: number, digits = 2) => n.toFixed(digits);
const rates = (runs: readonly LoadResult[]) => runs.map((run) => run.requestsPerSecond);
const spread = (values: readonly number[], format: (n: number) => string = round) => `${format(median(values))} (${values.map(format).join(', ')})`;
/** Each round's ratio of seedhub to the baseline, and their median. */
const ratios = ({ bare, seedhub }: Compared) => seedhub.map((run, i) => run.requestsPerSecond / bare[i]!.requestsPerSecond);

function generateFigures(runs: readonly GenerateRun[]) {
  const one = runs.filter((run) => run.threads === 1);
  const many = runs.filter((run) => run.threads > 1);
  const perSecond = (list: readonly GenerateRun[]) => list.map((run) => run.records / run.seconds);
  const speedups = many.map((run, i) => one[i]!.seconds / run.seconds);
  return {
    threads: many[0]?.threads ?? 1,
    records: one[0]!.records,
    one: perSecond(one),
    many: perSecond(many),
    speedups,
    peak: Math.max(...runs.map((run) => run.peakRssMb)),
    sameBytes: new Set(runs.map((run) => run.sha256)).size === 1,
  };
}

function verdicts(report: Report, targets: typeof TARGETS): Verdict[] {
  const random = ratios(report.random);
  const million = median(rates(report.million.seedhub));
  const millionRatio = ratios(report.million);
  const { seedhub: start } = report.startup;
  const gen = generateFigures(report.generate);
  return [
    {
      target: `1. random pages of every size 1..100 over every endpoint ≥ ${targets.randomVsBare}× a bare server holding every answer`,
      measured: `${fixed(median(random))}× (rounds: ${random.map((r) => fixed(r)).join(', ')}; ${round(median(rates(report.random.seedhub)))} vs ${round(median(rates(report.random.bare)))} req/s over ${round(report.random.paths)} URLs)`,
      met: median(random) >= targets.randomVsBare,
      limit: 'per request the hub parses and checks the URL, joins the page from cached record texts and adds its ETag and headers; the bare server writes a string it already holds',
    },
    {
      target: `2. random pages of 10 in a 1,000,000-student school ≥ ${round(targets.millionRequestsPerSecond)} req/s and ≥ ${targets.millionVsBare}× the bare ceiling, memory flat`,
      measured: `${round(million)} req/s, ${fixed(median(millionRatio), 3)}× (rounds: ${rates(report.million.seedhub).map(round).join(', ')} req/s); RSS ${round(report.million.idleRssMb)} MB idle, after each round ${report.million.roundRssMb.map(round).join(', ')} MB, peak ${round(report.million.peakRssMb)} MB`,
      met: million >= targets.millionRequestsPerSecond && median(millionRatio) >= targets.millionVsBare,
      limit:
        'a random page of 10 students almost never repeats, so each is generated whole: about 75 µs a student in one process (0.75 ms a page, so one core tops out near 1,300 pages a second before HTTP). A CPU profile of that load: the student\'s household (home address, family name) 48 % of the time, health conditions 19 %, schooling history 9 %; across them, seeding keyed alea streams (three Mash passes over each field\'s key) 26 % and garbage collection 8 %. What would move it: a student\'s fields computed when a view reads them rather than all at once (a /students record needs neither conditions nor history), cheaper streams for fields that draw once (which changes bytes, so a new data version), and counts per owner that need no entity, so that /flags and /parents of a huge school need not build every student before their first page (today: minutes)',
    },
    {
      target: `3. Node-side interception ≥ ${targets.interceptVsLoopback}× a loopback server in the same process`,
      measured: `${fixed(report.interception.ratio)}× (${round(report.interception.kinds.seedhub.median)} vs ${round(report.interception.kinds.loopback.median)} sequential fetch/s; MSW 2.15 static ${fixed(report.interception.mswRatio)}×, plain nock static ${fixed(report.interception.nockRatio)}×)`,
      met: report.interception.ratio >= targets.interceptVsLoopback,
      limit: 'see the interception section',
    },
    {
      target: `4. \`seedhub serve\` start-up ≤ ${targets.startupMs} ms to the first answer and idle RSS ≤ ${targets.idleRssMb} MB`,
      measured: `${round(start.medianMs)} ms (${round(start.minMs)}–${round(start.maxMs)}), idle RSS ${round(start.medianRssMb)} MB; bare node:http ${round(report.startup.bare.medianMs)} ms/${round(report.startup.bare.medianRssMb)} MB, json-server ${round(report.startup.jsonServer.medianMs)} ms/${round(report.startup.jsonServer.medianRssMb)} MB`,
      met: start.medianMs <= targets.startupMs && start.medianRssMb <= targets.idleRssMb,
      limit: 'Node itself takes the bare server\'s figures; on top, the generation code and Faker\'s en_AU/en definitions the QTeachers model draws from, and building the default hub\'s schools',
    },
    {
      target: `5. \`generate\` on every core: ≥ ${targets.generateSpeedup}× one thread, ≥ ${round(targets.generateRecordsPerSecond)} records/s, peak RSS ≤ ${targets.generatePeakRssMb} MB, the same bytes`,
      measured: `${fixed(median(gen.speedups))}× with ${gen.threads} threads (rounds: ${gen.speedups.map((s) => fixed(s)).join(', ')}); ${round(median(gen.many))} records/s (one thread ${round(median(gen.one))}); peak RSS ${round(gen.peak)} MB; ${gen.sameBytes ? 'byte-identical output in every run' : 'OUTPUT DIFFERS between runs'}`,
      met: median(gen.speedups) >= targets.generateSpeedup && median(gen.many) >= targets.generateRecordsPerSecond && gen.peak <= targets.generatePeakRssMb && gen.sameBytes,
      limit:
        'one generating thread already keeps about 1.2 cores busy (V8\'s concurrent garbage collector and the file writes run beside it: 119 % CPU measured), so on 2 cores two threads top out near 2 / 1.19 = 1.68×, and measured 190 % CPU; records/s is bounded by the per-record cost, about 33 µs of CPU (profile: 13 % garbage collection, 11 % Mash seeding keyed streams, 7 % JSON, the rest the model\'s fields); memory is each worker\'s own heap and modules (about 100 MB each) beside the writing thread. What would move it: fewer objects per record (less garbage, so less collector beside each thread) and the per-field stream cost above',
    },
  ];
}

function loadTable(report: Report): string {
  const lines = ['| What a client does | Server | req/s, median (each round) | p50 / p99 ms | × baseline |', '|---|---|--:|--:|--:|'];
  const row = (what: string, name: string, runs: readonly LoadResult[], baseline: number) => {
    const last = runs.at(-1)!;
    const errors = runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0);
    lines.push(`| ${what} | ${name}${errors ? ` (${errors} errors or non-2xx)` : ''} | ${spread(rates(runs))} | ${last.p50Ms} / ${last.p99Ms} | ${fixed(median(rates(runs)) / baseline)} |`);
  };
  const sameBase = median(rates(report.same.bare));
  row('the same page again and again', 'bare node:http, the answer precomputed (baseline)', report.same.bare, sameBase);
  row('the same page again and again', 'seedhub', report.same.seedhub, sameBase);
  const randomBase = median(rates(report.random.bare));
  const what = `random pages, sizes 1..100, every endpoint (${round(report.random.paths)} URLs)`;
  row(what, 'bare node:http, every answer precomputed (baseline)', report.random.bare, randomBase);
  row(what, 'seedhub', report.random.seedhub, randomBase);
  row(what, 'json-server 0.17, `_page`/`_limit` over the same records', [report.peers.jsonServer], randomBase);
  row(what, "Prism 5.14 mock of seedhub's /openapi.json (static examples)", [report.peers.prism], randomBase);
  const millionBase = median(rates(report.million.bare));
  row('random pages of 10, 1,000,000-student school', 'bare node:http, one page precomputed (ceiling)', report.million.bare, millionBase);
  row('random pages of 10, 1,000,000-student school', 'seedhub', report.million.seedhub, millionBase);
  return lines.join('\n');
}

function interceptionTable({ kinds, requests, rounds }: InterceptionResult): string {
  const names: Record<keyof InterceptionResult['kinds'], string> = {
    loopback: 'a loopback `HubServer` in the same process (baseline)',
    seedhub: "seedhub's Node-side interception (`hub.interceptNode`'s path)",
    msw: 'MSW 2.15 `setupServer`, one static answer',
    nock: 'plain nock 14, one static answer',
  };
  const base = kinds.loopback.median;
  const lines = [`${round(requests)} sequential \`fetch\`es per round, ${rounds} interleaved rounds, one process (this row runs seedhub's sources under tsx: the Node-side transport is internal, reached through the \`hub\` fixture, not an export).`, '', '| Answered by | fetch/s, median (each round) | × baseline |', '|---|--:|--:|'];
  for (const kind of Object.keys(names) as (keyof typeof names)[]) lines.push(`| ${names[kind]} | ${spread(kinds[kind].rounds)} | ${fixed(kinds[kind].median / base)} |`);
  return lines.join('\n');
}

function startupTable(result: StartupResult): string {
  const lines = ['| Process | ms to the first answer, median (min–max) | idle RSS MB, median |', '|---|--:|--:|'];
  const row = (name: string, stats: StartupStats) => lines.push(`| ${name} | ${round(stats.medianMs)} (${round(stats.minMs)}–${round(stats.maxMs)}) | ${round(stats.medianRssMb)} |`);
  row('`node bin/seedhub.js serve --port 0` (default hub)', result.seedhub);
  row('bare `node:http` (bench/bare-server.mjs)', result.bare);
  row('json-server 0.17, a small db.json', result.jsonServer);
  return `${result.rounds} interleaved rounds, each a new process.\n\n${lines.join('\n')}`;
}

function browserTable(result: BrowserResult): string {
  const base = median(result.server);
  const lines = ['| Transport | fetch/s, median (each round) | × server mode |', '|---|--:|--:|'];
  for (const [kind, name] of [
    ['server', "`hubTransport: 'server'` (the worker's HTTP server)"],
    ['route', "`hubTransport: 'route'` (`context.route`, no port)"],
    ['plain page.route', 'a plain `page.route` fulfilling each URL with its body precomputed'],
  ] as const) {
    lines.push(`| ${name} | ${spread(result[kind])} | ${fixed(median(result[kind]) / base)} |`);
  }
  return lines.join('\n');
}

function generateTable(report: Report): string {
  const lines = ['| Threads | Records | Seconds | Records/s | Peak RSS MB | SHA-256 of the files |', '|--:|--:|--:|--:|--:|---|'];
  for (const run of report.generate) lines.push(`| ${run.threads} | ${round(run.records)} | ${fixed(run.seconds, 1)} | ${round(run.records / run.seconds)} | ${round(run.peakRssMb)} | \`${run.sha256.slice(0, 16)}…\` |`);
  return lines.join('\n');
}

/** Whether rounds that disagree this much can tell an overhead from noise. */
function noise(percents: readonly number[]): string {
  const range = Math.max(...percents) - Math.min(...percents);
  return range >= Math.abs(median(percents))
    ? `The rounds differ by ${fixed(range, 1)} points, more than the median overhead: at this size the difference is within the noise of Playwright's own start-up.`
    : `The rounds differ by ${fixed(range, 1)} points, less than the median overhead.`;
}

/** Writes docs/benchmarks.md and returns what `npm run bench` prints. */
export function writeReport(report: Report, targets: typeof TARGETS): string {
  const all = verdicts(report, targets);
  const verdictLines = all.map((v) => `- **${v.met ? 'MET' : 'NOT MET'}**: ${v.target}: ${v.measured}.${v.met ? '' : ` Where it goes: ${v.limit}.`}`);
  const cpu = cpus();
  const machine = `${type()} ${process.arch}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fixed(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}`;
  const { fixture } = report;
  const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); do not edit by hand. Figures are from one run on
one machine: compare the ratios, each against a baseline measured in the same run, in
interleaved rounds. The benchmark never runs in \`npm test\` or CI.

- Machine: ${machine}
- Command: \`npm run bench\` (seedhub from dist/, as users run it; ${report.loadSeconds} s per load run after a 1 s warm-up, ${report.rounds} interleaved rounds, 10 connections, autocannon in its own process, every server in its own process, loopback only); whole run ${fixed(report.seconds / 60, 1)} minutes

## Targets (issue 13)

${verdictLines.join('\n')}

## Serving pages over HTTP

${loadTable(report)}

Random pages: every page of every size 1..100 of every collection of every school of the
default hub, asked for in a seeded shuffled order (each run its own), so no page repeats
until all have been asked for. The 1 s warm-up before each run and the rounds before it have
asked for most of them already: this row is seedhub warm, each page joined from cached
record texts (the default cache holds the default hub whole); the million-student row is
the cold case. json-server serves the same records (written from seedhub's dataset to a
\`db.json\`, one resource per school and collection); Prism answers every page with the
example in seedhub's OpenAPI document and checks nothing. The million-student row asks for
any of its 100,000 pages of 10; its ceiling is a bare server answering one page of the same
size. Latencies are autocannon's, in whole milliseconds, from the last round. With autocannon
and the server sharing 2 cores, ratios within about ±15 % are noise.

## Node-side interception

${interceptionTable(report.interception)}

## Start-up and idle memory

${startupTable(report.startup)}

## Chromium: route mode and server mode

500 sequential \`fetch\`es of 500 different pages (the students of each school, sizes
1..100, pages 0 and 1) with \`cache: 'no-store'\`, so every answer is whole, from a page on
the hub's origin; one Playwright run with 1 worker, the three kinds interleaved.

${browserTable(report.browser)}

## \`seedhub generate --format ndjson\`

One school (0220) of ${round(report.generateStudents)} students, every collection, the compiled bin in its own
process, one thread and every core in interleaved rounds. Peak RSS is the process's
\`maxRSS\` (worker threads included). Every run must write the same bytes.

${generateTable(report)}

## Fixture overhead

A spec file of 100 tests, each GETting one page, run by Playwright with 1 worker: with the
\`hub\` fixture in server mode versus a bare \`node:http\` server started in \`beforeAll\`
returning the same bytes, in ${fixture.overheadPercent.length} rounds alternating which runs first. Wall time of
each whole \`playwright test\` run: ${fixture.withHub.map((s) => fixed(s)).join(', ')} s with the hub,
${fixture.withoutHub.map((s) => fixed(s)).join(', ')} s without; overhead ${spread(fixture.overheadPercent, (p) => `${fixed(p, 1)} %`)}.
${noise(fixture.overheadPercent)}
`;
  writeFileSync('docs/benchmarks.md', markdown);
  return `\n${loadTable(report)}\n\n${verdictLines.join('\n')}\n\nWrote docs/benchmarks.md\n`;
}
