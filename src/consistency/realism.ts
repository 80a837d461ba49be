// The realism report: the distributions that make a hub look like Queensland schools, each
// beside its target band, so drift in realism shows as plainly as drift in bytes. Pure
// functions of a crawl, so a live hub can be measured as well as seedhub's own data.
import { termsOf } from '../model/qteachers/calendar.ts';
import { distanceKm, NEAR_KM } from '../model/qteachers/places.ts';
import { QLD_SUBURBS } from '../model/vocab/qld-suburbs.ts';
import { YEAR_LEVELS } from '../model/vocab/school.ts';
import type { Crawl, CrawledSchool, Row } from './types.ts';

export interface RealismMetric {
  name: string;
  /** A share (0..1), or a count for `unit: 'students'`. */
  value: number;
  unit: 'share' | 'students';
  /** The band the value should lie in, inclusive. */
  target: readonly [number, number];
  ok: boolean;
  /** Where the target comes from, or what to do when it is missed. */
  note: string;
}

const rows = (school: CrawledSchool, endpoint: string): Row[] => school.endpoints[endpoint]?.rows.map((r) => r.record) ?? [];
const all = (crawl: Crawl, endpoint: string): Row[] => crawl.schools.flatMap((s) => rows(s, endpoint));
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const DAY = 86_400_000;

/** Students by household: the set of their parents' contact IDs (siblings share it). */
function households(school: CrawledSchool): Map<string, Row[]> {
  const parentsOf = new Map<string, string[]>();
  for (const parent of rows(school, 'parents')) {
    const id = String(parent.enrolmentId);
    parentsOf.set(id, [...(parentsOf.get(id) ?? []), String(parent.contactId)]);
  }
  const homes = new Map<string, Row[]>();
  for (const student of rows(school, 'students')) {
    const key = (parentsOf.get(String(student.enrolmentId)) ?? [String(student.enrolmentId)]).sort().join(',');
    homes.set(key, [...(homes.get(key) ?? []), student]);
  }
  return homes;
}

/** Queensland's class size targets: 25 for Prep to Year 3 and Years 11–12, 28 for Years 4–10; composites take the lower. */
const targetSize = (levels: readonly number[]) => Math.min(...levels.map((l) => (l <= 3 || l >= 11 ? 25 : 28)));
const FIRST_DAYS = new Map<number, Set<string>>();
function isFirstDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = FIRST_DAYS.get(year);
  if (!days) FIRST_DAYS.set(year, (days = new Set(termsOf(year).map(([start]) => new Date(start).toISOString().slice(0, 10)))));
  return days.has(date);
}
const SUBURB_INDEX = new Map(QLD_SUBURBS.map(([name], i) => [name, i]));

