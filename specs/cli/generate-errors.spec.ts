// Writing files from the command line: a file-system error is one line naming the path and
// the cause (exit 2), a stopped run leaves no temporary file, and a big run says so first.
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { estimateRun } from '../../src/cli/estimate.ts';
import { STOP_GRACE_MS, untilStopped } from '../../src/cli/interrupt.ts';
import { fileErrorMessage } from '../../src/cli/file-errors.ts';
import { createDataset } from '../../src/generate/dataset.ts';
import { allRecords } from '../support/all-records.ts';
import { BIN, run, start } from '../support/processes.ts';

const seedhub = (...args: string[]) => run(process.execPath, [BIN, ...args]);
const SMALL = ['--schools', '1', '--students', '2', '--staff', '1'];

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-files-'));
});
test.afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root` whose name ends in `.tmp`. */
async function temporaries(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith('.tmp'));
}

/** Exit 2, nothing on stdout, and exactly one line on stderr, which is returned. */
function oneLine(result: { code: number | null; stdout: string; stderr: string }): string {
  expect([result.code, result.stdout]).toEqual([2, '']);
  expect(result.stderr).toMatch(/^\[seedhub\] [^\n]+\n$/);
  return result.stderr.trimEnd();
}

test('generate --out onto a file (EEXIST) or under one (ENOTDIR): one line naming the path and the cause', async () => {
  const file = join(dir, 'taken');
  await writeFile(file, 'not a directory');
  expect(oneLine(await seedhub('generate', '--out', file, ...SMALL))).toMatch(new RegExp(`^\\[seedhub\\] Failed to create the directory ${file}: a file is in the way \\(EEXIST\\)\\. `));
  const under = join(file, 'data');
  expect(oneLine(await seedhub('generate', '--out', under, ...SMALL))).toMatch(new RegExp(`^\\[seedhub\\] Failed to create the directory ${under}: part of the path is a file, not a directory \\(ENOTDIR\\)\\. `));
  expect(await readdir(dir)).toEqual(['taken']);
});

test('every command --out under a path the file system refuses (/proc): one line naming it, exit 2, at once', async () => {
  test.skip(!existsSync('/proc/self'), 'needs Linux /proc');
  // Node's recursive mkdir retries such a path forever; seedhub makes one level at a time.
  const started = Date.now();
  expect(oneLine(await seedhub('generate', '--out', '/proc/nope', ...SMALL))).toBe('[seedhub] Failed to create the directory /proc/nope: /proc does not take new directories (ENOENT). Choose another path.');
  expect(oneLine(await seedhub('record', '--out', '/proc/nope/golden.json', ...SMALL))).toContain('Failed to create the directory /proc/nope: /proc does not take new directories (ENOENT).');
  expect(oneLine(await seedhub('openapi', '--out', '/proc/nope/hub.json'))).toContain('Failed to create the directory /proc/nope: /proc does not take new directories (ENOENT).');
  expect(Date.now() - started).toBeLessThan(30_000);
});

test('a signal stops a command whose work never returns: one line and 143 once the grace is up', async () => {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), error: (l: string) => lines.push(l), waitForSignal: async () => 'SIGTERM' };
  const started = Date.now();
  const code = await untilStopped('generate', io, () => new Promise<number>(() => undefined));
  expect([code, lines]).toEqual([143, ['seedhub generate stopped (SIGTERM): nothing half-written was left']]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(STOP_GRACE_MS - 50);
});

test('generate --out into a directory it may not write (EACCES): one line, exit 2', async () => {
  test.skip(process.getuid?.() === 0, 'root writes through any permission bits, so EACCES cannot happen here');
  const locked = join(dir, 'locked');
  await mkdir(locked, { mode: 0o500 });
  const line = oneLine(await seedhub('generate', '--out', join(locked, 'data'), ...SMALL));
  expect(line).toMatch(new RegExp(`^\\[seedhub\\] Failed to create the directory ${join(locked, 'data')}: permission denied \\(EACCES\\)\\. `));
});

test('record and openapi --out onto a directory (EISDIR): one line before anything is written', async () => {
  const existing = join(dir, 'existing');
  await mkdir(existing);
  expect(oneLine(await seedhub('record', '--out', existing, ...SMALL))).toBe(`[seedhub] Failed to write ${existing}: it is a directory (EISDIR). Give a file name, e.g. ${join(existing, 'golden.json')}.`);
  expect(oneLine(await seedhub('record', '--har', existing, ...SMALL))).toContain(`Failed to write ${existing}: it is a directory (EISDIR).`);
  expect(oneLine(await seedhub('openapi', '--out', existing))).toContain(`Failed to write ${existing}: it is a directory (EISDIR).`);
  expect(await readdir(dir, { recursive: true })).toEqual(['existing']);
});

test('openapi and record --out create the directory they write into', async () => {
  const file = join(dir, 'new', 'deeper', 'hub.yaml');
  expect((await seedhub('openapi', '--out', file)).code).toBe(0);
  const har = join(dir, 'har', 'hub.har');
  expect((await seedhub('record', '--har', har, ...SMALL)).code).toBe(0);
  expect((await readdir(dir, { recursive: true })).sort()).toEqual(['har', 'har/hub.har', 'new', 'new/deeper', 'new/deeper/hub.yaml']);
});

test('a full disk or a read-only file system is one line naming the path given, not the temporary file', () => {
  const errno = (code: string, syscall: string, path?: string) => Object.assign(new Error(`${code}: ${syscall}`), { code, syscall, ...(path ? { path } : {}) });
  expect(fileErrorMessage(Object.assign(errno('ENOSPC', 'write'), { path: '/data/4650/students.json' }))).toBe('[seedhub] Failed to write /data/4650/students.json: the disk is full (ENOSPC). Free some space, or write somewhere else.');
  expect(fileErrorMessage(errno('EROFS', 'open', '/media/ro/x.json.123.4.tmp'))).toBe('[seedhub] Failed to write /media/ro/x.json: the file system is read-only (EROFS). Write somewhere else.');
  expect(fileErrorMessage(errno('EROFS', 'open', '/media/ro/golden.json.1.2.tmp.1.3.tmp'))).toContain('Failed to write /media/ro/golden.json:');
  expect(fileErrorMessage(new Error('not a file-system error'))).toBeUndefined();
});

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`${signal} during a big generate: says how big first, then stops with no temporary file left, exit ${code}`, async () => {
    const out = join(dir, 'big');
    const generating = start(process.execPath, [BIN, 'generate', '--out', out, '--centres', '0220', '--students', '1000000', '--format', 'ndjson']);
    await expect.poll(() => temporaries(out), { timeout: 30_000 }).not.toEqual([]);
    expect(await generating.stop(signal)).toBe(code);
    expect(generating.stderr().trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^seedhub generate: about \d{2},\d{3},000 records, \d+\.\d GB: this takes a while \(Ctrl-C stops it cleanly\)$/),
      `seedhub generate stopped (${signal}): nothing half-written was left`,
    ]);
    expect(await temporaries(out)).toEqual([]);
  });
}

test('SIGINT during a record leaves no temporary file, and the golden that was there before', async () => {
  const file = join(dir, 'golden.json');
  expect((await seedhub('record', '--out', file, ...SMALL)).code).toBe(0);
  const recording = start(process.execPath, [BIN, 'record', '--out', file, '--centres', '0220', '--students', '200000']);
  await expect.poll(() => temporaries(dir), { timeout: 30_000 }).not.toEqual([]);
  expect(await recording.stop('SIGINT')).toBe(130);
  expect(recording.stderr()).toBe('seedhub record stopped (SIGINT): nothing half-written was left\n');
  expect(await readdir(dir)).toEqual(['golden.json']);
});

test('a small run prints no estimate; the estimate of a bigger one is near what is written', async () => {
  const small = await seedhub('generate', '--out', join(dir, 'small'), ...SMALL);
  expect([small.code, small.stderr]).toEqual([0, '']);
  const dataset = createDataset({ schools: 2, studentsPerSchool: 400 });
  for (const format of ['json', 'ndjson'] as const) {
    const estimate = estimateRun(dataset, format);
    const records = dataset.collections.flatMap(({ name }) => dataset.schools.map((s) => allRecords(dataset, s.centreCode, name)));
    const count = records.reduce((sum, list) => sum + list.length, 0);
    const bytes = records.reduce((sum, list) => sum + Buffer.byteLength(list.map((r) => JSON.stringify(r)).join('\n')) + list.length * (format === 'json' ? 2 : 1), 0);
    expect(Math.abs(estimate.records / count - 1)).toBeLessThan(0.1);
    expect(Math.abs(estimate.bytes / bytes - 1)).toBeLessThan(0.1);
  }
});
