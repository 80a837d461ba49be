// Property-based fuzzing of the hub over HTTP: 10,000 generated requests (methods, targets
// in origin and absolute form, mutated paths, queries, headers, HTTP versions) to a real
// server. Never a 5xx, every 4xx is problem+json, every 200 is what it says, and the server
// answers correctly afterwards. The seed is fixed; fast-check prints it and the shrunk
// request on failure.
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { createDataset, createHandler, HubServer } from 'seedhub/core';

const SEED = 20_261_126;
const RUNS = 10_000;
const dataset = createDataset({ schools: 2, studentsPerSchool: 12, staffPerSchool: 4 });
const CODES = dataset.schools.map((s) => s.centreCode);
const KNOWN = [
  '/', '/openapi.json', '/docs', '/explore', '/explore/api/person', '/docs/swagger-ui.css',
  ...CODES.flatMap((code) => dataset.collections.map((c) => c.route.replace('{school}', code))),
];

/** A piece of a URL: safe characters, percent-encodings (valid or not), and a few bytes servers disagree about. */
const urlChars = fc.array(fc.oneof(
  fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', '~', '/', '%', '%2F', '%00', '%zz', '%E2%82%AC', '..', '//', '+', '=', '&', '?', '#', ';', ':', '@', '!', '$', "'", '(', ')', '*', ',', '[', ']', '|', '^', '{', '}', '"', '<', '>', '\\'),
  fc.integer({ min: 0, max: 99_999_999_999 }).map(String),
), { maxLength: 12 }).map((parts) => parts.join(''));

const path = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...KNOWN), urlChars).map(([known, extra]) => `${known}${extra}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KNOWN), urlChars, fc.nat()).map(([known, junk, at]) => { const segments = known.split('/'); segments[at % segments.length] = junk; return segments.join('/') || '/'; }) },
  { weight: 1, arbitrary: urlChars.map((junk) => `/${junk}`) },
);

const queryValue = fc.oneof(
  fc.integer({ min: -5, max: 2_000 }).map(String),
  fc.constantFrom('', '0', '1', '1000', '1001', '1e3', '0x10', '1.5', ' 1', '999999999999999999999', 'NaN'),
  urlChars,
);
const query = fc.array(fc.tuple(fc.constantFrom('navigationPage', 'navigationPageSize', 'centreCode', 'id', 'x', 'navigationpage', ''), queryValue), { maxLength: 4 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

const target = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(path, query).map(([p, q]) => `${p}${q}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('http://hub.test', 'https://x', 'http://[::1]:9'), path, query).map(([origin, p, q]) => `${origin}${p}${q}`) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'hub.test:443', '') },
);

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 3, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'CONNECT') },
  { weight: 1, arbitrary: fc.constantFrom('get', 'Get', 'PRI', 'FOO', 'GET GET', 'G\u00c9T') },
);

const header = fc.oneof(
  fc.constantFrom('Accept: application/json', 'Accept: */*', 'If-None-Match: "x"', 'If-None-Match: *', 'Origin: http://app.test',
    'Access-Control-Request-Method: GET', 'Access-Control-Request-Headers: authorization, x-y', 'Access-Control-Request-Headers: a\u0001b',
    'Authorization: Bearer abc', 'x-seedhub-test: nobody', 'Accept-Encoding: gzip', 'Range: bytes=0-10', 'X-Empty:', 'Bad Header: x', ': nameless'),
  fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.stringMatching(/^[ -~]{0,40}$/)).map(([name, value]) => `${name}: ${value}`),
);

const request = fc.record({
  method,
  target,
  version: fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, { weight: 2, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/0.9', 'http/1.1', '') }),
  host: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  headers: fc.array(header, { maxLength: 4 }),
}).map(({ method: m, target: t, version, host, headers }) =>
  `${m} ${t}${version ? ` ${version}` : ''}\r\n${host ? 'Host: hub.test\r\n' : ''}${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n`);

/** Sends raw bytes and resolves with the answer (or what came) once the server closes. */
function send(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.end(Buffer.from(bytes, 'latin1'));
  });
}

