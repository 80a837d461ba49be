import { expect, test } from '@playwright/test';
import { BIN, start, run } from '../support/processes.ts';

const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/;

test('serve prints its URL, serves the hub it was asked for, and stops cleanly on SIGTERM and SIGINT', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--seed', 'cli', '--schools', '4650,0220', '--students', '8']);
    try {
      const [, url] = await server.waitFor(LISTENING);
      const index = (await (await fetch(`${url}/`)).json()) as { seed: string; schools: { centreCode: string }[] };
      expect(index.seed).toBe('cli');
      expect(index.schools.map((s) => s.centreCode)).toEqual(['4650', '0220']);
      const students = (await (await fetch(`${url}/qt_student/school-api/schools/0220/students`)).json()) as { navigation: { totalRecords: number } };
      expect(students.navigation.totalRecords).toBe(8);
    } finally {
      expect(await server.stop(signal)).toBe(0);
    }
    expect(server.stdout()).toContain(`seedhub stopped (${signal})`);
  }
});

test('npm start serves the four default schools on $PORT', async () => {
  const server = start('npm', ['start', '--silent'], { PORT: '0' });
  try {
    const [, url] = await server.waitFor(LISTENING);
    const index = (await (await fetch(`${url}/`)).json()) as { seed: string; schools: { centreCode: string }[] };
    expect(index.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
  } finally {
    await server.stop();
  }
});

test('a port in use is a clear error, not a crash', async () => {
  const first = start(process.execPath, [BIN, 'serve', '--port', '0']);
  try {
    const [, url] = await first.waitFor(LISTENING);
    const { code, stderr } = await run(process.execPath, [BIN, 'serve', '--port', new URL(url!).port]);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^\[seedhub\] Failed to start the server: port \d+ is in use\. Use --port 0 for a free port\.$/);
  } finally {
    await first.stop();
  }
});

const BAD: [string[], RegExp][] = [
  [['serve', '--students', 'abc'], /--students: "abc" is not a whole number/],
  [['serve', '--schools', '220,1690'], /centre code "220" is not 4 digits\. Did you mean "0220"\?/],
  [['serve', '--schools', '0'], /schools must be a whole number from 1/],
  [['serve', '--port', '70000'], /--port: 70000 is above 65535/],
  [['serve', '--colour', 'red'], /Unknown option '--colour'/],
  [['generate'], /--out DIR is required/],
  [['generate', '--out', 'out/x', '--format', 'xml'], /--format: "xml" is not json or ndjson/],
  [['serv'], /Unknown command "serv"\. Did you mean "serve"\?/],
];

for (const [args, message] of BAD) {
  test(`seedhub ${args.join(' ')} exits 2 with one line naming the problem`, async () => {
    const { code, stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
}
