// Fixture overhead: one spec file of 100 tests run by Playwright (1 worker), once using
// the `hub` fixture in server mode (each test GETs a page from the worker's hub server),
// once without it (each test GETs the same bytes from a bare node:http server started in
// beforeAll). Both files are written to bench/.work/ and removed after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runChild } from './processes.ts';
import { PAGE_PATH } from './targets.ts';

const DIR = 'bench/.work/fixture';
const TESTS = 100;

const CONFIG = `import { defineConfig } from '@playwright/test';
export default defineConfig({ testDir: '.', workers: 1, reporter: 'dot', fullyParallel: false });
`;

const WITH_HUB = `import { expect } from '@playwright/test';
import { test } from '../../../src/fixtures.ts';
test.use({ schools: ['0220'], studentsPerSchool: 10000, hubTransport: 'server' });
for (let i = 0; i < ${TESTS}; i++) {
  test('with hub ' + i, async ({ hub }) => {
    const response = await fetch(hub.url(${JSON.stringify(PAGE_PATH)}));
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(10);
  });
}
`;

const WITHOUT_HUB = `import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler } from '../../../src/index.ts';
const body = createHandler(createDataset({ schools: ['0220'], studentsPerSchool: 10000 }))({ method: 'GET', url: ${JSON.stringify(PAGE_PATH)} }).body;
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
    const response = await fetch(url + ${JSON.stringify(PAGE_PATH)});
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(10);
  });
}
`;

export interface FixtureResult {
  withHubSeconds: number;
  withoutHubSeconds: number;
  overheadPercent: number;
  runs: number;
}

async function timeRun(file: string): Promise<number> {
  const started = performance.now();
  await runChild(['node_modules/@playwright/test/cli.js', 'test', '-c', join(DIR, 'playwright.config.ts'), join(DIR, file)], 120_000);
  return (performance.now() - started) / 1000;
}

/** Runs each file `runs` times, alternating, and keeps each one's fastest run. */
export async function measureFixture(runs = 3): Promise<FixtureResult> {
  mkdirSync(DIR, { recursive: true });
  try {
    writeFileSync(join(DIR, 'playwright.config.ts'), CONFIG);
    writeFileSync(join(DIR, 'with-hub.spec.ts'), WITH_HUB);
    writeFileSync(join(DIR, 'without-hub.spec.ts'), WITHOUT_HUB);
    let withHub = Infinity;
    let withoutHub = Infinity;
    for (let i = 0; i < runs; i++) {
      withoutHub = Math.min(withoutHub, await timeRun('without-hub.spec.ts'));
      withHub = Math.min(withHub, await timeRun('with-hub.spec.ts'));
    }
    return { withHubSeconds: withHub, withoutHubSeconds: withoutHub, overheadPercent: (withHub / withoutHub - 1) * 100, runs };
  } finally {
    rmSync('bench/.work', { recursive: true, force: true });
  }
}
