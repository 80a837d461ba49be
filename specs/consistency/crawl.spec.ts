import { expect, test } from '@playwright/test';
import { checkCrawl } from '../../src/consistency/checks.ts';
import { CrawlError } from '../../src/consistency/discover.ts';
import { crawlHub } from '../../src/consistency/crawl.ts';
import { handlerFetch } from '../../src/consistency/http.ts';
import { createDataset } from '../../src/generate/dataset.ts';
import { createHandler } from '../../src/hub/pipeline.ts';
import type { Handle } from '../../src/hub/types.ts';
import { HubServer } from '../../src/transports/server.ts';

type Page = { data: Record<string, unknown>[]; navigation: { navigationPage: number; navigationPageSize: number; totalRecords: number; totalPages: number } };

const BASE = 'http://hub.test';
const dataset = createDataset({ schools: ['4650', '1690'], studentsPerSchool: 30 });
const handle = createHandler(dataset);

/** The hub's handler with `fault` applied to the pages of one endpoint of school 1690. */
function faulty(endpoint: string, fault: (page: Page, size: number, number: number) => void): Handle {
  return (request) => {
    const response = handle(request);
    const url = new URL(request.url, BASE);
    if (response.status !== 200 || url.pathname !== `/qt_student/school-api/schools/1690/${endpoint}`) return response;
    const page = JSON.parse(response.body) as Page;
    fault(page, page.navigation.navigationPageSize, page.navigation.navigationPage);
    return { ...response, body: JSON.stringify(page) };
  };
}

const crawlOf = (h: Handle, pageSize = 10) => crawlHub({ fetch: handlerFetch(h), baseUrl: BASE, pageSize });
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

