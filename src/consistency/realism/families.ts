// Families as units: who a household is (one parent, two, same-sex, in care), siblings'
// births, the schools siblings went to, a high school's feeder primaries, families that
// arrive together, homes dated from a family's arrival and near the school, and school
// names that never clash.
import { distanceKm, NEAR_KM } from '../../model/qteachers/places.ts';
import { QLD_SUBURBS } from '../../model/vocab/qld-suburbs.ts';
import type { Crawl, CrawledSchool, Row } from '../types.ts';
import { band, DAY, groupBy, levelOf, Metrics, rows, share } from './shared.ts';

/** Students by household: the set of their parents' contact IDs (siblings share it). */
export function households(school: CrawledSchool): Row[][] {
  const parentsOf = groupBy(rows(school, 'parents'), 'enrolmentId');
  const homes = new Map<string, Row[]>();
  for (const student of rows(school, 'students')) {
    const key = (parentsOf.get(String(student.enrolmentId))?.map((p) => String(p.contactId)) ?? [String(student.enrolmentId)]).sort().join(',');
    homes.set(key, [...(homes.get(key) ?? []), student]);
  }
  return [...homes.values()];
}

const SUBURB_INDEX = new Map(QLD_SUBURBS.map(([name], i) => [name, i]));
const isPrimaryRow = (h: Row) => levelOf(h.yearLevel) <= 6;

function householdMetrics(m: Metrics, crawl: Crawl): void {
  const homes = crawl.schools.flatMap((school) => households(school).map((members) => ({ school, members })));
  const parentsOf = new Map(crawl.schools.flatMap((school) => [...groupBy(rows(school, 'parents'), 'enrolmentId')]));
  if (parentsOf.size === 0) return;
  const parentsOfHome = homes.map(({ members }) => parentsOf.get(String(members[0]!.enrolmentId)) ?? []);
  const carers = parentsOfHome.filter((ps) => ps.some((p) => ['04', '11', '12', '06', '30'].includes(String(p.relationshipCode)) && p.parentLegalGuardian === 'N'));
  const parentHomes = parentsOfHome.filter((ps) => !carers.includes(ps));
  m.expect('one-parent households', parentHomes.filter((ps) => ps.length === 1).length, parentHomes.length, 0.218, '[S13]', '21.8% of families with dependent children');
  const couples = parentHomes.filter((ps) => ps.length === 2);
  m.add('same-sex couples among two-parent households', share(couples.filter(([a, b]) => a!.sex === b!.sex).length, couples.length), [0, 0.03], '[S14]', 'about 0.5% of couple families with children');
  const students = homes.flatMap(({ members }) => members);
  m.expect('students sharing a family name with a parent or carer', students.filter((s) => (parentsOf.get(String(s.enrolmentId)) ?? []).some((p) => p.familyName === s.familyName)).length, students.length, 0.985, 'assumption', "children carry a parent's name in nearly all families");
  // Out-of-home care: 8.1 per 1,000 children, more for Aboriginal and Torres Strait Islander children; every one under a child-safety order (LEGAL).
  const inCare = new Set(homes.filter((_, i) => carers.includes(parentsOfHome[i]!)).flatMap(({ members }) => members.map((s) => String(s.enrolmentId))));
  m.add('students in out-of-home care', share(inCare.size, students.length), band(0.0081, students.length, 0.004), '[S30]', 'with kin, foster carers or in residential care');
  const legal = new Set(crawl.schools.flatMap((school) => rows(school, 'flags').filter((f) => f.flagType === 'LEGAL').map((f) => String(f.enrolmentId))));
  if (inCare.size > 0 && crawl.schools.some((s) => s.endpoints.flags)) m.add('of them, with a child-safety order on their flags', share([...inCare].filter((id) => legal.has(id)).length, inCare.size), [1, 1], '[S30]');
  let pairs = 0, close = 0, twins = 0;
  for (const { members } of homes) {
    const births = members.map((s) => Date.parse(String(s.birthDate))).sort((a, b) => a - b);
    for (let i = 1; i < births.length; i++) {
      pairs++;
      const gap = (births[i]! - births[i - 1]!) / DAY;
      if (gap === 0) twins += births[i - 2] === births[i - 1] ? 1 : 2;
      else if (gap < 300) close++;
    }
  }
  m.add('siblings under 300 days apart (not twins)', share(close, pairs), [0, 0], '[S10]', 'siblings are at least about ten months apart');
  m.expect('twins', twins, students.length, 0.029, '[S9]', '2.9% of babies are born in a multiple birth');
}

