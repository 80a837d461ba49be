import { expect, test } from '@playwright/test';
import { createDataset, DEFAULT_CENTRE_CODES, HubConfigError } from 'seedhub/core';

test('four schools by default, with exactly the well-known centre codes as strings', () => {
  const codes = createDataset().schools.map((s) => s.centreCode);
  expect(codes).toEqual(['4650', '1690', '9743', '0220']);
  expect(codes).toEqual([...DEFAULT_CENTRE_CODES]);
});

test('more schools get further unique 4-digit codes that depend on the seed', () => {
  const codes = createDataset({ schools: 300 }).schools.map((s) => s.centreCode);
  expect(codes.slice(0, 4)).toEqual([...DEFAULT_CENTRE_CODES]);
  expect(new Set(codes).size).toBe(300);
  for (const code of codes) expect(code).toMatch(/^\d{4}$/);
  const other = createDataset({ schools: 300, seed: 'other' }).schools.map((s) => s.centreCode);
  expect(other.slice(4)).not.toEqual(codes.slice(4));
});

test('an explicit list of centre codes is served as given, leading zeros kept', () => {
  const dataset = createDataset({ schools: ['0007', '4650'] });
  expect(dataset.schools.map((s) => s.centreCode)).toEqual(['0007', '4650']);
  expect(dataset.collection('0007', 'students')!.slice(0, 1)[0]!.enrolmentId).toMatch(/^0007\d{6}$/);
});

test('a school is the same whichever list it is in', () => {
  const alone = createDataset({ schools: ['0220'] }).collection('0220', 'students')!.slice(0, 5);
  const inDefault = createDataset().collection('0220', 'students')!.slice(0, 5);
  expect(alone.map((s) => s.givenName)).toEqual(inDefault.map((s) => s.givenName));
});

test('default sizes: 50 students, 10 staff and about 24 classes per school (whole home groups, each in every learning area); all configurable', () => {
  const dataset = createDataset();
  expect(dataset.collection('1690', 'students')!.count).toBe(50);
  expect(dataset.collection('1690', 'staff')!.count).toBe(10);
  const taught = (d: typeof dataset) => new Set(d.collection('1690', 'staff')!.slice(0, 1000).flatMap((s) => (s.teachingGroups as { localId: string }[]).map((g) => g.localId)));
  // 1690 is a primary school: three composite home groups of 7 or 8 classes (the language in Years 5 and 6).
  expect(taught(dataset).size).toBe(22);
  const custom = createDataset({ studentsPerSchool: 12, staffPerSchool: 3, classesPerSchool: 5 });
  expect(custom.collection('1690', 'students')!.count).toBe(12);
  expect(custom.collection('1690', 'staff')!.count).toBe(3);
  // Fewer classes than one home group needs: still one, in every learning area (P–6 with the language: 8).
  expect(taught(custom).size).toBe(8);
  expect(() => createDataset({ classesPerSchool: 3 })).toThrow(/classesPerSchool must be a whole number from 4 to 2000, got 3/);
});

test('bad options are refused with a message that names the value', () => {
  expect(() => createDataset({ studentsPerSchool: -1 })).toThrow(HubConfigError);
  expect(() => createDataset({ studentsPerSchool: 1.5 })).toThrow(/studentsPerSchool .* got 1.5/);
  expect(() => createDataset({ schools: ['220'] })).toThrow(/"220" is not 4 digits. Did you mean "0220"\?/);
  expect(() => createDataset({ schools: ['4650', '4650'] })).toThrow(/listed twice/);
  expect(() => createDataset({ schools: [] })).toThrow(/empty/);
  expect(() => createDataset({ seed: '' })).toThrow(/seed/);
});

test('what a reader gets cannot change what the hub serves later', () => {
  const dataset = createDataset();
  const [student] = dataset.collection('1690', 'students')!.slice(0, 1);
  expect(() => (student!.classes as string[]).push('2026-XX-FAKE')).toThrow(TypeError);
  const [parent] = dataset.collection('1690', 'parents')!.slice(0, 1);
  expect(() => ((parent!.phones as { number: string }[])[0]!.number = '000')).toThrow(TypeError);
  expect(dataset.collection('1690', 'students')!.slice(0, 1)).toEqual(createDataset().collection('1690', 'students')!.slice(0, 1));
});
