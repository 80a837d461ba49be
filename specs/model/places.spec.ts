// Place drives people: a school's community comes from its suburb's and LGA's Census
// figures, so far-north and outback schools have many Aboriginal and Torres Strait Islander
// students and inner Brisbane few, Brisbane's south-side suburbs many LBOTE families and
// country towns few; homes are near the school, on streets as streets are.
import { expect, test } from '@playwright/test';
import { createDataset } from 'seedhub/core';
import { communityOf, STATE_SCHOOL_INDIGENOUS } from '../../src/model/qteachers/community.ts';
import { distanceKm } from '../../src/model/qteachers/places.ts';
import { AREAS, QUEENSLAND, SUBURB_FIGURES } from '../../src/model/vocab/community.ts';
import { QLD_SUBURBS } from '../../src/model/vocab/qld-suburbs.ts';
import { allRecords } from '../support/all-records.ts';

// Many small schools: enough places to compare, each one's students drawn from its own.
const dataset = createDataset({ schools: 120, studentsPerSchool: 40, staffPerSchool: 2, classesPerSchool: 8 });
const bySchool = dataset.schools.map((school) => ({ school, community: communityOf(school.suburb!), students: allRecords(dataset, school.centreCode, 'students') }));
const shareOf = (group: typeof bySchool, test: (s: Record<string, unknown>) => boolean) => {
  const students = group.flatMap((g) => g.students);
  return students.filter(test).length / students.length;
};
const indigenous = (s: Record<string, unknown>) => ['1', '2', '3'].includes(String(s.indigenousStatus));

test('every suburb is in one area, and every figure names a source or says it is an estimate', () => {
  const assigned = AREAS.flatMap((a) => a.suburbs);
  expect([...new Set(assigned)].sort()).toEqual(QLD_SUBURBS.map(([name]) => name).sort());
  expect(assigned.length).toBe(new Set(assigned).size);
  for (const figures of [...AREAS, ...Object.values(SUBURB_FIGURES)]) {
    for (const key of ['indigenous', 'bornOverseas', 'englishOnly', 'notStated', 'lote'] as const) {
      const figure = figures[key];
      if (figure) expect(figure[1]).toMatch(/^(P\d+|est)$/);
    }
  }
  // The state-school ratio turns Queensland's 4.6% of people into its 10% of state-school students [S17] [P1].
  expect(QUEENSLAND.indigenous * STATE_SCHOOL_INDIGENOUS).toBeCloseTo(0.1, 5);
});

test('Aboriginal and Torres Strait Islander students: many in outback and far-north schools, few in Brisbane', () => {
  const remote = bySchool.filter((g) => g.community.remoteness === 'remote' || g.community.lga === 'Mareeba (S)' || g.community.lga === 'Cassowary Coast (R)');
  const brisbane = bySchool.filter((g) => g.community.lga === 'Brisbane (C)');
  expect(remote.length).toBeGreaterThan(2);
  expect(brisbane.length).toBeGreaterThan(10);
  expect(shareOf(remote, indigenous)).toBeGreaterThan(0.25);
  expect(shareOf(brisbane, indigenous)).toBeLessThan(0.07);
  // Statewide, about one in ten state-school students [S17].
  expect(shareOf(bySchool, indigenous)).toBeGreaterThan(0.07);
  expect(shareOf(bySchool, indigenous)).toBeLessThan(0.14);
});

test('LBOTE and born overseas follow the place: Brisbane above the country towns', () => {
  const brisbane = bySchool.filter((g) => g.community.greaterBrisbane);
  const country = bySchool.filter((g) => g.community.remoteness !== 'city');
  const lbote = (s: Record<string, unknown>) => s.lbote === 'Y';
  const overseas = (s: Record<string, unknown>) => s.countryOfBirth !== '1101';
  expect(shareOf(brisbane, lbote)).toBeGreaterThan(1.5 * shareOf(country, lbote));
  expect(shareOf(brisbane, overseas)).toBeGreaterThan(1.3 * shareOf(country, overseas));
  // A child born overseas belongs to a family that came from there: its language or an English-speaking country.
  for (const { students } of bySchool) for (const s of students.filter(overseas)) expect(['1201', '2102', '2105', '9225', '9232', '1302', '6101', '6102', '7103', '5204', '5105', '8204', '6203', '3104', '6201', '4208', '3207', '7105']).toContain(s.countryOfBirth);
});

test('homes: primary families within 12 km, nobody over 30 km; Street the commonest type', () => {
  const suburbIndex = new Map(QLD_SUBURBS.map(([name], i) => [name, i]));
  let street = 0;
  let homes = 0;
  for (const { school } of bySchool) {
    const primary = school.schoolType === 'Prim';
    for (const address of allRecords(dataset, school.centreCode, 'addresses').filter((a) => a.addressType === '0765')) {
      const km = distanceKm(suburbIndex.get(school.suburb!)!, suburbIndex.get(String(address.suburb))!);
      expect(km, `${school.suburb} → ${address.suburb}`).toBeLessThanOrEqual(primary ? 12 : 30);
      homes++;
      if (String(address.line1).endsWith(' Street')) street++;
    }
  }
  expect(street / homes).toBeGreaterThan(0.28);
  expect(street / homes).toBeLessThan(0.45);
});
