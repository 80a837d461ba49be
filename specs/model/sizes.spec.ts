// School sizes and staff rooms: exact sizes keep the seed's case (every school exactly
// studentsPerSchool students and staffPerSchool staff); realistic sizes give each school
// its own size by its type, with staff and classes to match; either way the staff mix
// follows the workforce's shares, and adding a school changes no existing record.
import { expect, test } from '@playwright/test';
import { createDataset, type Dataset } from 'seedhub/core';
import { allRecords } from '../support/all-records.ts';

const sizes = (dataset: Dataset, name: string) => dataset.schools.map((s) => dataset.collection(s.centreCode, name)!.count);

test('exact sizes: every school has exactly the students and staff asked for', () => {
  const dataset = createDataset({ schools: 12, studentsPerSchool: 50, staffPerSchool: 10 });
  expect(new Set(sizes(dataset, 'students'))).toEqual(new Set([50]));
  expect(new Set(sizes(dataset, 'staff'))).toEqual(new Set([10]));
});

test('realistic sizes: sizes vary widely by type, colleges are large, staff and classes follow the students', () => {
  const dataset = createDataset({ schools: 60, studentsPerSchool: 0, staffPerSchool: 1, schoolSizes: 'realistic' });
  const students = sizes(dataset, 'students');
  const staff = sizes(dataset, 'staff');
  expect(Math.max(...students) / Math.min(...students)).toBeGreaterThan(5);
  // About Queensland's 455 students per state school [S23].
  const mean = students.reduce((a, b) => a + b, 0) / students.length;
  expect(mean).toBeGreaterThan(300);
  expect(mean).toBeLessThan(700);
  dataset.schools.forEach((school, i) => {
    if (school.schoolType === 'Pri/Sec') expect(students[i]).toBeGreaterThanOrEqual(300);
    // Students per teacher about Queensland's (teachers are about 68% of the staff) [S28].
    const perTeacher = students[i]! / (staff[i]! * 0.68);
    expect(perTeacher, school.schoolName).toBeGreaterThan(6);
    expect(perTeacher, school.schoolName).toBeLessThan(20);
  });
  expect(new Set(dataset.schools.map((s) => s.schoolType))).toEqual(new Set(['Prim', 'Sec', 'Pri/Sec']));
});

test('realistic sizes: adding a school changes no record of the others', () => {
  const bytes = (dataset: Dataset) => dataset.schools.flatMap((s) => dataset.collections.map((c) => JSON.stringify(allRecords(dataset, s.centreCode, c.name).slice(0, 40))));
  const before = bytes(createDataset({ seed: 'sizes', schools: 6, schoolSizes: 'realistic' }));
  const after = bytes(createDataset({ seed: 'sizes', schools: 7, schoolSizes: 'realistic' }));
  expect(after.slice(0, before.length)).toEqual(before);
});

test('a staff room of N keeps the workforce mix: about 68% teachers, 16% aides, the rest administration; leaders by size', () => {
  for (const staffPerSchool of [10, 30, 60]) {
    const dataset = createDataset({ schools: 8, studentsPerSchool: 20, staffPerSchool });
    const posts = dataset.schools.flatMap((s) => allRecords(dataset, s.centreCode, 'staff').map((st) => String(st.positionTitle)));
    const count = (pattern: RegExp) => posts.filter((p) => pattern.test(p)).length / posts.length;
    expect(count(/Aide/)).toBeGreaterThan(0.12);
    expect(count(/Aide/)).toBeLessThan(0.22);
    expect(count(/Administration|Business/)).toBeGreaterThan(0.08);
    expect(count(/Administration|Business/)).toBeLessThan(0.2);
    expect(posts.filter((p) => /^(Teaching )?Principal$/.test(p)).length).toBe(dataset.schools.length);
    if (staffPerSchool >= 30) expect(posts.some((p) => p === 'Deputy Principal')).toBe(true);
    // Heads of department by learning area in secondary schools: never two of one area at a school.
    for (const school of dataset.schools) {
      const heads = allRecords(dataset, school.centreCode, 'staff').map((st) => String(st.positionTitle)).filter((p) => p.startsWith('Head of Department – '));
      expect(new Set(heads).size).toBe(heads.length);
    }
  }
});
