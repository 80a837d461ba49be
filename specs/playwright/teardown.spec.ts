// What a test turns on ends with it: an origin it intercepted reaches the real server in
// the next test, no Node-side interceptor is left, and a request the test fires too late is logged in
// no other test's hub.requests.
import { request as httpRequest } from 'node:http';
import { expect, test } from 'seedhub';
import { startRealServer, type WebServer } from '../support/web-server.ts';

test.describe.configure({ mode: 'serial' });

let real: WebServer;
test.beforeAll(async () => {
  real = await startRealServer();
});
test.afterAll(async () => {
  await real.close();
});

/** GET with node:http, the way older clients do it. */
function getWithHttp(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
    }).on('error', reject).end();
  });
}

test('an intercepted real origin gets the hub while the test runs', async ({ hub }) => {
  await hub.interceptNode(real.url);
  const body = (await (await fetch(`${real.url}/qt_staff/school-api/schools/4650/staff?navigationPageSize=1`)).json()) as { data: unknown[] };
  expect(body.data).toEqual(hub.staff('4650').slice(0, 1));
  expect(JSON.parse(await getWithHttp(`${real.url}/qt_staff/school-api/schools/4650/staff?navigationPageSize=1`)).data).toEqual(body.data);
});

test('the next test reaches the real server on that origin, and no interceptor is left', async () => {
  expect(await (await fetch(`${real.url}/after`)).text()).toBe('the real server: /after');
  expect(await getWithHttp(`${real.url}/after-http`)).toBe('the real server: /after-http');
  // @mswjs/interceptors marks a running interceptor on globalThis; disposed, the marks are gone.
  expect([Symbol.for('fetch-interceptor'), Symbol.for('client-request-interceptor')].map((mark) => Reflect.get(globalThis, mark))).toEqual([undefined, undefined]);
});

/** What the late requests of the first test below got, once they arrive. */
let late: Promise<string[]> | undefined;

test('a test that fires requests after it ends', async ({ hub }) => {
  const { baseURL, testURL } = hub;
  const serverURL = testURL.slice(0, testURL.indexOf('/__seedhub/'));
  const outcome = (request: Promise<Response>) => request.then((r) => `${r.status}`, (e: Error) => `failed: ${(e.cause as Error | undefined)?.message ?? e.message}`);
  late = new Promise((resolve) => {
    setTimeout(() => {
      resolve(Promise.all([
        outcome(fetch(`${baseURL}/qt_student/school-api/schools/4650/students`)),
        outcome(fetch(`${testURL}/qt_student/school-api/schools/4650/students`)),
        outcome(fetch(`${serverURL}/qt_student/school-api/schools/4650/students`, { headers: hub.testHeaders })),
      ]));
    }, 500);
  });
  expect(hub.requests).toEqual([]);
});

test('the late requests are logged in no other test', async ({ hub }) => {
  const outcomes = await late!;
  // Its own port is closed; its namespace on the worker's server is gone (404).
  expect(outcomes[0]).toMatch(/^failed: connect ECONNREFUSED/);
  expect(outcomes.slice(1)).toEqual(['404', '404']);
  expect(hub.requests).toEqual([]);
});
