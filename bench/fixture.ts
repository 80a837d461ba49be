// Fixture overhead: one spec file of 100 tests run by Playwright (1 worker), once using
// the `hub` fixture in server mode (each test GETs a page from the worker's hub server),
// once without it (each test GETs the same bytes from a bare node:http server started in
// beforeAll), in interleaved rounds: the overhead of each round, so its spread shows.
// seedhub is imported from dist/, as users import it. Both files are written to
// bench/.work/ and removed after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runChild } from './processes.ts';
import { SAME_PAGE } from './targets.ts';

const DIR = 'bench/.work/fixture';
const TESTS = 100;

const CONFIG = `import { defineConfig } from '@playwright/test';
export default defineConfig({ testDir: '.', workers: 1, reporter: 'dot', fullyParallel: false });
`;

const WITH_HUB = `import { expect, test } from '../../../dist/index.js';
test.use({ hubTransport: 'server' });
for (let i = 0; i < ${TESTS}; i++) {
  test('with hub ' + i, async ({ hub }) => {
    const response = await fetch(hub.url(${JSON.stringify(SAME_PAGE)}));
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(10);
  });
}
`;

const WITHOUT_HUB = `import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler } from '../../../dist/core.js';
const body = createHandler(createDataset())({ method: 'GET', url: ${JSON.stringify(SAME_PAGE)} }).body;
const server = createServer((req, res) => { req.resume(); res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
let url = '';
test.beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = 'http://127.0.0.1:' + (typeof address === 'object' && address ? address.port : 0);
});
test.afterAll(async () => { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); });
for (let i = 0; i < ${TESTS}; i++) {
  test('without hub ' + i, async () => {
    const response = await fetch(url + ${JSON.stringify(SAME_PAGE)});
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(10);
  });
}
`;

export interface FixtureResult {
  /** Wall seconds of each round's run, with the hub and without. */
  withHub: number[];
  withoutHub: number[];
  /** Each round's overhead, in percent. */
  overheadPercent: number[];
}

async function timeRun(file: string): Promise<number> {
  const started = performance.now();
  await runChild(['node_modules/@playwright/test/cli.js', 'test', '-c', join(DIR, 'playwright.config.ts'), join(DIR, file)], 120_000);
  return (performance.now() - started) / 1000;
}

/** Runs the two files `rounds` times, alternating which goes first. */
export async function measureFixture(rounds = 4): Promise<FixtureResult> {
  mkdirSync(DIR, { recursive: true });
  try {
    writeFileSync(join(DIR, 'playwright.config.ts'), CONFIG);
    writeFileSync(join(DIR, 'with-hub.spec.ts'), WITH_HUB);
    writeFileSync(join(DIR, 'without-hub.spec.ts'), WITHOUT_HUB);
    const result: FixtureResult = { withHub: [], withoutHub: [], overheadPercent: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      const seconds: Record<string, number> = {};
      for (const kind of order) seconds[kind] = await timeRun(`${kind}-hub.spec.ts`);
      result.withHub.push(seconds.with!);
      result.withoutHub.push(seconds.without!);
      result.overheadPercent.push((seconds.with! / seconds.without! - 1) * 100);
    }
    return result;
  } finally {
    rmSync(DIR, { recursive: true, force: true });
  }
}
