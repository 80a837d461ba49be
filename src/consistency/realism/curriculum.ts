// The curriculum as schools teach it: every Prep–Year 10 student in every learning area
// and a language in Years 5 to 8; Years 11–12 in QCAA General and Applied subjects and VET
// at the shares Queensland's Year 12s take them; no junior subject or student in a senior
// class; and classes within Queensland's size targets.
import { ATAR_SHARE, VET_SHARE } from '../../model/qteachers/senior-plan.ts';
import { targetSize } from '../../model/qteachers/class-budget.ts';
import { ENGLISH_CODES, LANGUAGE_LEVELS, MATHS_CODES, SENIOR_SUBJECTS } from '../../model/vocab/school.ts';
import type { Crawl, Row } from '../types.ts';
import { levelOf, Metrics, rows, share } from './shared.ts';

/** The learning areas (ACStrand) a Prep–Year 10 student takes, by the codes that stand for each [S26]. */
const AREAS: readonly (readonly string[])[] = [['E'], ['M'], ['S'], ['U', 'H', 'G', 'C', 'B'], ['P'], ['A'], ['T', 'D', 'I']];
const SENIOR = new Map(SENIOR_SUBJECTS.map((s) => [s.code, s]));
const codeOf = (localId: string) => localId.slice(localId.lastIndexOf('-') + 1);
const classesOf = (s: Row) => (Array.isArray(s.classes) ? (s.classes as string[]) : []);

export function curriculumMetrics(m: Metrics, crawl: Crawl): void {
  const students = crawl.schools.flatMap((school) => rows(school, 'students').map((s) => ({ school, s })));
  const n = students.length;
  if (n === 0) return;
  m.add('students in at least 4 classes', share(students.filter(({ s }) => classesOf(s).length >= 4).length, n), [1, 1], 'seedhub', 'every student takes four classes or more');
  const takes = (s: Row, codes: readonly string[]) => classesOf(s).some((c) => codes.includes(codeOf(c)));
  m.add('students in English and Mathematics', share(students.filter(({ s }) => takes(s, ENGLISH_CODES) && takes(s, MATHS_CODES)).length, n), [1, 1], '[S26]', 'every student takes both');

  // Learning areas, from the classes' KLAs as the staff's teaching groups give them.
  const kla = new Map<string, string>();
  for (const school of crawl.schools) for (const st of rows(school, 'staff')) for (const g of (st.teachingGroups as Row[] | undefined) ?? []) kla.set(`${school.centreCode} ${String(g.localId)}`, String(g.kla));
  if (kla.size > 0) {
    const juniors = students.filter(({ s }) => levelOf(s.yearLevel) <= 10);
    const areasOf = (school: string, s: Row) => new Set(classesOf(s).map((c) => kla.get(`${school} ${c}`)).filter(Boolean));
    const everyArea = juniors.filter(({ school, s }) => AREAS.every((codes) => codes.some((k) => areasOf(school.centreCode, s).has(k))));
    if (juniors.length > 0) m.add('Prep–Year 10 students in every learning area', share(everyArea.length, juniors.length), [1, 1], '[S26]', 'English, Mathematics, Science, HASS, HPE, The Arts and Technologies');
    const languageYears = juniors.filter(({ s }) => (LANGUAGE_LEVELS as readonly number[]).includes(levelOf(s.yearLevel)));
    if (languageYears.length > 0) m.add('Years 5–8 students taking a language', share(languageYears.filter(({ school, s }) => areasOf(school.centreCode, s).has('L')).length, languageYears.length), [1, 1], '[S24]');
  }

  // Seniors: what they take.
  const seniors = students.filter(({ s }) => levelOf(s.yearLevel) >= 11).map(({ s }) => classesOf(s).map(codeOf));
  if (seniors.length > 0) {
    const taking = (test: (codes: string[]) => boolean) => seniors.filter(test).length;
    const weight = (code: string) => SENIOR.get(code)!.weight / 100;
    m.expect('Years 11–12 taking Essential Mathematics', taking((c) => c.includes('MAE')), seniors.length, weight('MAE'), '[S27] (our arithmetic)', 'the Applied mathematics most non-ATAR students take');
    m.expect('Years 11–12 taking General Mathematics', taking((c) => c.includes('MAG')), seniors.length, weight('MAG'), '[S27]');
    m.expect('Years 11–12 taking Mathematical Methods', taking((c) => c.includes('MAM')), seniors.length, weight('MAM'), '[S27] (AMSI)');
    m.expect('Years 11–12 taking a VET certificate', taking((c) => c.some((code) => SENIOR.get(code)?.kind === 'vet')), seniors.length, ATAR_SHARE * VET_SHARE.atar + (1 - ATAR_SHARE) * VET_SHARE.applied, '[S27]', '69% of Year 12 graduates finish a VET certificate at school');
    m.add('Years 11–12 classes that are not QCAA senior subjects or VET', share(seniors.flat().filter((code) => !SENIOR.has(code)).length, seniors.flat().length), [0, 0], '[S27]', 'a junior subject (HASS, HPE) in Years 11–12');
  }

  // Classes: their size against the targets, and no senior class with a junior student in it.
  const classes = new Map<string, { size: number; levels: Set<number> }>();
  for (const { school, s } of students) {
    for (const c of classesOf(s)) {
      const entry = classes.get(`${school.centreCode} ${c}`) ?? { size: 0, levels: new Set<number>() };
      entry.size++;
      entry.levels.add(levelOf(s.yearLevel));
      classes.set(`${school.centreCode} ${c}`, entry);
    }
  }
  const list = [...classes.values()];
  const over = list.filter((c) => c.size > Math.min(...[...c.levels].map(targetSize)) + 2).length;
  const mean = Math.round(list.reduce((sum, c) => sum + c.size, 0) / Math.max(1, list.length));
  const needed = Math.ceil((list.length / Math.max(1, crawl.schools.length)) * (mean / 18));
  m.add('classes over the size target (plus 2)', share(over, list.length), [0, 0.1], '[S19]', `Queensland targets: 25 (P–3, 11–12), 28 (4–10); classes average ${mean} students: ask for --sizes realistic, or raise classesPerSchool (--classes) to about ${needed}`);
  const seniorClasses = list.filter((c) => [...c.levels].some((l) => l >= 11));
  if (seniorClasses.length > 0) m.add('senior classes with a Prep–Year 10 student', share(seniorClasses.filter((c) => [...c.levels].some((l) => l <= 10)).length, seniorClasses.length), [0, 0], '[S27]', 'Years 11–12 are taught apart');
}
