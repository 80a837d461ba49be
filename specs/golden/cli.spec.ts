// The golden commands: record, verify (exit codes and diffs), serve --golden, bad input,
// and a recording killed midway that leaves the previous golden intact.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler, extendModel, qteachers, recordGolden, verifyGolden } from 'seedhub/core';
import { BIN, run, start } from '../support/processes.ts';

const FLAGS = ['--seed', 'cli-golden', '--schools', '2', '--students', '8', '--staff', '3'];
const OPTIONS = { seed: 'cli-golden', schools: 2, studentsPerSchool: 8, staffPerSchool: 3 };

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-golden-cli-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seedhub = (...args: string[]) => run(process.execPath, [BIN, ...args]);

test('record writes a golden that verify finds clean (exit 0)', async () => {
  const file = join(dir, 'golden', 'small.json');
  const recorded = await seedhub('record', '--out', file, ...FLAGS);
  expect(recorded.code).toBe(0);
  expect(recorded.stdout).toMatch(/recorded \d+ records of 2 schools/);
  expect(await readFile(file, 'utf8')).toBe(recordGolden(createDataset(OPTIONS)));
  const verified = await seedhub('verify', file);
  expect(verified).toMatchObject({ code: 0, stderr: '' });
  expect(verified.stdout).toContain('no drift');
});

test('verify exits 1 on drift and prints the changed field, from what to what', async () => {
  const file = join(dir, 'drifted.json');
  const model = extendModel(qteachers, { collections: { staff: { fields: { positionTitle: () => 'Wizard' } } } });
  await writeFile(file, recordGolden(createDataset(OPTIONS, model)));
  const { code, stderr } = await seedhub('verify', file);
  expect(code).toBe(1);
  const staff = createDataset(OPTIONS).collection('4650', 'staff')!.slice(0, 1)[0]!;
  expect(stderr).toContain(`4650 /staff ${staff.staffId} positionTitle: "Wizard" → ${JSON.stringify(staff.positionTitle)}`);
  expect(stderr).not.toMatch(/\/students|\/parents/);
});

test('a broken or missing golden is one line and exit 2; bad flags are exit 2 naming the value', async () => {
  const file = join(dir, 'cut.json');
  const text = recordGolden(createDataset(OPTIONS));
  await writeFile(file, text.slice(0, text.length - 300));
  const results = await Promise.all([
    seedhub('verify', file),
    seedhub('verify', join(dir, 'missing.json')),
    seedhub('serve', '--golden', file, '--port', '0'),
    seedhub('serve', '--golden', file, '--seed', 'x'),
    seedhub('record'),
    seedhub('record', '--out', join(dir, 'x.json'), '--students', 'many'),
    seedhub('record', '--har', join(dir, 'x.har'), '--har-base', 'not a url'),
    seedhub('verify'),
  ]);
  expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  expect(results.map((r) => r.stderr.trimEnd().split('\n').length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  expect(results[0]!.stderr).toContain(`golden ${file}: the file ends early (truncated?) in 1690 /staff-photos`);
  expect(results[1]!.stderr).toContain('there is no such file');
  expect(results[3]!.stderr).toContain('--seed cannot be combined with it');
  expect(results[5]!.stderr).toContain('"many" is not a whole number');
  expect(results[6]!.stderr).toContain('"not a url" is not a URL');
});

test('serve --golden serves the golden\'s bytes', async () => {
  const file = join(dir, 'served.json');
  const model = extendModel(qteachers, { collections: { students: { fields: { house: () => 'Golden' } } } });
  const dataset = createDataset(OPTIONS, model);
  await writeFile(file, recordGolden(dataset));
  const server = start(process.execPath, [BIN, 'serve', '--golden', file, '--port', '0']);
  try {
    const [, url] = await server.waitFor(/listening on (http:\/\/\S+)/);
    const paths = ['/', '/qt_student/school-api/schools/1690/students?navigationPageSize=3&navigationPage=2', '/qt_staff/school-api/schools/4650/photos', '/qt_student/school-api/schools/01690/flags'];
    const bodies = await Promise.all(paths.map(async (path) => (await fetch(`${url}${path}`)).text()));
    const handle = createHandler(dataset);
    expect(bodies).toEqual(paths.map((path) => handle({ method: 'GET', url: path }).body));
  } finally {
    await server.stop();
  }
});

test('a recording killed midway leaves the previous golden byte-identical, and no half file in its place', async () => {
  const file = join(dir, 'golden.json');
  expect((await seedhub('record', '--out', file, ...FLAGS)).code).toBe(0);
  const before = await readFile(file);
  const recording = start(process.execPath, [BIN, 'record', '--out', file, '--schools', '1', '--students', '200000']);
  await recording.waitFor(/recording \d{4} students: 10000 of 200000/);
  const during = await readdir(dir);
  expect(during.filter((name) => name.endsWith('.tmp')).length).toBeGreaterThan(0);
  expect(await recording.stop('SIGKILL')).toBe(null);
  expect((await readFile(file)).equals(before)).toBe(true);
  const after = await readdir(dir);
  expect(after.filter((name) => !name.endsWith('.tmp'))).toEqual(['golden.json']);
  expect((await verifyGolden(file)).clean).toBe(true);
});
