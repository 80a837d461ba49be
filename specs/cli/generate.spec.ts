import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset } from 'seedhub/core';
import { allRecords } from '../support/all-records.ts';
import { BIN, run } from '../support/processes.ts';

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-generate-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

for (const format of ['json', 'ndjson'] as const) {
  test(`generate --format ${format} writes every collection of every school, as the hub serves it`, async () => {
    const { code, stdout } = await run(process.execPath, [BIN, 'generate', '--out', dir, '--format', format, '--seed', 'files', '--schools', '2', '--students', '12']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote \d+ records of 2 schools/);
    const dataset = createDataset({ seed: 'files', schools: 2, studentsPerSchool: 12 });
    expect((await readdir(dir)).sort()).toEqual(['1690', '4650', 'index.json']);
    for (const { centreCode } of dataset.schools) {
      const files = (await readdir(join(dir, centreCode))).sort();
      expect(files).toEqual(dataset.collections.map((c) => `${c.name}.${format}`).sort());
      for (const { name } of dataset.collections) {
        const text = await readFile(join(dir, centreCode, `${name}.${format}`), 'utf8');
        const records = format === 'json' ? JSON.parse(text) : text.trimEnd().split('\n').map((line) => JSON.parse(line));
        expect(records).toEqual(allRecords(dataset, centreCode, name));
      }
    }
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { seed: string };
    expect(index.seed).toBe('files');
  });
}
