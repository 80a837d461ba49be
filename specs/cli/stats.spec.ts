// `seedhub stats`: the realism report on the command line, for generated data or a
// running hub; exit 1 (with what to do) when a figure is out of its band.
import { expect, test } from '@playwright/test';
import { BIN, run, start } from '../support/processes.ts';

test('stats on the default hub: every figure in its band beside its source, exit 0', async () => {
  const { code, stdout } = await run(process.execPath, [BIN, 'stats']);
  const lines = stdout.trim().split('\n');
  expect(lines.length).toBeGreaterThan(60);
  expect(lines.filter((line) => !line.startsWith('ok '))).toEqual([]);
  expect(stdout).toMatch(/^ok +asthma +\d+\.\d% +\(target 0\.0% to 21\.1%; \[S1\] \[S18\]\)$/m);
  expect(stdout).toMatch(/^ok +schools whose Aboriginal and\/or Torres Strait Islander share fits their place +\d+\.\d% +\(target 90\.0% to 100\.0%; \[S17\] \[P1\]–\[P9\]\)$/m);
  expect(code).toBe(0);
});

test('stats on 300 students in too few classes and staff: exit 1, and the classes and staff that fix it', async () => {
  const { code, stdout } = await run(process.execPath, [BIN, 'stats', '--students', '300']);
  const out = stdout.split('\n').filter((line) => line.startsWith('OUT'));
  expect(out).toEqual([
    expect.stringMatching(/^OUT +classes over the size target \(plus 2\) .*raise classesPerSchool \(--classes\) to about (\d+)$/),
    expect.stringMatching(/^OUT +students per teacher \(FTE\) .*raise staffPerSchool \(--staff\) to about (\d+)$/),
  ]);
  expect(code).toBe(1);
  const [classes, staff] = out.map((line) => /to about (\d+)$/.exec(line)![1]!);
  const followed = await run(process.execPath, [BIN, 'stats', '--students', '300', '--classes', classes!, '--staff', staff!]);
  expect([followed.code, followed.stdout.split('\n').filter((line) => line.startsWith('OUT'))]).toEqual([0, []]);
});

test('stats with realistic sizes: every school its own size, every figure in its band', async () => {
  const { code, stdout } = await run(process.execPath, [BIN, 'stats', '--sizes', 'realistic', '--schools', '8']);
  expect([code, stdout.split('\n').filter((line) => line.startsWith('OUT'))]).toEqual([0, []]);
});

test('stats --url measures a running hub, --json gives the figures', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--seed', 'stats']);
  try {
    const [, url] = await server.waitFor(/seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const { code, stdout } = await run(process.execPath, [BIN, 'stats', '--url', url!, '--json']);
    const metrics = JSON.parse(stdout) as { name: string; ok: boolean; value: number }[];
    expect(metrics.find((m) => m.name === 'students in English and Mathematics')).toMatchObject({ ok: true, value: 1 });
    expect(code).toBe(0);
    const local = JSON.parse((await run(process.execPath, [BIN, 'stats', '--seed', 'stats', '--json'])).stdout) as unknown;
    expect(metrics).toEqual(local);
  } finally {
    await server.stop();
  }
});
