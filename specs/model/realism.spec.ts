// Data a Queensland school would recognise: the realism report's distributions inside
// their target bands, on the default hub, on a bigger other-seeded one and on one of
// realistic sizes; and the structural facts behind them, checked record by record.
import { expect, test } from '@playwright/test';
import { checkCrawl, createDataset, crawlOfDataset, type Dataset } from 'seedhub/core';
import { realismReport } from '../../src/consistency/realism.ts';
import { termsOf } from '../../src/model/qteachers/calendar.ts';
import { ascii } from '../../src/model/qteachers/names.ts';
import { NAMES_BY_BACKGROUND } from '../../src/model/vocab/names-by-background.ts';
import { NICKNAMES } from '../../src/model/vocab/nicknames.ts';
import { QLD_SUBURBS } from '../../src/model/vocab/qld-suburbs.ts';
import { labelOf, SIF_CODE_SETS } from '../../src/model/vocab/sif-codesets.ts';
import { allRecords } from '../support/all-records.ts';

/** The hub, at a third of its schools: 300 students, 30 staff and 100 classes a school. */
const BIG = { seed: 'other', schools: 12, studentsPerSchool: 300, staffPerSchool: 30, classesPerSchool: 100 };
const hubs: [string, Dataset][] = [
  ['the default hub', createDataset()],
  ['--seed other --schools 12 --students 300 --staff 30 --classes 100', createDataset(BIG)],
  ['--seed other --schools 12 --sizes realistic', createDataset({ seed: 'other', schools: 12, schoolSizes: 'realistic' })],
];
const bigDefault = createDataset(BIG);

for (const [name, dataset] of hubs) {
  test(`${name}: every realism figure is inside its target band, and no consistency rule is broken`, () => {
    const crawl = crawlOfDataset(dataset);
    const report = realismReport(crawl);
    expect(report.length).toBeGreaterThan(60);
    expect(report.filter((m) => !m.ok).map((m) => `${m.name}: ${m.value} not in ${m.target.join('..')}`)).toEqual([]);
    expect(report.every((m) => m.source.length > 0)).toBe(true);
    expect(checkCrawl(crawl).map((f) => f.message)).toEqual([]);
  });
}

test('300 students with the default 24 classes and 10 staff: class sizes and students per teacher miss their targets, and the report says what to do', () => {
  const report = realismReport(crawlOfDataset(createDataset({ seed: 'other', schools: 12, studentsPerSchool: 300 })));
  expect(report.filter((m) => !m.ok).map((m) => m.name)).toEqual(['classes over the size target (plus 2)', 'students per teacher (FTE)']);
  expect(report.find((m) => m.name.startsWith('classes over'))!.note).toContain('raise classesPerSchool (--classes)');
  expect(report.find((m) => m.name.startsWith('students per teacher'))!.note).toContain('raise staffPerSchool (--staff)');
});

test('every school: type, name and year levels agree; a real suburb with its postcode and region; names unique', () => {
  const suffix = { Prim: 'State School', Sec: 'State High School', 'Pri/Sec': 'State College' } as const;
  const levels = { Prim: ['P', '1', '2', '3', '4', '5', '6'], Sec: ['7', '8', '9', '10', '11', '12'], 'Pri/Sec': ['P', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] };
  const many = createDataset({ schools: 300, studentsPerSchool: 0 });
  const realistic = createDataset({ schools: 300, studentsPerSchool: 0, schoolSizes: 'realistic' });
  for (const [dataset, expected] of [[many, ['Prim', 'Sec']], [realistic, ['Pri/Sec', 'Prim', 'Sec']]] as const) {
    const types = new Set<string>();
    for (const school of dataset.schools) {
      const type = school.schoolType as keyof typeof suffix;
      types.add(type);
      expect(school.schoolName?.endsWith(suffix[type]), school.schoolName).toBe(true);
      expect(school.yearLevels).toEqual(levels[type]);
      expect(QLD_SUBURBS.some(([suburb, postcode, region]) => suburb === school.suburb && postcode === school.postcode && region === school.region)).toBe(true);
    }
    // Exact sizes make no P–12 college (a college of 50 students is no college); realistic sizes do.
    expect([...types].sort()).toEqual(expected);
    const names = dataset.schools.map((s) => s.schoolName!.replace(/ State (School|High School|College)$/, ''));
    expect(new Set(names).size).toBe(names.length);
  }
});

