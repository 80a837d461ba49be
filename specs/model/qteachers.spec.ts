import { expect, test } from '@playwright/test';
import { ageAtMidYear } from '../../src/model/qteachers/dates.ts';
import { FICTION_MOBILES } from '../../src/model/vocab/contact.ts';
import { snapshotOf, type Row } from '../support/all-records.ts';

const YEAR = 2026;
const LEVELS = ['P', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const schools = snapshotOf();
const byStudent = (rows: Row[]) => {
  const map = new Map<unknown, Row[]>();
  for (const row of rows) map.set(row.enrolmentId, [...(map.get(row.enrolmentId) ?? []), row]);
  return map;
};

test('every child record belongs to a student or staff member of the same school', () => {
  for (const { school, records } of schools) {
    const students = new Set(records.students!.map((s) => s.enrolmentId));
    const staff = new Set(records.staff!.map((s) => s.staffId));
    for (const name of ['photos', 'flags', 'addresses', 'parents', 'emergency-contacts', 'enrolment-history']) {
      const orphans = records[name]!.filter((r) => !students.has(r.enrolmentId));
      expect(orphans, `${school.centreCode} ${name}`).toEqual([]);
    }
    expect(records['staff-photos']!.filter((r) => !staff.has(r.staffId))).toEqual([]);
  }
});

test('exactly one photo per person; at least one address, parent, emergency contact and history row per student', () => {
  for (const { records } of schools) {
    const ids = records.students!.map((s) => s.enrolmentId);
    expect(records.photos!.map((p) => p.enrolmentId)).toEqual(ids);
    expect(records['staff-photos']!.map((p) => p.staffId)).toEqual(records.staff!.map((s) => s.staffId));
    for (const name of ['addresses', 'parents', 'emergency-contacts', 'enrolment-history']) {
      const owners = byStudent(records[name]!);
      expect(ids.filter((id) => !owners.has(id)), name).toEqual([]);
    }
  }
});

test('year level agrees with date of birth and the school type: on time, or a year older for a few', () => {
  let older = 0;
  let students = 0;
  for (const { school, records } of schools) {
    for (const student of records.students!) {
      const level = LEVELS.indexOf(String(student.yearLevel));
      expect(school.yearLevels).toContain(student.yearLevel);
      const age = ageAtMidYear(String(student.birthDate), YEAR);
      expect([5 + level, 6 + level], `${student.enrolmentId} ${student.birthDate}`).toContain(age);
      students++;
      if (age === 6 + level) older++;
    }
  }
  // Started Prep late (or repeated a year): a few percent [S39].
  expect(older / students).toBeGreaterThan(0.01);
  expect(older / students).toBeLessThan(0.12);
});

test('enrolment history: a row per school year, not overlapping, ending at this school with no end date', () => {
  for (const { school, records } of schools) {
    const students = new Map(records.students!.map((s) => [s.enrolmentId, s]));
    for (const [id, rows] of byStudent(records['enrolment-history']!)) {
      const student = students.get(id)!;
      const last = rows.at(-1)!;
      expect(last).toMatchObject({ schoolYear: String(YEAR), timeFrame: 'C', exitDate: null, attendedCentreCode: school.centreCode, schoolName: school.schoolName, yearLevel: student.yearLevel });
      // The first row is Prep (1838), or the year the family came (1830 from overseas, 1823 from interstate).
      expect(rows[0]!.yearLevel === 'P' ? rows[0]!.entryType : ['1830', '1823']).toContain(rows[0]!.entryType);
      for (let i = 1; i < rows.length; i++) {
        expect(String(rows[i]!.entryDate) > String(rows[i - 1]!.exitDate), `${id} row ${i}`).toBe(true);
        expect(Number(rows[i]!.schoolYear) - Number(rows[i - 1]!.schoolYear)).toBeLessThanOrEqual(1);
      }
      const firstHere = rows.find((r) => r.attendedCentreCode === school.centreCode)!;
      expect(firstHere.entryDate).toBe(student.entryDate);
    }
  }
});

test('every class a student attends is taught by a staff member of that school', () => {
  for (const { school, records } of schools) {
    const taught = new Set(records.staff!.flatMap((s) => (s.teachingGroups as { localId: string }[]).map((g) => g.localId)));
    const untaught = records.students!.flatMap((s) => (s.classes as string[]).filter((c) => !taught.has(c)));
    expect(untaught, school.centreCode).toEqual([]);
    expect(records.students!.every((s) => (s.classes as string[]).length > 0)).toBe(true);
  }
});

test('siblings share their home address and parents', () => {
  let households = 0;
  for (const { records } of schools) {
    const homes = byStudent(records.addresses!);
    const parents = byStudent(records.parents!);
    const byParents = new Map<string, unknown[]>();
    for (const [id, rows] of parents) {
      const key = rows.map((p) => p.contactId).join(',');
      byParents.set(key, [...(byParents.get(key) ?? []), id]);
    }
    for (const siblings of byParents.values()) {
      if (siblings.length < 2) continue;
      households++;
      const addresses = siblings.map((id) => JSON.stringify(homes.get(id)!.map(({ enrolmentId, refId, studentPersonalRefId, ...a }) => a)));
      expect(new Set(addresses).size).toBe(1);
    }
    // No contact ID belongs to two different sets of siblings.
    const owners = new Map<unknown, string>();
    for (const [key] of byParents) for (const id of key.split(',')) {
      expect(owners.get(id) ?? key).toBe(key);
      owners.set(id, key);
    }
  }
  expect(households).toBeGreaterThan(2);
});

test('a legal flag goes with a parent who has no custody', () => {
  for (const { records } of schools) {
    const parents = byStudent(records.parents!);
    for (const flag of records.flags!.filter((f) => f.flagType === 'LEGAL')) {
      expect(parents.get(flag.enrolmentId)!.some((p) => p.hasCustody === 'N')).toBe(true);
    }
    for (const [id, rows] of parents) {
      if (rows.some((p) => p.hasCustody === 'N')) expect(records.flags!.some((f) => f.enrolmentId === id && f.flagType === 'LEGAL')).toBe(true);
    }
  }
});

test('phones and emails are safe to publish: fiction ranges and reserved domains only; a mobile first', () => {
  const phones: string[] = [];
  const emails: string[] = [];
  for (const { records } of schools) {
    for (const row of [...records.parents!, ...records['emergency-contacts']!]) {
      const list = row.phones as { type: string; number: string }[];
      expect(list[0]).toMatchObject({ type: '0888', number: expect.stringMatching(/^0491 57\d \d{3}$/) });
      phones.push(...list.map((p) => p.number));
      emails.push(...(row.emails as { address: string }[]).map((e) => e.address));
    }
    for (const s of records.staff!) {
      phones.push(String(s.workPhone));
      emails.push(String(s.email));
    }
  }
  expect(phones.filter((p) => !/^\(07\) (5550|7010) \d{4}$/.test(p) && !(FICTION_MOBILES as readonly string[]).includes(p))).toEqual([]);
  expect(emails.filter((e) => !/@(([a-z0-9-]+\.)*example\.(com|net|org)|[a-z0-9.-]+\.(test|example))$/.test(e))).toEqual([]);
  expect(phones.length).toBeGreaterThan(100);
});

test('photos are decodable SVG images with the person\'s initials', () => {
  for (const { records } of schools) {
    for (const photo of [...records.photos!.slice(0, 5), ...records['staff-photos']!.slice(0, 5)]) {
      expect(photo.mimeType).toBe('image/svg+xml');
      const svg = Buffer.from(String(photo.picture), 'base64').toString('utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/);
      expect(svg).toMatch(/<text [^>]*>[A-Z]{2}<\/text>/);
    }
  }
});

test('codes keep their leading zeros and IDs their formats', () => {
  for (const { school, records } of schools) {
    for (const s of records.students!) {
      expect(s.enrolmentId).toMatch(new RegExp(`^${school.centreCode}\\d{6}$`));
      expect(s.eqId).toMatch(/^99\d{10}[A-Z]$/);
      if (s.lui !== null) expect(s.lui).toMatch(/^\d{10}$/);
      expect(s.ftptStatus).toBe('01');
    }
    for (const s of records.staff!) expect(s.staffId).toMatch(/^\d{7}$/);
    for (const a of records.addresses!) expect(a.postcode).toMatch(/^4\d{3}$/);
  }
});