test('the default hub through a real server: every endpoint crawled, no findings', async () => {
  const server = await HubServer.start(createHandler(createDataset()), { port: 0 });
  try {
    const crawl = await crawlHub({ fetch, baseUrl: server.url });
    expect(crawl.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
    expect(crawl.schools.map((s) => Object.keys(s.endpoints).length)).toEqual([9, 9, 9, 9]);
    expect(crawl.schools[0]!.endpoints.students!.rows).toHaveLength(50);
    expect(checkCrawl(crawl)).toEqual([]);
  } finally {
    await server.close();
  }
});

test('records keep the page they came from', async () => {
  const crawl = await crawlOf(handle, 10);
  const students = crawl.schools[1]!.endpoints.students!;
  expect(students.rows.map((r) => r.page)).toEqual(Array.from({ length: 30 }, (_, i) => Math.floor(i / 10)));
  expect(students.rows.map((r) => r.record)).toEqual(dataset.collection('1690', 'students')!.slice(0, 30));
  expect(students).toMatchObject({ path: '/qt_student/school-api/schools/1690/students', totalRecords: 30, complete: true });
});

test('a record dropped from a page: the count and the other page size disagree', async () => {
  const crawl = await crawlOf(faulty('flags', (page, size, n) => size === 10 && n === 0 && page.data.splice(3, 1)));
  expect(crawl.findings.map((f) => [f.rule, f.centreCode, f.endpoint, f.page])).toEqual([
    ['paging-count', '1690', 'flags', expect.any(Number)],
    ['paging-page-size', '1690', 'flags', 0],
  ]);
  expect(crawl.findings[1]!.message).toMatch(/^1690 \/flags page 0: pages of 10 and of 7 differ at record 3 \(/);
});

test('a record served on two pages is a paging duplicate', async () => {
  let previous: Record<string, unknown> | undefined;
  const crawl = await crawlOf(faulty('flags', (page, size, n) => {
    if (size !== 10) return;
    if (n === 0) previous = page.data.at(-1);
    if (n === 1) page.data[0] = previous!;
  }));
  const duplicate = crawl.findings[0]!;
  expect(rules(crawl.findings)).toEqual(['paging-duplicate', 'paging-page-size']);
  expect(duplicate).toMatchObject({ centreCode: '1690', endpoint: 'flags', page: 1, id: expect.stringMatching(/^1690\d{6} F-1690-\d{6}-\d$/) });
  expect(duplicate.message).toBe(`1690 /flags page 1: record ${duplicate.id} is also on page 0`);
});

test('totals that change from page to page', async () => {
  const crawl = await crawlOf(faulty('addresses', (page, size, n) => size === 10 && n === 2 && (page.navigation.totalRecords += 1)));
  expect(crawl.findings.map((f) => f.message)).toEqual([
    expect.stringMatching(/^1690 \/addresses page 2: totalRecords \d+ and totalPages \d+ disagree with page 0 \(\d+, \d+\)$/),
  ]);
});

test('a page past the end that is not empty, or not 200', async () => {
  const full = await crawlOf(faulty('parents', (page, size, n) => n >= page.navigation.totalPages && page.data.push({ enrolmentId: 'ghost' })));
  expect(full.findings.map((f) => [f.rule, f.message.replace(/page \d+/, 'page N')])).toEqual([
    ['paging-past-end', '1690 /parents page N: a page past the end has 1 records, not data []'],
  ]);
  const missing: Handle = (request) => (request.url.includes('/1690/photos') && /navigationPage=([3-9]|\d\d)&navigationPageSize=10$/.test(request.url) ? { status: 404, headers: {}, body: '{}' } : handle(request));
  const crawl = await crawlOf(missing);
  expect(crawl.findings.map((f) => f.message)).toEqual(['1690 /photos page 3: a page past the end answered 404, not 200 with data []']);
});

test('a failing page is a finding, not an exception, and rules on that endpoint are skipped', async () => {
  const failing: Handle = (request) => (request.url.includes('/1690/students?navigationPage=1&') ? { status: 500, headers: {}, body: 'oops' } : handle(request));
  const crawl = await crawlOf(failing);
  expect(crawl.findings.map((f) => f.message)).toEqual(['1690 /students page 1: GET answered 500']);
  expect(crawl.schools[1]!.endpoints.students!.complete).toBe(false);
  expect(checkCrawl(crawl).map((f) => f.rule)).toEqual(['http-status']);
});

test('an endpoint that never ends is cut at maxPages', async () => {
  const endless: Handle = (request) => {
    const url = new URL(request.url, BASE);
    if (!url.pathname.endsWith('/1690/flags')) return handle(request);
    const n = Number(url.searchParams.get('navigationPage'));
    const body = { data: [{ enrolmentId: `x${n}` }], navigation: { navigationPage: n, navigationPageSize: 1, totalRecords: 1e9, totalPages: 1e9 } };
    return { status: 200, headers: {}, body: JSON.stringify(body) };
  };
  const crawl = await crawlHub({ fetch: handlerFetch(endless), baseUrl: BASE, schools: ['1690'], endpoints: ['flags'], pageSize: 1, maxPages: 25 });
  expect(rules(crawl.findings)).toEqual(['paging-limit']);
  expect(crawl.findings[0]!.message).toBe('1690 /flags page 25: stopped after 25 pages; the endpoint may page forever (raise maxPages for a bigger hub)');
});

test('schools and endpoints can be chosen, and work without an index', async () => {
  const noIndex: Handle = (request) => (new URL(request.url, BASE).pathname === '/' ? { status: 404, headers: {}, body: '' } : handle(request));
  const crawl = await crawlHub({ fetch: handlerFetch(noIndex), baseUrl: BASE, schools: ['1690'], endpoints: ['students', 'photos'] });
  expect(crawl.schools.map((s) => [s.centreCode, Object.keys(s.endpoints)])).toEqual([['1690', ['students', 'photos']]]);
  expect(checkCrawl(crawl)).toEqual([]);
});

test('a Playwright-style answer (status as a method) is read too', async () => {
  const playwrightLike = async (url: string) => {
    const answer = await handlerFetch(handle)(url);
    return { status: () => answer.status as number, text: answer.text };
  };
  const crawl = await crawlHub({ fetch: playwrightLike, baseUrl: BASE, endpoints: ['staff'] });
  expect(crawl.schools.map((s) => s.endpoints.staff!.rows.length)).toEqual([10, 10]);
});

test('an unreachable URL or one that is not a hub is a CrawlError with a clear message', async () => {
  const server = await HubServer.start(createHandler(createDataset()), { port: 0 });
  const url = server.url;
  await server.close();
  await expect(crawlHub({ fetch, baseUrl: url })).rejects.toThrow(CrawlError);
  await expect(crawlHub({ fetch, baseUrl: url })).rejects.toThrow(new RegExp(`^\\[seedhub\\] Failed to crawl ${url}: GET / request failed \\(fetch failed\\)\\. Is it a hub`));
  const notHub = async () => ({ status: 200, text: async () => '{"hello":"world"}' });
  await expect(crawlHub({ fetch: notHub, baseUrl: BASE })).rejects.toThrow('GET / answered JSON without a "schools" list');
});
