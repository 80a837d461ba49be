// Route mode vs server mode in Chromium: one Playwright run (1 worker) of a spec whose tests
// each make FETCHES sequential `fetch`es from a page, through the `hub` fixture with
// `hubTransport: 'route'`, with `'server'`, and through a plain `page.route` answering each
// URL with its body precomputed (the floor of route mode). Rounds interleave the three. The spec and its
// config are written to bench/.work/ and removed after.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChild } from './processes.ts';

const DIR = 'bench/.work/browser';
export const FETCHES = 500;
export const KINDS = ['route', 'server', 'plain page.route'] as const;
export type BrowserKind = (typeof KINDS)[number];

const CONFIG = `import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../specs/support/browser.ts';
const chromium = findChromium();
export default defineConfig({
  testDir: '.', workers: 1, reporter: 'dot', fullyParallel: false, timeout: 120_000,
  use: { browserName: 'chromium', headless: true, launchOptions: chromium ? { executablePath: chromium, args: [...CHROMIUM_ARGS] } : {} },
});
`;

const spec = (rounds: number, out: string) => `import { appendFileSync } from 'node:fs';
import { test } from '../../../dist/index.js';
import { createDataset, createHandler } from '../../../dist/core.js';

// ${FETCHES} different pages of the default hub's students (each school, sizes 1..100, pages
// 0 and 1), the same for every kind.
const codes = createDataset().schools.map((school) => school.centreCode);
const paths = Array.from({ length: ${FETCHES} }, (_, i) => '/qt_student/school-api/schools/' + codes[i % codes.length] + '/students?navigationPage=' + Math.floor(i / 400) + '&navigationPageSize=' + ((Math.floor(i / codes.length) % 100) + 1));
const handle = createHandler(createDataset());
const bodies = new Map(paths.map((path) => [path, handle({ method: 'GET', url: path }).body]));

// The page is on the hub's own origin (its index), so no request is cross-origin or, in
// server mode, a public page calling loopback (which Chromium's Private Network Access blocks).
async function timeFetches(page, origin, urls) {
  await page.goto(origin + '/');
  return page.evaluate(async (list) => {
    const started = performance.now();
    // no-store: every kind sends its whole answer (server mode's ETags would otherwise turn
    // repeats into 304s, which routed requests never get: Playwright turns the cache off).
    for (const url of list) await (await fetch(url, { cache: 'no-store' })).text();
    return performance.now() - started;
  }, urls);
}

const record = (kind, ms) => appendFileSync(${JSON.stringify(out)}, JSON.stringify({ kind, ms }) + '\\n');

for (let round = 0; round < ${rounds}; round++) {
  for (const transport of ['route', 'server']) {
    test.describe(transport + ' ' + round, () => {
      test.use({ hubTransport: transport });
      test('hub ' + transport + ' ' + round, async ({ hub, page }) => record(transport, await timeFetches(page, hub.baseURL, paths.map((path) => hub.url(path)))));
    });
  }
  test('plain page.route ' + round, async ({ page }) => {
    await page.route('http://api.test/**', (route) => {
      const url = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: bodies.get(url.pathname + url.search) ?? '' });
    });
    record('plain page.route', await timeFetches(page, 'http://api.test', paths.map((path) => 'http://api.test' + path)));
  });
}
`;

export type BrowserResult = Record<BrowserKind, number[]>;

/** Fetches per second of each kind, one figure per round. */
export async function measureBrowser(rounds = 3): Promise<BrowserResult> {
  mkdirSync(DIR, { recursive: true });
  const out = resolve(DIR, 'results.ndjson');
  try {
    writeFileSync(join(DIR, 'playwright.config.ts'), CONFIG);
    writeFileSync(join(DIR, 'browser.spec.js'), spec(rounds, out));
    await runChild(['node_modules/@playwright/test/cli.js', 'test', '-c', join(DIR, 'playwright.config.ts')], 600_000);
    const result: BrowserResult = { route: [], server: [], 'plain page.route': [] };
    for (const line of readFileSync(out, 'utf8').trim().split('\n')) {
      const { kind, ms } = JSON.parse(line) as { kind: BrowserKind; ms: number };
      result[kind].push((FETCHES / ms) * 1000);
    }
    return result;
  } finally {
    rmSync(DIR, { recursive: true, force: true });
  }
}
