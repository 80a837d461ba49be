// Golden modes: replay, record, update, verify, lockdown; SEEDHUB_GOLDEN overrides; on CI
// no mode writes a file, and the error says how to record it.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, extendModel, GoldenDriftError, GoldenError, qteachers, recordGolden } from 'seedhub/core';
import { goldenDataset } from '../../src/golden/modes.ts';
import { fileStore, type GoldenStore } from '../../src/golden/store.ts';

const OPTIONS = { seed: 'golden-modes', schools: 1, studentsPerSchool: 5, staffPerSchool: 2 };
const LOCAL = {};
const CI = { CI: 'true' };

let dir: string;
let file: string;
let writes: string[];
/** The file system, counting writes. */
const store: GoldenStore = { read: (path) => fileStore.read(path), write: async (path, text) => (writes.push(path), fileStore.write(path, text)) };

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-modes-'));
  file = join(dir, 'golden', 'hub.json');
  writes = [];
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string) => stat(path).then(() => true, () => false);
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const students = (dataset: Awaited<ReturnType<typeof goldenDataset>>) => dataset.collection(dataset.schools[0]!.centreCode, 'students')!.slice(0, 5);
const stale = () => recordGolden(createDataset(OPTIONS, extendModel(qteachers, { collections: { students: { fields: { house: () => 'Stale' } } } })));

test('replay (the default) records a missing golden locally, then replays it without writing', async () => {
  const first = await goldenDataset({ file, options: OPTIONS, store, env: LOCAL });
  expect(writes).toEqual([file]);
  expect(await readFile(file, 'utf8')).toBe(recordGolden(createDataset(OPTIONS)));
  const second = await goldenDataset({ file, options: OPTIONS, store, env: LOCAL });
  expect(writes).toEqual([file]);
  expect(students(second)).toEqual(students(first));
});

test('on CI the default mode never writes: a missing golden is an error', async () => {
  const error = await failure(goldenDataset({ file, options: OPTIONS, store, env: CI }));
  expect(error).toBeInstanceOf(GoldenError);
  expect(String(error)).toContain(`golden ${file}: there is no such file, and goldens are never written on CI.`);
  expect(String(error)).toContain(`npx seedhub record --out ${file} --seed golden-modes --schools 1 --students 5 --staff 2 --classes 24 --year 2026`);
  expect(await exists(file)).toBe(false);
  expect(writes).toEqual([]);
});

test('on CI no mode writes: record and update are errors too, and say how to record', async () => {
  for (const mode of ['record', 'update'] as const) {
    const error = await failure(goldenDataset({ file, mode, options: OPTIONS, store, env: CI }));
    expect(String(error)).toContain('goldens are never written on CI');
  }
  expect(String(await failure(goldenDataset({ file, options: OPTIONS, store, env: { CI: '1', SEEDHUB_GOLDEN: 'record' } })))).toContain('there is no such file');
  await fileStore.write(file, stale());
  expect(String(await failure(goldenDataset({ file, mode: 'update', options: OPTIONS, store, env: CI })))).toContain('mode "update" would rewrite it');
  expect(writes).toEqual([]);
  // An extended model cannot be recorded from the command line: the hint says to run the spec locally.
  await rm(file);
  const extended = extendModel(qteachers, { collections: { students: { fields: { house: () => 'Stale' } } } });
  const refusal = String(await failure(goldenDataset({ file, model: extended, options: OPTIONS, store, env: CI })));
  expect(refusal).toContain('its model is made in code (extendModel, modelFromOpenAPI), which the command line cannot rebuild: run the spec that uses it with SEEDHUB_GOLDEN=update where CI is not set');
  expect(refusal).toContain(`writeGolden(createDataset(options, model), ${JSON.stringify(file)})`);
});

test('update on CI with a golden that is already current passes: there is nothing to write', async () => {
  await fileStore.write(file, recordGolden(createDataset(OPTIONS)));
  const current = await goldenDataset({ file, mode: 'update', options: OPTIONS, store, env: CI });
  expect(students(current)).toEqual(createDataset(OPTIONS).collection(current.schools[0]!.centreCode, 'students')!.slice(0, 5));
  expect(await goldenDataset({ file, options: OPTIONS, store, env: { CI: 'true', SEEDHUB_GOLDEN: 'update' } })).toBeTruthy();
  // Locally too, an update that would write the same bytes leaves the file alone.
  await goldenDataset({ file, mode: 'update', options: OPTIONS, store, env: LOCAL });
  expect(writes).toEqual([]);
});

