// Hostile round two, HTTP (issue 23 rows 11, 12, 13, 17): one answer per request, whatever
// the parser finds after the headers; an expectation the hub does not meet is a problem
// with CORS; HEAD carries the GET's length on every path and transport; an idle
// connection closes when the docs say.
import { connect } from 'node:net';
import { expect, test as base } from '@playwright/test';
import { test } from 'seedhub';
import { createDataset, createHandler, HubServer } from 'seedhub/core';
import { parsed, raw } from '../support/raw-http.ts';

const STUDENTS = '/qt_student/school-api/schools/4650/students?navigationPageSize=3';

base.describe('over HTTP', () => {
  let server: HubServer;
  base.beforeAll(async () => {
    server = await HubServer.start(createHandler(createDataset({ schools: 1, studentsPerSchool: 6 })), { port: 0 });
  });
  base.afterAll(async () => {
    await server.close();
  });

  for (const [what, request] of [
    ['a bad chunk', `GET ${STUDENTS} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`],
    ['TE: gzip', `GET ${STUDENTS} HTTP/1.1\r\nHost: x\r\nTE: gzip\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n`],
    ['an oversized chunk', `GET ${STUDENTS} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nhello\r\n`],
  ] as const) {
    base(`a GET with ${what} gets one answer on its connection, never two`, async () => {
      const { text } = await raw(server.url, request, 3_000);
      expect(text.match(/HTTP\/1\.1 \d{3}/g) ?? [], text.slice(0, 300)).toHaveLength(1);
    });
  }

  base('Expect: foo is a 417 problem with CORS, not Node\'s bare answer', async () => {
    const { text } = await raw(server.url, `GET ${STUDENTS} HTTP/1.1\r\nHost: x\r\nExpect: foo\r\n\r\n`, 3_000);
    const answer = parsed(text);
    expect([answer.status, answer.type, (answer.body as { type: string }).type]).toEqual([417, 'application/problem+json', 'urn:seedhub:problem:expectation-failed']);
    expect(answer.head).toMatch(/\r\naccess-control-allow-origin: \*/i);
    expect(answer.head).not.toMatch(/transfer-encoding: chunked/i);
  });

  base('an idle kept-alive connection closes within about 2 s, as docs/api.md says', async () => {
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      let answered = 0;
      socket.once('data', () => (answered = performance.now()));
      socket.on('close', () => resolve(performance.now() - answered));
    });
    expect(closedAfter).toBeGreaterThan(900);
    expect(closedAfter).toBeLessThan(4_000);
  });
});

for (const transport of ['server', 'route'] as const) {
  test.describe(`HEAD on the ${transport} transport`, () => {
    test.use({ schools: 1, studentsPerSchool: 6, hubTransport: transport, hubOrigin: 'http://hub.head.test', hubAuth: { bearer: 'token' } });

    test('carries the GET\'s length, with auth and faults on', async ({ hub, page }) => {
      hub.faults({ rate: 0, latencyMs: 1 });
      const lengths = async (method: string) => {
        if (transport === 'server') return (await fetch(hub.url(STUDENTS), { method, headers: { authorization: 'Bearer token' } })).headers.get('content-length');
        await page.goto('about:blank');
        return page.evaluate(async ([url, m]) => (await fetch(url, { method: m, headers: { authorization: 'Bearer token' } })).headers.get('content-length'), [`http://hub.head.test${STUDENTS}`, method] as const);
      };
      const get = await lengths('GET');
      expect(Number(get)).toBeGreaterThan(100);
      expect(await lengths('HEAD')).toBe(get);
    });
  });
}

test.describe('HEAD on the node transport', () => {
  test.use({ schools: 1, studentsPerSchool: 6, hubAuth: { bearer: 'token' } });

  test('carries the GET\'s length', async ({ hub }) => {
    const origin = await hub.interceptNode('http://hub.node-head.test');
    const length = async (method: string) => (await fetch(`${origin}${STUDENTS}`, { method, headers: { authorization: 'Bearer token' } })).headers.get('content-length');
    const get = await length('GET');
    expect(Number(get)).toBeGreaterThan(100);
    expect(await length('HEAD')).toBe(get);
  });
});
