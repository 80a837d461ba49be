// The Node-side transport (what `hub.interceptNode` switches on): fetch, node:http and
// node:https get the handler's exact answers for one origin, latency and resets as a scenario
// says, every other origin goes to the network, and disabling it puts back exactly what was there.
import http, { request as esmRequest } from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler, type Handle } from 'seedhub/core';
import { nodeTransport } from '../../src/transports/node.ts';
import { startRealServer, type WebServer } from '../support/web-server.ts';

test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://hub.node.test';
// Bound when this module loads, before any switch: node:http's own functions, which no
// patch of the module reaches (what a CommonJS backend's `const { get } = require(...)` holds).
const { request: boundRequest } = createRequire(import.meta.url)('node:http') as typeof http;
const { request: boundHttpsRequest } = createRequire(import.meta.url)('node:https') as typeof https;
const keptAlive = new http.Agent({ keepAlive: true });
const handle = createHandler(createDataset({ schools: 2, studentsPerSchool: 12 }));
const STUDENTS = '/qt_student/school-api/schools/4650/students?navigationPage=1&navigationPageSize=5';
/** One request of every kind of answer: index, pages, 400, 404, 405, HEAD. */
const REQUESTS: [method: string, path: string][] = [
  ['GET', '/'],
  ['GET', STUDENTS],
  ['GET', '/qt_student/school-api/schools/1690/parents?navigationPage=2&navigationPageSize=3'],
  ['GET', '/qt_staff/school-api/schools/4650/staff'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=-1'],
  ['GET', '/nowhere'],
  ['POST', '/qt_student/school-api/schools/1690/students'],
  ['HEAD', STUDENTS],
];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const expected = (method: string, path: string, headers: Record<string, string> = {}): Answer => {
  const { status, headers: sent, body } = handle({ method, url: path, headers });
  return { status, headers: sent, body };
};

async function viaFetch(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** node:http or node:https, the way older clients call them. */
function viaHttp(url: string, method = 'GET', send = url.startsWith('https:') ? https.request : esmRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    send(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
        resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body });
      });
    }).on('error', reject).end();
  });
}

/** Everything the transport patches, to see that disabling it puts each one back. */
const patched = () => ({
  fetch: globalThis.fetch,
  request: http.request,
  get: http.get,
  clientRequest: http.ClientRequest,
  httpsRequest: https.request,
  agents: [http.Agent.prototype.createConnection, https.Agent.prototype.createConnection],
  // A live binding: what `import { request } from 'node:http'` sees now.
  esmRequest,
  marks: [Symbol.for('fetch-interceptor'), Symbol.for('client-request-interceptor')].map((s) => Reflect.get(globalThis, s)),
});

let real: WebServer;
test.beforeAll(async () => {
  real = await startRealServer();
});
test.afterAll(async () => {
  await real.close();
});

test('fetch gets the handler\'s status, headers and bytes for every kind of answer', async () => {
  const node = nodeTransport(ORIGIN, handle);
  await node.enable();
  try {
    for (const [method, path] of REQUESTS) expect(await viaFetch(`${ORIGIN}${path}`, { method }), `${method} ${path}`).toEqual(expected(method, path));
    // A revalidation: 304, with no body.
    const { etag } = expected('GET', STUDENTS).headers;
    const notModified = await viaFetch(`${ORIGIN}${STUDENTS}`, { headers: { 'if-none-match': etag! } });
    expect(notModified).toEqual(expected('GET', STUDENTS, { 'if-none-match': etag! }));
    expect(notModified.status).toBe(304);
  } finally {
    await node.disable();
  }
});

test('node:http and node:https get the same status, headers and bytes', async () => {
  const plain = nodeTransport(ORIGIN, handle);
  const secure = nodeTransport('https://hub.node.test', handle);
  await plain.enable();
  await secure.enable();
  try {
    for (const [method, path] of REQUESTS) {
      expect(await viaHttp(`${ORIGIN}${path}`, method), `${method} ${path}`).toEqual(expected(method, path));
      expect(await viaHttp(`https://hub.node.test${path}`, method), `https ${method} ${path}`).toEqual(expected(method, path));
    }
  } finally {
    await plain.disable();
    await secure.disable();
  }
});

