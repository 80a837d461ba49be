// A hub that survives abuse: its answer cache stays within its bounds whatever URLs come,
// every answer it controls is problem+json (CONNECT, absolute-form targets, what Node's
// parser refuses, a missing Host), stalled clients are cut off, and preflights name the
// headers they allow.
import { expect, test } from '@playwright/test';
import { cacheStatsOf, createDataset, createHandler, HubServer } from 'seedhub/core';
import { parsed, raw } from '../support/raw-http.ts';

const dataset = createDataset({ schools: 2, studentsPerSchool: 30 });
const STUDENTS = '/qt_student/school-api/schools/4650/students';

test('the answer cache stays within its entries and size whatever the URLs, and ignored parameters make no entry', () => {
  const handle = createHandler(dataset, { cacheEntries: 500, cacheChars: 2_000_000 });
  const junk = 'x'.repeat(15_000);
  // Pages past the end, each a distinct URL, each with a large parameter the contract does not know.
  for (let page = 0; page < 5_000; page++) {
    const response = handle({ method: 'GET', url: `${STUDENTS}?navigationPage=${page}&navigationPageSize=7&junk=${junk}${page}` });
    expect(response.status).toBe(200);
  }
  const stats = cacheStatsOf(handle)!;
  expect(stats.entries).toBe(500);
  expect(stats.size).toBeLessThanOrEqual(2_000_000);
  // A parameter the contract does not know is ignored: the same page, the same cached answer.
  const fresh = createHandler(dataset);
  const plain = fresh({ method: 'GET', url: `${STUDENTS}?navigationPageSize=5` });
  for (let i = 0; i < 100; i++) expect(fresh({ method: 'GET', url: `${STUDENTS}?navigationPageSize=5&utm=${i}&junk=${junk}` }).body).toBe(plain.body);
  // One block of the students' record texts, and the page's ETag: nothing per URL.
  expect(cacheStatsOf(fresh)).toEqual({ entries: 2, size: expect.any(Number) });
  expect(cacheStatsOf(fresh)!.size).toBeLessThan(plain.body.length + 2_000);
});

test('preflights name the headers they allow (Authorization included), and say they vary by them', () => {
  const handle = createHandler(dataset);
  const preflight = handle({ method: 'OPTIONS', url: STUDENTS, headers: { origin: 'http://app.test', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, x-trace-id' } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers).toMatchObject({
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers': 'authorization, x-trace-id',
    vary: 'Access-Control-Request-Headers',
  });
  // Only header names are echoed: anything else is not.
  const odd = handle({ method: 'OPTIONS', url: STUDENTS, headers: { 'access-control-request-headers': 'x\r\nset-cookie: a=b' } });
  expect(odd.headers['access-control-allow-headers']).toBeUndefined();
});

test.describe('over HTTP', () => {
  let server: HubServer;
  test.beforeAll(async () => {
    server = await HubServer.start(createHandler(dataset), { port: 0, timeouts: { headersMs: 600, requestMs: 1_200 } });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('CONNECT is a 405 problem, not a dropped connection', async () => {
    const { text, closed } = await raw(server.url, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(closed).toBe(true);
    expect(parsed(text)).toMatchObject({ status: 405, type: 'application/problem+json', body: { type: 'urn:seedhub:problem:method-not-allowed', status: 405 } });
  });

  test('an absolute-form target is answered as its path', async () => {
    const { text } = await raw(server.url, `GET http://hub.example${STUDENTS}?navigationPageSize=2 HTTP/1.1\r\nHost: hub.example\r\nConnection: close\r\n\r\n`);
    const answer = parsed(text);
    expect(answer.status).toBe(200);
    expect((answer.body as { data: unknown[] }).data).toEqual(dataset.collection('4650', 'students')!.slice(0, 2));
  });

  test("what Node's parser refuses, and a request without Host, are problem+json 4xx", async () => {
    const cases: [string, number][] = [
      ['get / HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['GET / HTTP/1.1\r\n\r\n', 400],
      // An HTTP/2 preface: the parser waits for the rest of it, so the header timeout ends it.
      ['PRI /x HTTP/1.0\r\n\r\n', 408],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n', 400],
    ];
    for (const [request, status] of cases) {
      const { text, closed } = await raw(server.url, request);
      expect([JSON.stringify(request.slice(0, 24)), closed, parsed(text).status, parsed(text).type]).toEqual([JSON.stringify(request.slice(0, 24)), true, status, 'application/problem+json']);
    }
    // HTTP/1.0 may leave Host out.
    const old = await raw(server.url, 'GET / HTTP/1.0\r\n\r\n');
    expect(parsed(old.text.replace(/^HTTP\/1\.[01]/, 'HTTP/1.1')).status).toBe(200);
  });

  test('a client that stalls is cut off: a 408 problem after the header timeout, and a silent one closed', async () => {
    const half = await raw(server.url, 'GET / HTTP/1.1\r\nHost: x\r\n', 5_000);
    expect(half.closed).toBe(true);
    expect(parsed(half.text)).toMatchObject({ status: 408, type: 'application/problem+json' });
    const silent = await raw(server.url, '', 5_000);
    expect(silent.closed).toBe(true);
    // The server still answers after all of that.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });
});