/** What is wrong with an answer, or undefined when it is fine. */
function wrong(answer: string, sent: string): string | undefined {
  if (answer === '') return 'no answer at all';
  const [head = '', ...rest] = answer.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
  if (!status) return `not an HTTP answer: ${JSON.stringify(head.slice(0, 60))}`;
  if (status >= 500) return `answered ${status}`;
  const type = /\r\ncontent-type: ([^\r]+)/i.exec(head)?.[1] ?? '';
  const body = rest.join('\r\n\r\n');
  if (status >= 400) {
    if (type !== 'application/problem+json') return `answered ${status} as ${type || 'no type'}`;
    // HEAD has the headers of GET, and no body.
    if (/^HEAD /.test(sent)) return undefined;
    const problem = JSON.parse(body) as Record<string, unknown>;
    if (problem.status !== status || typeof problem.type !== 'string' || typeof problem.detail !== 'string') return `a malformed problem: ${body.slice(0, 80)}`;
  }
  if (status === 200 && type.startsWith('application/json') && !/^HEAD /.test(sent)) JSON.parse(body);
  return undefined;
}

test(`${RUNS} fuzzed requests: never a 5xx, every 4xx a problem, and the hub still right after`, async () => {
  test.setTimeout(240_000);
  const handle = createHandler(dataset);
  const server = await HubServer.start(handle, { port: 0, timeouts: { headersMs: 2_000, requestMs: 3_000 } });
  try {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (bytes) => {
        sent++;
        const answer = await send(server.port, bytes);
        const problem = wrong(answer, bytes);
        if (problem) throw new Error(`${problem}\n--- sent ---\n${JSON.stringify(bytes)}\n--- answered ---\n${answer.slice(0, 400)}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    // The server still answers, and answers right.
    const after = await (await fetch(`${server.url}/qt_student/school-api/schools/${CODES[1]}/students?navigationPageSize=5`)).json();
    expect(after.data).toEqual(dataset.collection(CODES[1]!, 'students')!.slice(0, 5));
  } finally {
    await server.close();
  }
});

/** Headers an attacker adds with auth and faults on: tokens, transfer-encoding tricks, bodies on GET, ranges and conditions. */
const hostileHeaders = fc.array(fc.constantFrom(
  'Authorization: Bearer tok-a', 'Authorization: Bearer tok-a', 'Authorization: Bearer admin', 'Authorization: Bearer tok-b', 'Authorization: Basic dG9rLWE6',
  'Authorization: Bearer', 'Authorization: bearer tok-a ', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'TE: gzip', 'Content-Length: 5',
  'Content-Length: 0', 'Content-Length: 99999999999', 'Expect: 100-continue', 'Expect: foo', 'Range: bytes=5-1', 'If-Modified-Since: yesterday',
  'If-None-Match: W/"x", "y"', 'If-Match: *', 'x-seedhub-test: ../..', 'Cookie: a=b',
), { maxLength: 4 });
const bodies = fc.constantFrom('', 'hello', '5\r\nhello\r\n0\r\n\r\n', 'zz\r\nxx\r\n', '0\r\n\r\n', 'grant_type=client_credentials');
const hostileRequest = fc.record({ method: fc.constantFrom('GET', 'GET', 'HEAD', 'OPTIONS', 'POST'), target: fc.tuple(path, query).map(([p, q]) => `${p}${q}`), headers: hostileHeaders, body: bodies })
  .map(({ method: m, target: t, headers, body }) => `${m} ${t} HTTP/1.1\r\nHost: hub.test\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n${body}`);

test('3,000 hostile requests with per-school tokens and faults on: never a 5xx, and a school token never sees another school', async () => {
  test.setTimeout(240_000);
  const { BIN, start } = await import('../support/processes.ts');
  const hub = start(process.execPath, [BIN, 'serve', '--port', '0', '--schools', '2', '--students', '12', '--staff', '4', '--bearer', `${CODES[0]}:tok-a,*:admin`, '--faults', '{"rate":0.05,"status":[429]}']);
  try {
    const port = Number(new URL((await hub.waitFor(/seedhub listening on (\S+)/))[1]!).port);
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (bytes) => {
        sent++;
        const answer = await send(port, bytes);
        const problem = wrong(answer, bytes);
        if (problem) throw new Error(`${problem}\n--- sent ---\n${JSON.stringify(bytes)}\n--- answered ---\n${answer.slice(0, 400)}`);
        // A token for the first school, and only it: no record of the other school comes back.
        const onlyA = /Authorization: Bearer tok-a\r\n/.test(bytes) && !/Authorization: Bearer admin/.test(bytes);
        if (onlyA && /^HTTP\/1\.1 200/.test(answer) && answer.includes(`"centreCode":"${CODES[1]}"`) && !bytes.startsWith('GET / ') && !bytes.startsWith('GET /?')) {
          throw new Error(`a token for ${CODES[0]} read ${CODES[1]}'s records\n--- sent ---\n${JSON.stringify(bytes)}`);
        }
      }),
      { seed: SEED + 1, numRuns: 3_000, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(3_000);
  } finally {
    await hub.stop();
  }
});
