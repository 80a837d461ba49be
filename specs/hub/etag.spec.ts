// Strong ETags, If-None-Match → 304 with no body, and Cache-Control: in the handler and over HTTP.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler } from 'seedhub/core';
import { HubServer } from '../../src/transports/server.ts';

const run = promisify(execFile);
const OPTIONS = { seed: 'etag', studentsPerSchool: 40 };
const PAGE = '/qt_student/school-api/schools/1690/students?navigationPage=2&navigationPageSize=5';
const URLS = ['/', PAGE, '/qt_staff/school-api/schools/4650/staff'];
const handle = createHandler(createDataset(OPTIONS));

test('a 200 carries a strong ETag and Cache-Control; HEAD gives the same ETag', () => {
  const full = handle({ method: 'GET', url: PAGE });
  const head = handle({ method: 'HEAD', url: PAGE });
  expect(full.status).toBe(200);
  expect(full.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  expect(full.headers['cache-control']).toBe('no-cache');
  expect(head.headers.etag).toBe(full.headers.etag);
});

test('other pages, other seeds and other page sizes have other ETags', () => {
  const tags = new Set([
    handle({ method: 'GET', url: PAGE }).headers.etag,
    handle({ method: 'GET', url: PAGE.replace('navigationPage=2', 'navigationPage=3') }).headers.etag,
    handle({ method: 'GET', url: PAGE.replace('navigationPageSize=5', 'navigationPageSize=6') }).headers.etag,
    createHandler(createDataset({ ...OPTIONS, seed: 'other' }))({ method: 'GET', url: PAGE }).headers.etag,
  ]);
  expect(tags.size).toBe(4);
});

for (const method of ['GET', 'HEAD']) {
  test(`${method} with a matching If-None-Match is a 304 with the ETag and no body`, () => {
    const { etag } = handle({ method: 'GET', url: PAGE }).headers;
    for (const ifNoneMatch of [etag!, `"nope", ${etag}`, `W/${etag}`, '*']) {
      const response = handle({ method, url: PAGE, headers: { 'If-None-Match': ifNoneMatch } });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.body).toBe('');
      expect(response.headers.etag).toBe(etag);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['content-type']).toBeUndefined();
    }
  });
}

test('a stale If-None-Match gets the full page', () => {
  const response = handle({ method: 'GET', url: PAGE, headers: { 'if-none-match': '"stale"' } });
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body).data).toHaveLength(5);
});

test('errors carry no ETag and never turn into a 304', () => {
  const response = handle({ method: 'GET', url: '/nope', headers: { 'if-none-match': '*' } });
  expect(response.status).toBe(404);
  expect(response.headers.etag).toBeUndefined();
});

test('ETags are the same in two other processes and this one', async () => {
  const child = async () => (await run(process.execPath, ['--import', 'tsx', 'specs/hub/etag-child.ts', JSON.stringify(OPTIONS), ...URLS])).stdout.trim();
  const [a, b] = await Promise.all([child(), child()]);
  const here = JSON.stringify(URLS.map((url) => handle({ method: 'GET', url }).headers.etag));
  expect(a).toBe(here);
  expect(b).toBe(here);
});

test('over HTTP, a revalidation is a 304 with no body bytes', async () => {
  const server = await HubServer.start(handle);
  try {
    const send = (headers: Record<string, string>) =>
      new Promise<{ status: number; etag: string | undefined; bytes: number }>((resolve, reject) => {
        const req = request(`${server.url}${PAGE}`, { headers }, (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, bytes }));
        });
        req.on('error', reject);
        req.end();
      });
    const first = await send({});
    expect(first.status).toBe(200);
    expect(first.bytes).toBeGreaterThan(0);
    const second = await send({ 'if-none-match': first.etag! });
    expect(second).toEqual({ status: 304, etag: first.etag, bytes: 0 });
  } finally {
    await server.close();
  }
});
