// The golden fixture records a missing file with the spec's data options (mode record),
// and the recording then replays what the generator serves.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDataset, expect, test } from 'seedhub';

const dir = join('test-results', 'golden-fixture');
const file = join(dir, `record-${process.pid}.json`);
mkdirSync(dir, { recursive: true });
rmSync(file, { force: true });

test.use({ golden: file, goldenMode: 'record', seed: 'fixture-golden', schools: ['0220'], studentsPerSchool: 6 });

test('a missing golden is recorded with the spec\'s options and served', async ({ hub }) => {
  expect(existsSync(file)).toBe(true);
  expect(hub.seed).toBe('fixture-golden');
  expect(hub.students('0220')).toEqual(createDataset({ seed: 'fixture-golden', schools: ['0220'], studentsPerSchool: 6 }).collection('0220', 'students')!.slice(0, 6));
});
