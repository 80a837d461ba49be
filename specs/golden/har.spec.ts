// The HAR export replays in Chromium through Playwright's routeFromHAR: a page of another
// origin fetches hub URLs and gets the recorded bodies, with nothing listening.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler } from 'seedhub/core';
import { harPaths } from '../../src/golden/har.ts';
import { BIN, run } from '../support/processes.ts';

const BASE = 'http://hub.test:4010';
const APP = 'http://app.test/';

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-har-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('seedhub record --har writes every page of every endpoint, and routeFromHAR replays them in Chromium', async ({ page }) => {
  const har = join(dir, 'hub.har');
  const { code, stdout } = await run(process.execPath, [BIN, 'record', '--har', har, '--har-base', BASE, '--schools', '2', '--students', '120', '--seed', 'har']);
  expect(code).toBe(0);
  expect(stdout).toContain(`base ${BASE}`);
  const dataset = createDataset({ schools: 2, studentsPerSchool: 120, seed: 'har' });
  const entries = (JSON.parse(await readFile(har, 'utf8')) as { log: { version: string; entries: { request: { url: string } }[] } }).log;
  expect(entries.version).toBe('1.2');
  expect(entries.entries.map((e) => e.request.url)).toEqual([...harPaths(dataset)].map((p) => `${BASE}${p}`));

  await page.route(APP, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>app</title>' }));
  await page.routeFromHAR(har, { url: `${BASE}/**`, notFound: 'abort' });
  await page.goto(APP);
  const paths = [
    '/',
    '/qt_student/school-api/schools/4650/students',
    '/qt_student/school-api/schools/4650/students?navigationPage=1&navigationPageSize=100',
    '/qt_student/school-api/schools/4650/students?navigationPage=2&navigationPageSize=100',
    '/qt_student/school-api/schools/1690/parents?navigationPage=0&navigationPageSize=100',
    '/qt_staff/school-api/schools/1690/photos',
  ];
  const fetched = await page.evaluate(async ({ base, paths }) => {
    return Promise.all(paths.map(async (path) => {
      const response = await fetch(`${base}${path}`);
      return { status: response.status, body: await response.text() };
    }));
  }, { base: BASE, paths });
  const handle = createHandler(dataset);
  expect(fetched).toEqual(paths.map((path) => ({ status: 200, body: handle({ method: 'GET', url: path }).body })));
  expect(JSON.parse(fetched[3]!.body).data).toEqual([]);
  // A URL the HAR does not hold is aborted, not sent to the network.
  const unknown = await page.evaluate((url) => fetch(url).then(() => 'answered', () => 'aborted'), `${BASE}/qt_student/school-api/schools/4650/students?navigationPageSize=7`);
  expect(unknown).toBe('aborted');
});