function historyMetrics(m: Metrics, crawl: Crawl): void {
  let siblingYears = 0, apart = 0, entrants = 0, fromFeeders = 0, moved = 0, joiningSiblings = 0, ownName = 0;
  for (const school of crawl.schools) {
    const history = groupBy(rows(school, 'enrolment-history'), 'enrolmentId');
    if (history.size === 0) continue;
    const firstHere = (id: string) => Number(history.get(id)?.find((h) => h.attendedCentreCode === school.centreCode)?.schoolYear ?? Infinity);
    for (const members of households(school)) {
      // Siblings in primary school in the same year: at the same school?
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const years = new Map((history.get(String(members[i]!.enrolmentId)) ?? []).filter(isPrimaryRow).map((h) => [String(h.schoolYear), h.schoolName]));
          for (const h of (history.get(String(members[j]!.enrolmentId)) ?? []).filter(isPrimaryRow)) {
            if (!years.has(String(h.schoolYear))) continue;
            siblingYears++;
            if (years.get(String(h.schoolYear)) !== h.schoolName) apart++;
          }
        }
      }
      // A family that moves moves together: nobody arrives from another district to join a sibling already here for years.
      for (const s of members) {
        const arrival = history.get(String(s.enrolmentId))?.find((h) => h.attendedCentreCode === school.centreCode && (h.entryType === '1822' || h.entryType === '1823' || h.entryType === '1830'));
        if (!arrival) continue;
        moved++;
        if (members.some((o) => o !== s && firstHere(String(o.enrolmentId)) < Number(arrival.schoolYear) - 1)) joiningSiblings++;
      }
    }
    const feeders = new Map<string, number>();
    for (const rowsOf of history.values()) {
      for (const h of rowsOf) if (h.attendedCentreCode === null && h.schoolName === school.schoolName) ownName++;
      const year7 = rowsOf.find((h) => h.yearLevel === '7' && h.attendedCentreCode === school.centreCode && h.entryType === '1821');
      if (!year7 || school.yearLevels?.includes('6')) continue;
      entrants++;
      feeders.set(String(year7.previousSchoolName), (feeders.get(String(year7.previousSchoolName)) ?? 0) + 1);
    }
    fromFeeders += [...feeders.values()].sort((a, b) => b - a).slice(0, 5).reduce((a, b) => a + b, 0);
  }
  if (siblingYears > 0) m.add('sibling-years in primary school at different schools', share(apart, siblingYears), [0, 0.1], 'assumption (no figure found)', 'siblings go to the same primary school');
  if (entrants > 0) m.expect("Year 7 entrants from their high school's 5 biggest feeder primaries", fromFeeders, entrants, 0.79, 'assumption (no figure found)', 'a handful of feeders supply most of Year 7');
  if (moved > 0) m.add('arrivals from elsewhere joining a sibling here for over a year', share(joiningSiblings, moved), [0, 0.05], '[S16]', 'families move together');
  m.add('history rows at another school with this school\'s name', ownName, [0, 0], 'seedhub', 'no school transfers to itself', 'count');
  const names = crawl.schools.map((s) => s.schoolName).filter(Boolean);
  m.add('schools sharing a name', names.length - new Set(names).size, [0, 0], 'seedhub', 'school names are unique within a hub', 'count');
}

function homeMetrics(m: Metrics, crawl: Crawl): void {
  let arrivals = 0, stale = 0, placed = 0, atSchool = 0, near = 0, far = 0, primary = 0, primaryFar = 0;
  for (const school of crawl.schools) {
    const homes = new Map(rows(school, 'addresses').filter((a) => a.addressType === '0765').map((a) => [String(a.enrolmentId), a]));
    const level = new Map(rows(school, 'students').map((s) => [String(s.enrolmentId), levelOf(s.yearLevel)]));
    for (const [id, list] of groupBy(rows(school, 'enrolment-history'), 'enrolmentId')) {
      const arrival = list.find((h) => h.entryType === '1830' || h.entryType === '1823');
      const home = homes.get(id);
      if (!arrival || !home || typeof home.effectiveFromDate !== 'string') continue;
      arrivals++;
      if (Date.parse(home.effectiveFromDate) < Date.parse(String(arrival.entryDate)) - 365 * DAY) stale++;
    }
    const from = SUBURB_INDEX.get(String(school.suburb ?? ''));
    if (from === undefined) continue;
    for (const [id, home] of homes) {
      const to = SUBURB_INDEX.get(String(home.suburb));
      if (to === undefined) continue;
      const km = distanceKm(from, to);
      placed++;
      if (km === 0) atSchool++;
      if (km <= NEAR_KM) near++;
      if (km > 40) far++;
      if ((level.get(id) ?? 99) <= 6) {
        primary++;
        if (km > NEAR_KM) primaryFar++;
      }
    }
  }
  if (arrivals > 0) m.add('arrivals from overseas or interstate whose home predates them by over a year', share(stale, arrivals), [0, 0.05], 'seedhub', 'a family\'s address starts when it arrives');
  if (placed === 0) return;
  m.add("students living in the school's suburb", share(atSchool, placed), [0.3, 0.7], 'assumption', 'most live in or around the school\'s suburb');
  m.add(`students living within ${NEAR_KM} km`, share(near, placed), [0.85, 1], 'assumption', 'a few secondary students live farther away, in the same region');
  m.add('students living over 40 km from school', share(far, placed), [0, 0.005], 'assumption', 'a daily commute');
  if (primary > 0) m.add(`primary students living over ${NEAR_KM} km from school`, share(primaryFar, primary), [0, 0.01], 'assumption', 'primary children live near school');
}

export function familyMetrics(m: Metrics, crawl: Crawl): void {
  householdMetrics(m, crawl);
  historyMetrics(m, crawl);
  homeMetrics(m, crawl);
}
