// `seedhub serve --faults` and `--bearer`: the scenarios a test turns on, for a hub on its own.
import { expect, test } from '@playwright/test';
import { BIN, run, start } from '../support/processes.ts';

const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/;
const STUDENTS = '/qt_student/school-api/schools/4650/students?navigationPageSize=2';

test('serve --bearer asks every data request for the token; per-school tokens open their school only', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--bearer', '4650:token-a,*:admin']);
  try {
    const [, url] = await server.waitFor(LISTENING);
    expect(server.stdout()).toContain('auth: a bearer token is required (per school: 4650, *)');
    const get = (path: string, token?: string) => fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then((r) => r.status);
    expect(await get(STUDENTS)).toBe(401);
    expect(await get(STUDENTS, 'token-a')).toBe(200);
    expect(await get('/qt_student/school-api/schools/1690/students', 'token-a')).toBe(403);
    expect(await get('/qt_student/school-api/schools/1690/students', 'admin')).toBe(200);
    // One rule for every route: the index needs a token too, any school's.
    expect(await get('/')).toBe(401);
    expect(await get('/', 'token-a')).toBe(200);
  } finally {
    await server.stop();
  }
});

test('serve --faults answers seeded faults, the same on every run', async () => {
  const outcomes = async () => {
    const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--faults', '{"rate":0.5,"status":[503],"seed":"cli"}']);
    try {
      const [, url] = await server.waitFor(LISTENING);
      expect(server.stdout()).toContain('faults: {"rate":0.5,"status":[503],"seed":"cli"} (seed "cli")');
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push(await fetch(`${url}${STUDENTS}&navigationPage=${i % 5}`).then((r) => r.status));
      return statuses;
    } finally {
      await server.stop();
    }
  };
  const first = await outcomes();
  expect(new Set(first)).toEqual(new Set([200, 503]));
  expect(await outcomes()).toEqual(first);
});

test('bad --faults and --bearer are one line and exit 2', async () => {
  const bad = await run(process.execPath, [BIN, 'serve', '--port', '0', '--faults', 'lots']);
  expect([bad.code, bad.stderr]).toEqual([2, `[seedhub] Failed to read --faults: "lots" is neither a rate (0.2) nor JSON ('{"rate":0.2,"latencyMs":80}'). Run "seedhub help" for usage.\n`]);
  const rate = await run(process.execPath, [BIN, 'serve', '--port', '0', '--faults', '{"rate":3}']);
  expect([rate.code, rate.stderr]).toEqual([2, '[seedhub] Failed to set faults: rate must be a share from 0 to 1, got 3.\n']);
  const bearer = await run(process.execPath, [BIN, 'serve', '--port', '0', '--bearer', '4650:']);
  expect([bearer.code, bearer.stderr.split('\n').length]).toEqual([2, 2]);
});
