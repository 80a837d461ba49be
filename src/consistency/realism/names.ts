// Names by frequency and era, as registers store them, and ages as they are: Smith about
// 1%, Nguyen for about two Vietnamese families in five, plain ASCII, given names of the
// student's own generation, a few students older than their cohort; no student speaking a
// language the docs say is left out.
import { QLD_TOP_FEMALE, QLD_TOP_MALE } from '../../model/vocab/qld-top-names.ts';
import type { Crawl, Row } from '../types.ts';
import { band, levelOf, Metrics, rows, share } from './shared.ts';

/** The first birth year a name was in Queensland's top 100, from its first band. */
const FIRST_YEAR = new Map<string, number>();
for (const band5 of [...QLD_TOP_FEMALE, ...QLD_TOP_MALE]) for (const name of band5.names) if (!FIRST_YEAR.has(name) || FIRST_YEAR.get(name)! > band5.from) FIRST_YEAR.set(name, band5.from);
/** A name first in the top 100 this many years after a child's birth is another generation's. */
const LATER_BY = 5;
const age = (birthDate: string, year: number) => {
  const [y, mo, d] = birthDate.split('-').map(Number) as [number, number, number];
  return year - y - (mo > 6 || (mo === 6 && d > 30) ? 1 : 0);
};

export function nameMetrics(m: Metrics, crawl: Crawl, schoolYear: number | undefined): void {
  const students = crawl.schools.flatMap((school) => rows(school, 'students'));
  const n = students.length;
  if (n === 0) return;
  // Within a school: across a big hub, common names recur as they do across real schools.
  const fullName = (s: Row) => `${String(s.centreCode)} ${String(s.givenName)} ${String(s.familyName)}`;
  const names = new Map<string, number>();
  for (const s of students) names.set(fullName(s), (names.get(fullName(s)) ?? 0) + 1);
  m.add('students sharing a full name within their school', share(students.filter((s) => names.get(fullName(s))! > 1).length, n), [0, 0.01], 'seedhub', 'fewer than 1%');
  m.add('middle name equal to the given name', share(students.filter((s) => s.middleName === s.givenName).length, n), [0, 0], 'seedhub', 'never');
  const families = new Map<string, number>();
  for (const s of students) families.set(String(s.familyName), (families.get(String(s.familyName)) ?? 0) + 1);
  m.expect('students named Smith', families.get('Smith') ?? 0, n, 0.0123, '[S21]', 'the commonest Australian family name');
  const vietnamese = students.filter((s) => s.mainLanguageAtHome === '6302');
  if (vietnamese.length > 0) m.expect('Vietnamese-speaking students named Nguyen', vietnamese.filter((s) => s.familyName === 'Nguyen').length, vietnamese.length, 0.38, '[S22]');
  m.add('names with letters outside ASCII', share(students.filter((s) => /[^\x20-\x7e]/.test(`${String(s.givenName)}${String(s.familyName)}${String(s.middleName ?? '')}`)).length, n), [0, 0], 'seedhub', 'school registers store plain letters');
  const later = students.filter((s) => (FIRST_YEAR.get(String(s.givenName)) ?? 0) > Number(String(s.birthDate).slice(0, 4)) + LATER_BY);
  m.add("students given a name Queensland took up after they were born", share(later.length, n), [0, 0.02], '[S47]', 'names of the child\'s own generation');
  m.add('students speaking Samoan at home', students.filter((s) => s.mainLanguageAtHome === '9308').length, [0, 0], 'docs', 'Samoan is left out: no sourced list of Samoan names', 'count');
  if (schoolYear !== undefined) {
    const older = students.filter((s) => typeof s.birthDate === 'string' && age(s.birthDate, schoolYear) === 6 + levelOf(s.yearLevel));
    m.add('students a year older than their cohort', share(older.length, n), band(0.05, n, 0.02), '[S39]', 'started Prep late (boys more often) or repeated');
  }
}