test('node:http bound before the switch (destructured, with its own keep-alive Agent) gets the same bytes, and the network after', async () => {
  const plain = nodeTransport(ORIGIN, handle);
  const secure = nodeTransport('https://hub.node.test', handle);
  await plain.enable();
  await secure.enable();
  try {
    // These answers come over a loopback connection: its own date and keep-alive headers aside, the same.
    const endToEnd = ({ headers: { date, connection, 'keep-alive': keepAlive, ...headers }, ...rest }: Answer) => ({ ...rest, headers });
    for (const [method, path] of REQUESTS) {
      expect(endToEnd(await viaHttp(`${ORIGIN}${path}`, method, boundRequest)), `${method} ${path}`).toEqual(expected(method, path));
      expect(endToEnd(await viaHttp(`https://hub.node.test${path}`, method, boundHttpsRequest)), `https ${method} ${path}`).toEqual(expected(method, path));
    }
    const again = (url: string) => viaHttp(url, 'GET', ((target: string, options: http.RequestOptions, done: (res: http.IncomingMessage) => void) => boundRequest(target, { ...options, agent: keptAlive }, done)) as typeof http.request);
    expect(endToEnd(await again(`${ORIGIN}${STUDENTS}`))).toEqual(expected('GET', STUDENTS));
    expect(endToEnd(await again(`${ORIGIN}/`))).toEqual(expected('GET', '/'));
  } finally {
    await plain.disable();
    await secure.disable();
  }
  await expect(viaHttp(`${ORIGIN}/`, 'GET', boundRequest)).rejects.toMatchObject({ code: expect.stringMatching(/ENOTFOUND|EAI_AGAIN/) });
  expect((await viaHttp(`${real.url}/bound`, 'GET', boundRequest)).body).toBe('the real server: /bound');
});