test('the drift of a verify names the whole command that re-records the golden, or how to from code', async () => {
  await fileStore.write(file, stale());
  const drift = await failure(goldenDataset({ file, mode: 'verify', options: OPTIONS, store, env: LOCAL }));
  expect(drift).toBeInstanceOf(GoldenDriftError);
  expect(String(drift)).toContain(`re-record it with the options it was recorded with: npx seedhub record --out ${file} --seed golden-modes --schools 1 --students 5 --staff 2 --classes 24 --year 2026 (or SEEDHUB_GOLDEN=update where CI is not set).`);
  expect(String(drift)).not.toContain('[hub options]');
  await fileStore.write(file, recordGolden(createDataset(OPTIONS)));
  const extended = extendModel(qteachers, { collections: { students: { fields: { house: () => 'Stale' } } } });
  const fromCode = await failure(goldenDataset({ file, mode: 'verify', model: extended, options: OPTIONS, store, env: LOCAL }));
  expect(String(fromCode)).toContain('If the change is on purpose, re-record it: its model is made in code');
});

test('record writes what is missing, and replays what exists', async () => {
  await goldenDataset({ file, mode: 'record', options: OPTIONS, store, env: LOCAL });
  expect(writes).toEqual([file]);
  await writeFile(file, stale());
  const replayed = await goldenDataset({ file, mode: 'record', options: OPTIONS, store, env: CI });
  // Replaying writes nothing, so it is allowed on CI.
  expect(writes).toEqual([file]);
  expect(students(replayed).map((s) => s.house)).toEqual(['Stale', 'Stale', 'Stale', 'Stale', 'Stale']);
});

test('update rewrites an existing golden from today\'s generator', async () => {
  await fileStore.write(file, stale());
  const updated = await goldenDataset({ file, mode: 'update', options: OPTIONS, store, env: LOCAL });
  expect(writes).toEqual([file]);
  expect(await readFile(file, 'utf8')).toBe(recordGolden(createDataset(OPTIONS)));
  expect(students(updated)).toEqual(createDataset(OPTIONS).collection(updated.schools[0]!.centreCode, 'students')!.slice(0, 5));
});

test('verify replays a clean golden and throws GoldenDriftError with the readable diff on drift', async () => {
  await fileStore.write(file, recordGolden(createDataset(OPTIONS)));
  await goldenDataset({ file, mode: 'verify', options: OPTIONS, store, env: LOCAL });
  await fileStore.write(file, stale());
  const error = await failure(goldenDataset({ file, mode: 'verify', options: OPTIONS, store, env: LOCAL }));
  expect(error).toBeInstanceOf(GoldenDriftError);
  const drift = error as GoldenDriftError;
  expect(drift.report.drift.map((d) => d.changed[0]!.fields.map((f) => f.field))).toEqual([['house']]);
  expect(drift.message).toMatch(/\/students \d{10} house: "Stale" → "/);
  expect(await failure(goldenDataset({ file: join(dir, 'none.json'), mode: 'verify', store, env: LOCAL }))).toBeInstanceOf(GoldenError);
  expect(writes).toEqual([]);
});

test('lockdown fails on a missing golden, locally too, and replays an existing one', async () => {
  expect(await failure(goldenDataset({ file, mode: 'lockdown', options: OPTIONS, store, env: LOCAL }))).toBeInstanceOf(GoldenError);
  expect(await exists(file)).toBe(false);
  await fileStore.write(file, recordGolden(createDataset(OPTIONS)));
  expect((await goldenDataset({ file, mode: 'lockdown', options: OPTIONS, store, env: LOCAL })).options.seed).toBe('golden-modes');
  expect(writes).toEqual([]);
});

test('SEEDHUB_GOLDEN overrides the mode a caller asks for; a bad value is named', async () => {
  expect(await failure(goldenDataset({ file, mode: 'record', options: OPTIONS, store, env: { SEEDHUB_GOLDEN: 'lockdown' } }))).toBeInstanceOf(GoldenError);
  await goldenDataset({ file, mode: 'lockdown', options: OPTIONS, store, env: { SEEDHUB_GOLDEN: 'record' } });
  expect(writes).toEqual([file]);
  expect(String(await failure(goldenDataset({ file, store, env: { SEEDHUB_GOLDEN: 'replai' } })))).toContain('SEEDHUB_GOLDEN is "replai". Use one of replay, record, update, verify, lockdown');
});

test('a golden recorded with other options than the caller\'s is an error naming the option', async () => {
  await fileStore.write(file, recordGolden(createDataset(OPTIONS)));
  const error = await failure(goldenDataset({ file, options: { ...OPTIONS, studentsPerSchool: 6 }, store, env: LOCAL }));
  expect(String(error)).toContain('it was recorded with studentsPerSchool 5, not 6');
  // Without options, the golden's own are used.
  expect((await goldenDataset({ file, store, env: LOCAL })).options.studentsPerSchool).toBe(5);
});
