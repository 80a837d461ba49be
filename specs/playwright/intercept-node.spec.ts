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
  expect(hub.requests.map((r) => [r.transport, r.status])).toEqual([['nock', 200], ['nock', 200]]);
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
