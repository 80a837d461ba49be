// Crawling a hub that cannot be trusted: one whose pages never end, whose bodies are huge,
// which never answers, which redirects elsewhere, or which lists no schools. Each is a
// finding or a clear CrawlError, in bounded time and memory, never a hang or a crash.
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { checkHub, crawlHub, CrawlError, HubServer, limitedFetch, type Handle } from 'seedhub/core';

const json = (body: unknown, status = 200) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const INDEX = { schools: [{ centreCode: '4650', endpoints: { students: '/s' } }] };

/** A hub whose one endpoint answers every page full, with fresh records, for ever. */
const looping: Handle = (request) => {
  const url = new URL(request.url, 'http://x');
  if (url.pathname === '/') return json(INDEX);
  const page = Number(url.searchParams.get('navigationPage') ?? 0);
  const size = Number(url.searchParams.get('navigationPageSize') ?? 100);
  return json({
    data: Array.from({ length: size }, (_, i) => ({ enrolmentId: String(page * size + i).padStart(10, '0'), note: 'x'.repeat(100) })),
    navigation: { navigationPage: page, navigationPageSize: size, totalRecords: 1e12, totalPages: Math.ceil(1e12 / size) },
  });
};

async function serving<T>(handle: Handle, run: (url: string) => Promise<T>): Promise<T> {
  const server = await HubServer.start(handle, { port: 0 });
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

test('a hub whose pages never end stops at the record limit, says so, and keeps no more', async () => {
  const crawl = await serving(looping, (baseUrl) => crawlHub({ fetch: limitedFetch(), baseUrl, maxRecords: 5_000 }));
  const students = crawl.schools[0]!.endpoints.students!;
  expect(students.complete).toBe(false);
  expect(students.rows.length).toBeLessThanOrEqual(5_000);
  expect(crawl.findings.map((f) => [f.rule, f.message])).toEqual([
    ['crawl-limit', '4650 /students page 50: stopped: the crawl has kept its limit of records (raise maxRecords, or --max-records, for a bigger hub)'],
  ]);
});

test('a body beyond the size limit is not read: a finding naming the limit', async () => {
  const huge: Handle = (request) => (new URL(request.url, 'http://x').pathname === '/' ? json(INDEX) : { status: 200, headers: { 'content-type': 'application/json' }, body: `{"data":[${'"x",'.repeat(600_000)}"x"]}` });
  const crawl = await serving(huge, (baseUrl) => crawlHub({ fetch: limitedFetch({ maxBytes: 1024 * 1024 }), baseUrl }));
  // Sent chunked, so its size shows only as it arrives: reading stops at the limit.
  expect(crawl.findings.map((f) => f.message)).toEqual(['4650 /students page 0: GET request failed (the answer is more than the 1 MB allowed)']);
  // Declared up front, it is not read at all.
  const declared: Handle = (request) => {
    const answer = huge(request);
    return { ...answer, headers: { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) } };
  };
  const again = await serving(declared, (baseUrl) => crawlHub({ fetch: limitedFetch({ maxBytes: 1024 * 1024 }), baseUrl }));
  expect(again.findings.map((f) => f.message)).toEqual(['4650 /students page 0: GET request failed (the answer is 2.3 MB, more than the 1 MB allowed)']);
});

test('a hub that never answers is given up on after the timeout, saying so', async () => {
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const error = await crawlHub({ fetch: limitedFetch({ timeoutMs: 300 }), baseUrl: `http://127.0.0.1:${port}` }).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(CrawlError);
    expect(error!.message).toBe(`[seedhub] Failed to crawl http://127.0.0.1:${port}: GET / request failed (no answer within 0.3 s). Is it a hub that speaks the seedhub API? Check the URL, or give the centre codes to crawl.`);
  } finally {
    silent.close();
  }
});

test('a redirect to another origin is not followed, and is a finding; one within the origin is followed', async () => {
  const redirecting: Handle = (request) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/') return json({ schools: [{ centreCode: '4650', endpoints: { students: '/away', staff: '/here' } }] });
    if (url.pathname === '/away') return { status: 302, headers: { location: `http://elsewhere.example/steal${url.search}` }, body: '' };
    if (url.pathname === '/here') return { status: 301, headers: { location: `/there${url.search}` }, body: '' };
    return json({ data: [], navigation: { navigationPage: 0, navigationPageSize: 100, totalRecords: 0, totalPages: 0 } });
  };
  const crawl = await serving(redirecting, (baseUrl) => crawlHub({ fetch: limitedFetch(), baseUrl, comparePageSize: false }));
  expect(crawl.findings.map((f) => f.message)).toEqual([
    '4650 /students page 0: GET answered 302, a redirect to another origin (http://elsewhere.example/steal?navigationPage=0&navigationPageSize=100), not followed',
  ]);
  expect(crawl.schools[0]!.endpoints.staff!.complete).toBe(true);
});

test('an index that lists no schools is a finding, not a clean hub', async () => {
  const empty: Handle = () => json({ schools: [] });
  const { findings } = await serving(empty, (baseUrl) => checkHub({ fetch: limitedFetch(), baseUrl }));
  expect(findings.map((f) => [f.rule, f.message])).toEqual([['no-schools', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/: GET \/ lists no schools, so there is nothing to check$/)]]);
});