/** Every metric of the realism report over a crawl; metrics whose endpoints are missing are left out. */
export function realismReport(crawl: Crawl): RealismMetric[] {
  const students = all(crawl, 'students');
  const flags = all(crawl, 'flags');
  const metrics: RealismMetric[] = [];
  const add = (name: string, value: number, target: readonly [number, number], note: string, unit: RealismMetric['unit'] = 'share') =>
    metrics.push({ name, value, unit, target, ok: value >= target[0] - 1e-9 && value <= target[1] + 1e-9, note });
  if (students.length === 0) return metrics;
  const n = students.length;
  const withFlag = (test: (flag: Row) => boolean) => new Set(flags.filter(test).map((f) => String(f.enrolmentId))).size;

  // Classes.
  const classesOf = (s: Row) => (Array.isArray(s.classes) ? (s.classes as string[]) : []);
  add('students in at least 4 classes', share(students.filter((s) => classesOf(s).length >= 4).length, n), [1, 1], 'every student takes four classes or more');
  add('students in English and Mathematics', share(students.filter((s) => classesOf(s).some((c) => c.endsWith('-ENG')) && classesOf(s).some((c) => c.endsWith('-MAT'))).length, n), [1, 1], 'every student takes both');
  const classes = new Map<string, { size: number; levels: Set<number> }>();
  for (const s of students) {
    for (const c of classesOf(s)) {
      const entry = classes.get(`${String(s.centreCode)} ${c}`) ?? { size: 0, levels: new Set<number>() };
      entry.size++;
      entry.levels.add(YEAR_LEVELS.indexOf(String(s.yearLevel) as (typeof YEAR_LEVELS)[number]));
      classes.set(`${String(s.centreCode)} ${c}`, entry);
    }
  }
  const over = [...classes.values()].filter((c) => c.size > targetSize([...c.levels]) + 2).length;
  const mean = Math.round([...classes.values()].reduce((sum, c) => sum + c.size, 0) / Math.max(1, classes.size));
  const needed = Math.ceil((classes.size / Math.max(1, crawl.schools.length)) * (mean / 18));
  add('classes over the size target (plus 2)', share(over, classes.size), [0, 0.1], `Queensland targets: 25 (P–3, 11–12), 28 (4–10) [S19]; classes average ${mean} students: raise classesPerSchool (--classes) to about ${needed}`);

  // Flags.
  add('asthma', share(withFlag((f) => f.code === 'MRD-1'), n), [0.06, 0.14], 'about 10% of children [S1]');
  add('anaphylaxis risk', share(withFlag((f) => String(f.code).startsWith('MAA-')), n), [0.003, 0.03], 'about 1 in 74 students [S2]');
  add('type 1 diabetes', share(withFlag((f) => f.code === 'MEM-2'), n), [0, 0.01], 'about 0.14% of children [S3]');
  add('NCCD adjustment', share(withFlag((f) => f.flagType === 'DISABILITY_NCCD'), n), [0.14, 0.26], 'about 20% [S8]');
  add('Aboriginal and/or Torres Strait Islander', share(students.filter((s) => ['1', '2', '3'].includes(String(s.indigenousStatus))).length, n), [0.05, 0.15], 'about 10% of state school students [S17]');
  add('language background other than English', share(students.filter((s) => s.lbote === 'Y').length, n), [0.02, 0.2], 'from the languages Queenslanders speak at home [S11]');
  add('born overseas', share(students.filter((s) => s.countryOfBirth !== '1101').length, n), [0.01, 0.15], 'children of families who came during their schooling');

  // Families.
  const homes = crawl.schools.flatMap((school) => [...households(school).values()].map((members) => ({ school, members })));
  const parentRows = new Map(crawl.schools.flatMap((school) => rows(school, 'parents').map((p) => [`${school.centreCode} ${String(p.contactId)}`, p] as const)));
  const parentsOfStudent = new Map<string, Row[]>();
  for (const school of crawl.schools) {
    for (const p of rows(school, 'parents')) parentsOfStudent.set(String(p.enrolmentId), [...(parentsOfStudent.get(String(p.enrolmentId)) ?? []), p]);
  }
  const parentCounts = homes.map(({ members }) => parentsOfStudent.get(String(members[0]!.enrolmentId))?.length ?? 0);
  if (parentRows.size > 0) {
    add('one-parent households', share(parentCounts.filter((c) => c === 1).length, homes.length), [0.12, 0.32], '21.8% of families with dependent children [S13]');
    const couples = homes.map(({ members }) => parentsOfStudent.get(String(members[0]!.enrolmentId)) ?? []).filter((ps) => ps.length === 2);
    add('same-sex couples among two-parent households', share(couples.filter(([a, b]) => a!.sex === b!.sex).length, couples.length), [0, 0.03], 'about 0.5% of couple families with children [S14]');
    add('students sharing a family name with a parent', share(students.filter((s) => (parentsOfStudent.get(String(s.enrolmentId)) ?? []).some((p) => p.familyName === s.familyName)).length, n), [0.95, 1], 'children carry a parent\'s name in nearly all families');
  }
  let pairs = 0;
  let close = 0;
  let twins = 0;
  for (const { members } of homes) {
    const births = members.map((m) => Date.parse(String(m.birthDate))).sort((a, b) => a - b);
    for (let i = 1; i < births.length; i++) {
      pairs++;
      const gap = (births[i]! - births[i - 1]!) / DAY;
      if (gap === 0) twins += births[i - 2] === births[i - 1] ? 1 : 2;
      else if (gap < 300) close++;
    }
  }
  add('siblings under 300 days apart (not twins)', share(close, pairs), [0, 0], 'siblings are at least about ten months apart [S10]');
  add('twins', share(twins, n), [0.005, 0.06], '2.9% of babies are born in a multiple birth [S9]');

  // Places: where students live against their school's suburb and region.
  const addresses = crawl.schools.flatMap((school) => rows(school, 'addresses').filter((a) => a.addressType === '0765').map((a) => ({ school, a })));
  const placed = addresses.filter(({ school, a }) => school.endpoints.addresses && SUBURB_INDEX.has(String(a.suburb)) && SUBURB_INDEX.has(String(school.suburb ?? '')));
  if (placed.length > 0) {
    const km = placed.map(({ school, a }) => distanceKm(SUBURB_INDEX.get(String(school.suburb))!, SUBURB_INDEX.get(String(a.suburb))!));
    add('students living in the school\'s suburb', share(km.filter((d) => d === 0).length, km.length), [0.3, 0.7], 'most live in or around the school\'s suburb');
    add(`students living within ${NEAR_KM} km`, share(km.filter((d) => d <= NEAR_KM).length, km.length), [0.85, 1], 'a few live farther away, in the same region');
  }

  // Names and contacts.
  const fullName = (s: Row) => `${String(s.givenName)} ${String(s.familyName)}`;
  const names = new Map<string, number>();
  for (const s of students) names.set(fullName(s), (names.get(fullName(s)) ?? 0) + 1);
  add('students sharing a full name', share(students.filter((s) => names.get(fullName(s))! > 1).length, n), [0, 0.01], 'fewer than 1%');
  add('middle name equal to the given name', share(students.filter((s) => s.middleName === s.givenName).length, n), [0, 0], 'never');
  let sharedNumbers = 0;
  let contactsSeen = 0;
  let namesakes = 0;
  for (const school of crawl.schools) {
    const owners = new Map<string, string>();
    const contacts = [...rows(school, 'parents'), ...rows(school, 'emergency-contacts')];
    const byContact = new Map(contacts.map((c) => [String(c.contactId), c]));
    contactsSeen += byContact.size;
    for (const [id, c] of byContact) {
      const phone = (Array.isArray(c.phones) ? (c.phones as Row[]) : []).find((p) => p.type !== '0777');
      if (!phone) continue;
      const owner = owners.get(String(phone.number));
      if (owner !== undefined && owner !== id) sharedNumbers++;
      else owners.set(String(phone.number), id);
    }
    const parentNames = new Map<string, Set<string>>();
    for (const p of rows(school, 'parents')) parentNames.set(String(p.enrolmentId), (parentNames.get(String(p.enrolmentId)) ?? new Set()).add(fullName(p)));
    namesakes += rows(school, 'emergency-contacts').filter((e) => parentNames.get(String(e.enrolmentId))?.has(fullName(e))).length;
  }
  if (contactsSeen > 0) {
    add('contacts sharing a phone number within a school', share(sharedNumbers, contactsSeen), [0, 0], 'every contact has a number of their own');
    add('emergency contacts named like a parent', namesakes, [0, 0], 'never', 'students');
  }

  // Histories.
  const history = all(crawl, 'enrolment-history');
  if (history.length > 0) {
    add('history rows starting on a first day of term', share(history.filter((h) => isFirstDay(String(h.entryDate))).length, history.length), [1, 1], 'the Queensland calendar [S20]');
    const overseas = history.filter((h) => h.entryType === '1830');
    const born = new Map(students.map((s) => [String(s.enrolmentId), String(s.countryOfBirth)]));
    add('entries from overseas by students born overseas', share(overseas.filter((h) => born.get(String(h.enrolmentId)) !== '1101').length, overseas.length || 1) || (overseas.length === 0 ? 1 : 0), [0.9, 1], 'an entry from overseas follows schooling overseas');
    const byStudent = new Map<string, Row[]>();
    for (const h of history) byStudent.set(String(h.enrolmentId), [...(byStudent.get(String(h.enrolmentId)) ?? []), h]);
    const PAIRS: Readonly<Record<string, string>> = { '1907': '1821', '1908': '1822', '1909': '1823' };
    let exits = 0;
    let paired = 0;
    for (const rowsOfStudent of byStudent.values()) {
      rowsOfStudent.forEach((h, i) => {
        if (h.exitType === null || h.exitType === undefined) return;
        exits++;
        if (rowsOfStudent[i + 1]?.entryType === PAIRS[String(h.exitType)]) paired++;
      });
    }
    add('exits followed by the entry code that pairs with them', share(paired, exits || 1) || (exits === 0 ? 1 : 0), [1, 1], '1907 → 1821, 1908 → 1822, 1909 → 1823');
  }
  return metrics;
}
