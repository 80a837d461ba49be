// Families as units: siblings arrive together and went to the same schools; a high
// school's Year 7 comes mostly from its few feeder primaries; no history names a school of
// the hub as another school; a family's home dates from its arrival.
import { expect, test } from '@playwright/test';
import { createDataset } from 'seedhub/core';
import { allRecords, type Row } from '../support/all-records.ts';

const dataset = createDataset({ seed: 'families', schools: 12, studentsPerSchool: 200, staffPerSchool: 20, classesPerSchool: 60 });
const schools = dataset.schools.map((school) => {
  const history = new Map<string, Row[]>();
  for (const row of allRecords(dataset, school.centreCode, 'enrolment-history')) history.set(String(row.enrolmentId), [...(history.get(String(row.enrolmentId)) ?? []), row]);
  const families = new Map<string, Row[]>();
  const parents = new Map<string, string>();
  for (const p of allRecords(dataset, school.centreCode, 'parents')) parents.set(String(p.enrolmentId), `${parents.get(String(p.enrolmentId)) ?? ''}${String(p.contactId)},`);
  for (const s of allRecords(dataset, school.centreCode, 'students')) families.set(parents.get(String(s.enrolmentId))!, [...(families.get(parents.get(String(s.enrolmentId))!) ?? []), s]);
  return { school, history, families: [...families.values()] };
});
const hubNames = new Set(dataset.schools.map((s) => s.schoolName));

test('siblings who were at school then arrived here together, and were at the same schools before', () => {
  let pairs = 0;
  for (const { school, history, families } of schools) {
    for (const family of families.filter((f) => f.length > 1)) {
      const firstHere = family.map((s) => history.get(String(s.enrolmentId))!.find((h) => h.attendedCentreCode === school.centreCode)!);
      for (let i = 1; i < family.length; i++) {
        const [a, b] = [firstHere[0]!, firstHere[i]!];
        // The younger one either came with the elder, or started school here (Prep, or Year 7 at a high school).
        const joined = a.schoolYear === b.schoolYear || b.entryType === '1838' || (b.yearLevel === '7' && b.entryType === '1821') || b.entryType === '1835';
        expect(joined, `${String(family[i]!.enrolmentId)}: ${String(b.entryType)} in ${String(b.schoolYear)}, sibling ${String(a.schoolYear)}`).toBe(true);
        pairs++;
        // The same school in every year both were at another school in primary years.
        const primary = (h: Row) => h.attendedCentreCode === null && !String(h.historyId).endsWith('a') && (h.yearLevel === 'P' || Number(h.yearLevel) <= 6);
        const years = new Map(history.get(String(family[0]!.enrolmentId))!.filter(primary).map((h) => [String(h.schoolYear), h.schoolName]));
        for (const h of history.get(String(family[i]!.enrolmentId))!.filter(primary)) {
          const elder = years.get(String(h.schoolYear));
          if (elder !== undefined) expect(h.schoolName, `${String(h.historyId)}`).toBe(elder);
        }
      }
    }
  }
  expect(pairs).toBeGreaterThan(100);
});

test("a high school's Year 7 comes mostly from a few feeder primaries; no other school has a hub school's name", () => {
  let highSchools = 0;
  for (const { school, history } of schools) {
    for (const rows of history.values()) for (const h of rows) if (h.attendedCentreCode === null) expect(hubNames.has(String(h.schoolName)), String(h.schoolName)).toBe(false);
    if (school.schoolType !== 'Sec') continue;
    highSchools++;
    const from = new Map<string, number>();
    let entrants = 0;
    for (const rows of history.values()) {
      const year7 = rows.find((h) => h.yearLevel === '7' && h.attendedCentreCode === school.centreCode && h.entryType === '1821');
      if (!year7) continue;
      entrants++;
      from.set(String(year7.previousSchoolName), (from.get(String(year7.previousSchoolName)) ?? 0) + 1);
    }
    const top5 = [...from.values()].sort((a, b) => b - a).slice(0, 5).reduce((a, b) => a + b, 0);
    expect(top5 / entrants, school.schoolName).toBeGreaterThan(0.6);
  }
  expect(highSchools).toBeGreaterThan(0);
});

test("a family that came from overseas or interstate has a home dated from its arrival", () => {
  let arrivals = 0;
  for (const { school, history } of schools) {
    const homes = new Map(allRecords(dataset, school.centreCode, 'addresses').filter((a) => a.addressType === '0765').map((a) => [String(a.enrolmentId), a]));
    for (const [id, rows] of history) {
      const arrival = rows.find((h) => h.entryType === '1830' || h.entryType === '1823');
      if (!arrival) continue;
      arrivals++;
      expect(String(homes.get(id)!.effectiveFromDate) >= `${Number(String(arrival.entryDate).slice(0, 4)) - 1}-10-01`, id).toBe(true);
    }
  }
  expect(arrivals).toBeGreaterThan(20);
});
