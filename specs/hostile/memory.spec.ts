// Hostile round two, memory (issue 23 rows 5, 6), scaled down: clients that pipeline big
// pages and never read hold a bounded amount of the hub's memory and are closed when they
// do not drain; the faults scenario's count of URLs stays bounded however many distinct
// URLs come. The servers run in their own processes, measured through /proc.
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';
import { BIN, start } from '../support/processes.ts';

/** The resident set of a process, in MB. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('20 clients pipelining 40 pages of 1000 parents each and never reading: bounded memory, closed once stalled', async () => {
  test.setTimeout(90_000);
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--schools', '1', '--students', '1000']);
  try {
    const url = (await server.waitFor(/seedhub listening on (\S+)/))[1]!;
    const port = Number(new URL(url).port);
    // One page made and cached first, so that memory measures what the connections hold.
    await (await fetch(`${url}/qt_student/school-api/schools/4650/parents?navigationPageSize=1000`)).text();
    const before = rssOf(server.child.pid!);
    const request = 'GET /qt_student/school-api/schools/4650/parents?navigationPageSize=1000 HTTP/1.1\r\nHost: x\r\n\r\n';
    const pageBytes = Buffer.byteLength(await (await fetch(`${url}/qt_student/school-api/schools/4650/parents?navigationPageSize=1000`)).text());
    const sockets: Socket[] = [];
    const received: number[] = [];
    let closed = 0;
    for (let i = 0; i < 20; i++) {
      received.push(0);
      const socket = connect(port, '127.0.0.1', () => socket.write(request.repeat(40)));
      socket.pause();
      socket.on('data', (chunk: Buffer) => (received[i]! += chunk.length));
      socket.on('close', () => closed++);
      socket.on('error', () => undefined);
      sockets.push(socket);
    }
    await sleep(3_000);
    const held = rssOf(server.child.pid!) - before;
    // Unbounded, these would hold 20 × 40 pages of ~1.3 MB (over 1 GB).
    expect(held, `${held.toFixed(0)} MB`).toBeLessThan(400);
    // The server answers others meanwhile; stalled connections are closed after 10 s: a
    // client that reads after that gets what was sent before, far from its 40 pages, and the end.
    expect((await fetch(`${url}/`)).status).toBe(200);
    await sleep(11_000);
    for (const socket of sockets) socket.resume();
    await expect.poll(() => closed, { timeout: 15_000 }).toBe(20);
    for (const bytes of received) expect(bytes).toBeLessThan(20 * pageBytes);
    expect((await fetch(`${url}/`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

test('--faults and 30,000 distinct URLs: the count of URLs the faults keep is bounded, memory flat', async () => {
  test.setTimeout(90_000);
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--schools', '1', '--students', '4', '--faults', '0.01']);
  try {
    const url = (await server.waitFor(/seedhub listening on (\S+)/))[1]!;
    const send = async (from: number, count: number) => {
      for (let i = from; i < from + count; i += 50) {
        await Promise.all(Array.from({ length: 50 }, (_, j) => fetch(`${url}/qt_student/school-api/schools/4650/students?navigationPageSize=1&x=${'y'.repeat(200)}${i + j}`).then((r) => r.arrayBuffer())));
      }
    };
    await send(0, 12_000);
    const warm = rssOf(server.child.pid!);
    await send(12_000, 18_000);
    const grown = rssOf(server.child.pid!) - warm;
    // Unbounded, 18,000 more keys of ~250 characters: tens of MB, and growing without end.
    expect(grown, `${grown.toFixed(1)} MB`).toBeLessThan(15);
  } finally {
    await server.stop();
  }
});