test('a scenario\'s latency is waited for, and its reset fails as a reset socket does', async () => {
  const scenario: Handle = (request) => {
    if (request.url === '/slow') return { ...handle({ ...request, url: '/' }), delayMs: 250 };
    if (request.url === '/reset') return { status: 200, headers: {}, body: '', reset: true };
    return handle(request);
  };
  const node = nodeTransport(ORIGIN, scenario);
  await node.enable();
  try {
    const started = performance.now();
    expect(await viaFetch(`${ORIGIN}/slow`)).toEqual(expected('GET', '/'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    const failed = await fetch(`${ORIGIN}/reset`).then(() => undefined, (error: Error) => error);
    expect([failed?.name, (failed?.cause as NodeJS.ErrnoException | undefined)?.code]).toEqual(['TypeError', 'ECONNRESET']);
    await expect(viaHttp(`${ORIGIN}/reset`)).rejects.toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
    await expect(viaHttp(`${ORIGIN}/reset`, 'GET', boundRequest)).rejects.toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
  } finally {
    await node.disable();
  }
});

test('other origins reach the network, the same host on another port included', async () => {
  const port = Number(new URL(real.url).port);
  const node = nodeTransport(`http://127.0.0.1:${port === 1 ? 2 : 1}`, handle);
  const virtual = nodeTransport(ORIGIN, handle);
  await node.enable();
  await virtual.enable();
  try {
    expect((await viaFetch(`${real.url}/a`)).body).toBe('the real server: /a');
    expect((await viaHttp(`${real.url}/b`)).body).toBe('the real server: /b');
    expect((await viaFetch(`${ORIGIN}/`)).body).toBe(expected('GET', '/').body);
  } finally {
    await node.disable();
    await virtual.disable();
  }
});

test('disabling puts back what was there, and the origin reaches its real server again', async () => {
  const before = patched();
  const node = nodeTransport(real.url, handle);
  await node.enable();
  await node.enable();
  expect(patched().fetch).not.toBe(before.fetch);
  expect(patched().esmRequest).not.toBe(before.esmRequest);
  expect(await viaFetch(`${real.url}/`)).toEqual(expected('GET', '/'));
  expect(await viaHttp(`${real.url}/`)).toEqual(expected('GET', '/'));
  await node.disable();
  await node.disable();
  expect(patched()).toEqual(before);
  expect((await viaFetch(`${real.url}/after`)).body).toBe('the real server: /after');
  expect((await viaHttp(`${real.url}/after-http`)).body).toBe('the real server: /after-http');
});

test('switches are independent: the first one enabled for an origin answers, and the last one off restores', async () => {
  const before = patched();
  const first = nodeTransport(ORIGIN, () => ({ status: 200, headers: {}, body: 'first' }));
  const second = nodeTransport(`${ORIGIN}/ignored/path`, () => ({ status: 200, headers: {}, body: 'second' }));
  await first.enable();
  await second.enable();
  expect(second.origin).toBe(ORIGIN);
  expect((await viaFetch(`${ORIGIN}/`)).body).toBe('first');
  await first.disable();
  expect((await viaFetch(`${ORIGIN}/`)).body).toBe('second');
  expect(patched().fetch).not.toBe(before.fetch);
  await second.disable();
  expect(patched()).toEqual(before);
});

test('alongside a user\'s msw server, each one\'s close restores only its own', async () => {
  const before = patched();
  const [{ setupServer }, { http: rest }] = await Promise.all([import('msw/node'), import('msw')]);
  const msw = setupServer(rest.get('http://msw.node.test/x', () => new Response('from msw')));
  msw.listen({ onUnhandledRequest: 'bypass' });
  try {
    const node = nodeTransport(ORIGIN, handle);
    await node.enable();
    expect((await viaFetch(`${ORIGIN}/`)).body).toBe(expected('GET', '/').body);
    expect((await viaFetch('http://msw.node.test/x')).body).toBe('from msw');
    await node.disable();
    expect((await viaFetch('http://msw.node.test/x')).body).toBe('from msw');
    await expect(fetch(`${ORIGIN}/`)).rejects.toThrow();
  } finally {
    msw.close();
  }
  // msw does not sync ESM named imports of node:http; a sync made while it ran leaves its
  // (now idle) wrapper there, which lets every request through.
  expect({ ...patched(), esmRequest: undefined }).toEqual({ ...before, esmRequest: undefined });
  expect((await viaHttp(`${real.url}/esm`)).body).toBe('the real server: /esm');
});

/**
 * Everything as it was, and the ESM binding of node:http's request synced to the real one
 * (an earlier msw leaves its idle wrapper there; seedhub's sync on disable puts the real one back).
 */
function expectRestored(before: ReturnType<typeof patched>): void {
  expect({ ...patched(), esmRequest: undefined }).toEqual({ ...before, esmRequest: undefined });
  expect(esmRequest).toBe(http.request);
}

test('a msw started after seedhub and closed first: seedhub\'s close still restores everything', async () => {
  const before = patched();
  const [{ setupServer }, { http: rest }] = await Promise.all([import('msw/node'), import('msw')]);
  const node = nodeTransport(ORIGIN, handle);
  await node.enable();
  const msw = setupServer(rest.get('http://msw.node.test/y', () => new Response('from msw')));
  msw.listen({ onUnhandledRequest: 'bypass' });
  expect((await viaFetch('http://msw.node.test/y')).body).toBe('from msw');
  expect((await viaFetch(`${ORIGIN}/`)).body).toBe(expected('GET', '/').body);
  msw.close();
  expect((await viaFetch(`${ORIGIN}/`)).body).toBe(expected('GET', '/').body);
  await node.disable();
  expectRestored(before);
  await expect(fetch(`${ORIGIN}/`)).rejects.toThrow();
  expect((await viaHttp(`${real.url}/after-msw`)).body).toBe('the real server: /after-msw');
});

test('a msw started after seedhub and still listening when seedhub closes keeps answering; the next close restores everything', async () => {
  const before = patched();
  const [{ setupServer }, { http: rest }] = await Promise.all([import('msw/node'), import('msw')]);
  const node = nodeTransport(ORIGIN, handle);
  await node.enable();
  const msw = setupServer(rest.get('http://msw.node.test/z', () => new Response('from msw')));
  msw.listen({ onUnhandledRequest: 'bypass' });
  await node.disable();
  // seedhub's origin is no longer answered; the user's msw still is.
  await expect(fetch(`${ORIGIN}/`)).rejects.toThrow();
  expect((await viaFetch('http://msw.node.test/z')).body).toBe('from msw');
  msw.close();
  // The next test's switch finds nobody relying on the old patch, and takes it away with its own.
  const next = nodeTransport(ORIGIN, handle);
  await next.enable();
  expect((await viaFetch(`${ORIGIN}/`)).body).toBe(expected('GET', '/').body);
  await next.disable();
  expectRestored(before);
  expect((await viaHttp(`${real.url}/after-both`)).body).toBe('the real server: /after-both');
});

