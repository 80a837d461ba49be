// hub.interceptNode in a test: Node-side fetch and node:http get the hub for the origin,
// other hosts are left alone, nothing is left intercepted after the test, and a user's own
// nock 14 (net connect disabled, scopes of its own) works beside it in either order.
import { request as httpRequest } from 'node:http';
import { expect, test } from 'seedhub';
import { startWebServer } from '../support/web-server.ts';

test.describe.configure({ mode: 'serial' });

const ORIGIN = 'https://hub.school.example';

/** GET with node:http, the way older clients do it. */
function getWithHttp(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject).end();
  });
}

test('Node-side fetch and node:http get the hub for the intercepted origin', async ({ hub }) => {
  expect(await hub.interceptNode(ORIGIN)).toBe(ORIGIN);
  const response = await fetch(`${ORIGIN}/qt_staff/school-api/schools/9743/staff?navigationPageSize=3`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(((await response.json()) as { data: unknown[] }).data).toEqual(hub.staff('9743').slice(0, 3));
  const viaHttp = await getWithHttp(`http://hub.school.example/qt_student/school-api/schools/0220/students`).catch((e: Error) => ({ status: 0, body: e.message }));
  // Only the https origin was intercepted: plain http to the same host is not the hub.
  expect(viaHttp.status).toBe(0);
  await hub.interceptNode('http://legacy.school.example');
  const legacy = await getWithHttp('http://legacy.school.example/qt_student/school-api/schools/0220/students?navigationPageSize=2');
  expect(JSON.parse(legacy.body).data).toEqual(hub.students('0220').slice(0, 2));
  expect(hub.requests.map((r) => [r.transport, r.status])).toEqual([['node', 200], ['node', 200]]);
});

test('other hosts are left alone while the hub is intercepted', async ({ hub }) => {
  await hub.interceptNode(ORIGIN);
  const other = await startWebServer((_req, res) => {
    res.end('a real server');
  });
  try {
    expect(await (await fetch(other.url)).text()).toBe('a real server');
  } finally {
    await other.close();
  }
});

test('nothing leaks into the next test: the origin is no longer intercepted', async () => {
  await expect(fetch(`${ORIGIN}/qt_staff/school-api/schools/9743/staff`)).rejects.toThrow();
});

test.describe('late requests', () => {
  const LATE = 'http://late.school.example';
  const STUDENTS = '/qt_student/school-api/schools/4650/students?navigationPageSize=1';
  const late: { status: number; type?: string }[] = [];
  const answer = async (response: Response) => ({ status: response.status, type: ((await response.json()) as { type?: string }).type });

  test('a test leaves requests behind: a timer, and a promise it did not await', async ({ hub }) => {
    await hub.interceptNode(LATE);
    setTimeout(() => void fetch(`${LATE}${STUDENTS}`).then(answer).then((a) => late.push(a)), 400);
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, 450));
      late.push(await answer(await fetch(`${LATE}${STUDENTS}`)));
    })();
    expect((await fetch(`${LATE}${STUDENTS}`)).status).toBe(200);
  });

  test('the next test intercepting the same origin never logs them: they are refused, 410', async ({ hub }) => {
    // Work this test starts before it intercepts is its own all the same.
    const early = new Promise<number>((resolve) => setTimeout(() => void fetch(`${LATE}${STUDENTS}`).then((r) => resolve(r.status)), 100));
    await hub.interceptNode(LATE);
    expect((await fetch(`${LATE}${STUDENTS}`)).status).toBe(200);
    expect(await early).toBe(200);
    await expect.poll(() => late.length, { timeout: 5_000 }).toBe(2);
    expect(late).toEqual([{ status: 410, type: 'urn:seedhub:problem:test-ended' }, { status: 410, type: 'urn:seedhub:problem:test-ended' }]);
    expect(hub.requests.map((r) => [r.url, r.status])).toEqual([[STUDENTS, 200], [STUDENTS, 200]]);
  });
});

test.describe("beside a user's nock", () => {
  type Nock = typeof import('nock');
  let nock: Nock;
  const STAFF = '/qt_staff/school-api/schools/9743/staff?navigationPageSize=2';

  test('nock first, net connect disabled: the hub answers its origin, nock its scopes, and refuses the rest', async ({ hub }) => {
    // nock patches node:http and fetch when it is imported, before the hub intercepts.
    nock = (await import('nock')).default;
    nock.disableNetConnect();
    const scope = nock('https://user.school.example').get('/ping').times(2).reply(200, 'pong');
    const origin = await hub.interceptNode(ORIGIN);
    expect(((await (await fetch(`${origin}${STAFF}`)).json()) as { data: unknown[] }).data).toEqual(hub.staff('9743').slice(0, 2));
    expect(JSON.parse((await getWithHttp(`${origin.replace('https:', 'http:')}${STAFF}`).catch(() => ({ body: '"refused"' }))).body)).toBe('refused');
    expect(await (await fetch('https://user.school.example/ping')).text()).toBe('pong');
    expect((await getWithHttp('http://user.school.example/ping').catch((e: Error) => ({ body: e.message }))).body).toMatch(/Nock: Disallowed net connect/);
    await expect(fetch('https://elsewhere.example/')).rejects.toThrow();
    expect(hub.requests.map((r) => r.transport)).toEqual(['node']);
    expect(scope.isDone()).toBe(false);
  });

  test("after the hub's test, nock still answers its scopes and the hub's origin is nock's to refuse", async () => {
    expect(await (await fetch('https://user.school.example/ping')).text()).toBe('pong');
    await expect(fetch(`${ORIGIN}${STAFF}`)).rejects.toThrow();
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });

  test('the hub first, nock activated after: both answer their own, and nock is restored by its own call', async ({ hub }) => {
    const origin = await hub.interceptNode(ORIGIN);
    nock.activate();
    try {
      nock.disableNetConnect();
      nock('https://user.school.example').get('/late').reply(200, 'late pong');
      expect(await (await fetch('https://user.school.example/late')).text()).toBe('late pong');
      expect(((await (await fetch(`${origin}${STAFF}`)).json()) as { data: unknown[] }).data).toEqual(hub.staff('9743').slice(0, 2));
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
      nock.restore();
    }
    // nock's restore leaves the hub's interception in place until the test ends.
    expect(((await (await fetch(`${origin}${STAFF}`)).json()) as { data: unknown[] }).data).toEqual(hub.staff('9743').slice(0, 2));
  });
});