test('classes: primary groups have a home-class teacher; teachers are active; FTE agrees with the post', () => {
  for (const school of bigDefault.schools) {
    const staff = allRecords(bigDefault, school.centreCode, 'staff');
    const teaching = staff.filter((s) => (s.teachingGroups as unknown[]).length > 0);
    expect(teaching.length).toBeGreaterThan(0);
    for (const s of teaching) {
      expect(s.employmentStatus, String(s.positionTitle)).toBe('A');
      expect(s.availableForTimetable).toBe('Y');
    }
    expect(staff.filter((s) => s.employmentStatus !== 'A').every((s) => (s.teachingGroups as unknown[]).length === 0)).toBe(true);
    expect(staff[0]).toMatchObject({ positionTitle: expect.stringMatching(/Principal$/), jobFte: 1 });
    const home = teaching.filter((s) => String(s.positionTitle).startsWith('Classroom Teacher'));
    if (school.yearLevels?.includes('P')) {
      expect(home.length).toBeGreaterThan(0);
      for (const teacher of home) {
        const codes = (teacher.teachingGroups as { localId: string }[]).map((g) => g.localId.split('-').pop());
        expect(codes).toEqual(expect.arrayContaining(['ENG', 'MAT']));
        expect(teacher.homegroup).not.toBeNull();
      }
    } else expect(home).toEqual([]);
  }
});

test('codes: every flag is in its SIF AU category, and every flag that names a condition uses its label', () => {
  const wrong: string[] = [];
  let conditions = 0;
  for (const school of bigDefault.schools) {
    for (const flag of allRecords(bigDefault, school.centreCode, 'flags')) {
      if (!Object.keys(SIF_CODE_SETS.WellbeingAlertCategory).includes(String(flag.category))) wrong.push(`${flag.flagId} category ${flag.category}`);
      if (flag.flagType === 'DISABILITY_NCCD' && flag.category !== 'S') wrong.push(`${flag.flagId} NCCD in category ${flag.category}`);
      if (flag.code === null) continue;
      conditions++;
      if (!String(flag.description).startsWith(`${labelOf('WellbeingCharacteristicSubCategory', String(flag.code))}: `)) wrong.push(`${flag.flagId} ${flag.code}: ${flag.description}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(conditions).toBeGreaterThan(500);
});

test('histories: primary years at primary schools, secondary years at secondary ones, every first day a first day of term', () => {
  const firstDays = (year: number) => termsOf(year).map(([start]) => new Date(start).toISOString().slice(0, 10));
  const wrong: string[] = [];
  let moves = 0;
  for (const school of bigDefault.schools) {
    for (const row of allRecords(bigDefault, school.centreCode, 'enrolment-history')) {
      if (!firstDays(Number(row.schoolYear)).includes(String(row.entryDate))) wrong.push(`${row.historyId} starts ${row.entryDate}`);
      if (row.exitType) moves++;
      if (row.attendedCentreCode !== null) continue;
      const primary = row.yearLevel === 'P' || Number(row.yearLevel) <= 6;
      if (!String(row.schoolName).endsWith(primary ? ' State School' : ' State High School')) wrong.push(`${row.historyId} Year ${row.yearLevel} at ${row.schoolName}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(moves).toBeGreaterThan(100);
});

test('names suit the family: a child who speaks Vietnamese at home has a Vietnamese family name, a preferred name is a real nickname', () => {
  const students = bigDefault.schools.flatMap((s) => allRecords(bigDefault, s.centreCode, 'students'));
  const vietnamese = students.filter((s) => s.mainLanguageAtHome === '6302');
  expect(vietnamese.length).toBeGreaterThan(3);
  expect(vietnamese.filter((s) => !NAMES_BY_BACKGROUND.vietnamese!.family.map(ascii).includes(String(s.familyName)))).toEqual([]);
  // By their shares: Nguyen about two in five [S22].
  expect(vietnamese.filter((s) => s.familyName === 'Nguyen').length / vietnamese.length).toBeGreaterThan(0.2);
  const preferred = students.filter((s) => s.preferredGivenName !== null);
  expect(preferred.length).toBeGreaterThan(20);
  // Always one of the name's usual nicknames (Will for William, Liz for Elizabeth), never a cut-off.
  expect(preferred.filter((s) => !NICKNAMES[String(s.givenName)]?.includes(String(s.preferredGivenName))).map((s) => `${s.givenName} → ${s.preferredGivenName}`)).toEqual([]);
  expect(preferred.some((s) => !String(s.givenName).startsWith(String(s.preferredGivenName)))).toBe(true);
});
