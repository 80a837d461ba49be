import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { createDataset, extendModel, qteachers } from 'seedhub/core';
import { fingerprint } from '../support/fingerprint.ts';

const run = promisify(execFile);

async function fingerprintInChild(options: object): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'specs/support/fingerprint.ts', JSON.stringify(options)]);
  return stdout.trim();
}

test('the same seed gives byte-identical responses in two other processes and this one', async () => {
  const options = { seed: 'determinism', studentsPerSchool: 30 };
  const [a, b] = await Promise.all([fingerprintInChild(options), fingerprintInChild(options)]);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
  expect(b).toBe(a);
  expect(fingerprint(options)).toBe(a);
});

test('another seed gives other data', () => {
  const a = createDataset({ seed: 'one' }).collection('4650', 'students')!.slice(0, 10);
  const b = createDataset({ seed: 'two' }).collection('4650', 'students')!.slice(0, 10);
  expect(a.map((s) => s.enrolmentId)).not.toEqual(b.map((s) => s.enrolmentId));
  expect(a.map((s) => s.givenName)).not.toEqual(b.map((s) => s.givenName));
});

test('record N is computed on its own, equal to its place in the whole list', () => {
  const whole = createDataset().collection('9743', 'enrolment-history')!;
  const all = whole.slice(0, whole.count);
  // A fresh dataset has generated nothing before this one record.
  for (const n of [0, 17, all.length - 1]) {
    const fresh = createDataset().collection('9743', 'enrolment-history')!;
    expect(fresh.slice(n, 1)).toEqual([all[n]]);
  }
});

test('a school of a million students serves its last record without building the rest', () => {
  const students = createDataset({ schools: ['0220'], studentsPerSchool: 1_000_000 }).collection('0220', 'students')!;
  expect(students.count).toBe(1_000_000);
  const last = students.slice(999_999, 5);
  expect(last).toHaveLength(1);
  expect(last[0]!.enrolmentId).toMatch(/^0220\d{6}$/);
});

test('adding a field to the model changes no existing value of any other field', () => {
  const extended = extendModel(qteachers, {
    entities: { student: { fields: { shoeSize: ({ rng }) => rng.int(1, 12) } } },
    collections: { students: { fields: { nickname: ({ faker }) => faker.word.adjective() } } },
  });
  const before = createDataset({}).collection('1690', 'students')!.slice(0, 50);
  const after = createDataset({}, extended).collection('1690', 'students')!.slice(0, 50);
  expect(after.map(({ nickname, ...rest }) => rest)).toEqual(before);
  expect(after.every((s) => typeof s.nickname === 'string')).toBe(true);
  for (const name of ['parents', 'enrolment-history', 'flags']) {
    expect(createDataset({}, extended).collection('1690', name)!.slice(0, 100)).toEqual(createDataset().collection('1690', name)!.slice(0, 100));
  }
});

test('enrolment and staff IDs are unique across schools, by construction', () => {
  const dataset = createDataset({ schools: 40, studentsPerSchool: 300, staffPerSchool: 40 });
  const enrolments = new Set<unknown>();
  const staff = new Set<unknown>();
  const eqIds = new Set<unknown>();
  for (const { centreCode } of dataset.schools) {
    for (const s of dataset.collection(centreCode, 'students')!.slice(0, 300)) {
      enrolments.add(s.enrolmentId);
      eqIds.add(s.eqId);
    }
    for (const s of dataset.collection(centreCode, 'staff')!.slice(0, 40)) staff.add(s.staffId);
  }
  expect(enrolments.size).toBe(40 * 300);
  expect(eqIds.size).toBe(40 * 300);
  expect(staff.size).toBe(40 * 40);
});
