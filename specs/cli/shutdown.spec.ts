// `seedhub serve` stops gracefully: requests in flight when SIGTERM comes are answered in
// full, a silent client cannot hold the exit past the drain bound, the server never outlives
// the npm process that started it, and binding beyond loopback is warned about.
import { connect, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';
import { BIN, ROOT, start } from '../support/processes.ts';

const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:(\d+))/;
const PATH = '/qt_student/school-api/schools/1690/students?navigationPageSize=20';

/** A complete answer: the status line, and exactly as many body bytes as content-length says. */
function complete(text: string): boolean {
  const [head, body = ''] = text.split('\r\n\r\n');
  const length = Number(/\r\ncontent-length: (\d+)/i.exec(head ?? '')?.[1]);
  return /^HTTP\/1\.1 200 /.test(head ?? '') && Buffer.byteLength(body) === length;
}

test('SIGTERM while 100 requests are in flight: 100 complete answers, then exit 0', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--port', '0']);
  const [, , port] = await server.waitFor(LISTENING);
  const sockets: Socket[] = [];
  const answers = Array.from({ length: 100 }, () => {
    const socket = connect(Number(port), '127.0.0.1');
    sockets.push(socket);
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => undefined);
    return new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  });
  // Every request written before the signal is sent.
  await Promise.all(sockets.map((socket) => new Promise<void>((resolve) => socket.write(`GET ${PATH} HTTP/1.1\r\nHost: hub\r\n\r\n`, () => resolve()))));
  const exit = server.stop('SIGTERM');
  const texts = await Promise.all(answers);
  expect(texts.filter(complete)).toHaveLength(100);
  expect(await exit).toBe(0);
  expect(server.stdout()).toContain('seedhub stopped (SIGTERM)');
});

test('a client that connects and says nothing cannot hold the exit past the drain bound', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--port', '0']);
  const [, , port] = await server.waitFor(LISTENING);
  const silent = connect(Number(port), '127.0.0.1');
  silent.on('error', () => undefined);
  await new Promise((resolve) => silent.once('connect', resolve));
  const started = Date.now();
  const code = await server.stop('SIGINT');
  expect([code, server.child.signalCode, server.stderr()]).toEqual([0, null, '']);
  // Bounded by the 5 s drain, not by the client (it held the exit for 39 s before).
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(server.stdout()).toMatch(/seedhub stopped \(SIGINT\): 1 connections were still open after 5 s and were closed/);
});

test('the server never outlives the npm process that started it', async () => {
  test.setTimeout(60_000);
  const npm = start('npm', ['start', '--silent'], { PORT: '0' }, { cwd: ROOT });
  const [, url] = await npm.waitFor(LISTENING);
  expect((await fetch(`${url}/`)).status).toBe(200);
  // npm itself killed outright: it can pass nothing on, and the server notices it is gone.
  process.kill(npm.child.pid!, 'SIGKILL');
  let refused = false;
  for (let i = 0; i < 40 && !refused; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    refused = await fetch(`${url}/`).then(() => false, () => true);
  }
  await npm.stop('SIGKILL');
  expect(refused).toBe(true);
});

test('binding beyond loopback says so on stderr before it binds', async () => {
  // 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning shows, and binding fails cleanly.
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--host', '192.0.2.1']);
  const code = await new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  expect(code).toBe(1);
  expect(server.stderr().trim().split('\n')).toEqual([
    '[seedhub] Warning: binding 192.0.2.1, so other machines can reach the hub, and any web page may read it (CORS allows every origin). Use --host 127.0.0.1 to keep it to this machine.',
    expect.stringMatching(/^\[seedhub\] Failed to start the server: listen EADDRNOTAVAIL/),
  ]);
  const local = start(process.execPath, [BIN, 'serve', '--port', '0', '--host', 'localhost']);
  await local.waitFor(/seedhub listening on/);
  expect(await local.stop()).toBe(0);
  expect(local.stderr()).toBe('');
});
