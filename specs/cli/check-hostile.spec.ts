// `seedhub check` against hubs that cannot be trusted: bounded in time and memory, and it
// says which limit stopped it. (The library's side: specs/consistency/hostile.spec.ts.)
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { HubServer, type Handle } from 'seedhub/core';
import { BIN, run } from '../support/processes.ts';

const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('a hub whose pages never end: the crawl stops at its record limit within a small heap, and says so', async () => {
  test.setTimeout(120_000);
  const looping: Handle = (request) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/') return json({ schools: [{ centreCode: '4650', endpoints: { students: '/s' } }] });
    const page = Number(url.searchParams.get('navigationPage') ?? 0);
    const size = Number(url.searchParams.get('navigationPageSize') ?? 100);
    return json({
      data: Array.from({ length: size }, (_, i) => ({ enrolmentId: String(page * size + i).padStart(10, '0'), familyName: 'x'.repeat(200) })),
      navigation: { navigationPage: page, navigationPageSize: size, totalRecords: 1e12, totalPages: 1e10 },
    });
  };
  const server = await HubServer.start(looping, { port: 0 });
  try {
    // A 160 MB heap: before the limits this crawl grew until the process died (exit 134).
    const { code, stdout, stderr } = await run(process.execPath, ['--max-old-space-size=160', BIN, 'check', '--url', server.url, '--max-records', '100000']);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout.trim().split('\n')).toEqual([
      '4650 /students page 1000: stopped: the crawl has kept its limit of records (raise maxRecords, or --max-records, for a bigger hub) (crawl-limit)',
      'seedhub check: 1 endpoints, 100000 records, 1 findings',
    ]);
  } finally {
    await server.close();
  }
});

test('a silent hub is given up on after --timeout, saying so: exit 2', async () => {
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const { code, stderr } = await run(process.execPath, [BIN, 'check', '--url', `http://127.0.0.1:${port}`, '--timeout', '1']);
    expect([code, stderr]).toEqual([2, `[seedhub] Failed to crawl http://127.0.0.1:${port}/: GET / request failed (no answer within 1 s). Is it a hub that speaks the seedhub API? Check the URL, or give the centre codes to crawl.\n`]);
  } finally {
    silent.close();
  }
});

test('a redirect to another host, an oversized body and an empty index are findings, not a clean hub', async () => {
  const hostile: Handle = (request) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/') return json({ schools: [{ centreCode: '4650', endpoints: { students: '/away', staff: '/big' } }] });
    if (url.pathname === '/away') return { status: 307, headers: { location: 'http://elsewhere.example/' }, body: '' };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: ['x'.repeat(3 * 1024 * 1024)] }) };
  };
  const server = await HubServer.start(hostile, { port: 0 });
  const empty = await HubServer.start(() => json({ schools: [] }), { port: 0 });
  try {
    const { code, stdout } = await run(process.execPath, [BIN, 'check', '--url', server.url, '--max-body', '2']);
    expect([code, stdout.trim().split('\n')]).toEqual([1, [
      '4650 /students page 0: GET answered 307, a redirect to another origin (http://elsewhere.example/), not followed (http-status)',
      '4650 /staff page 0: GET request failed (the answer is more than the 2 MB allowed) (http-status)',
      'seedhub check: 2 endpoints, 0 records, 2 findings',
    ]]);
    const none = await run(process.execPath, [BIN, 'check', '--url', empty.url]);
    expect([none.code, none.stdout]).toEqual([1, `${empty.url}/: GET / lists no schools, so there is nothing to check (no-schools)\nseedhub check: 0 endpoints, 0 records, 1 findings\n`]);
    const bad = await run(process.execPath, [BIN, 'check', '--url', empty.url, '--timeout', '0']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/^\[seedhub\] Failed to read --timeout: 0 is not from 1 to 3600\./)]);
  } finally {
    await server.close();
    await empty.close();
  }
});
