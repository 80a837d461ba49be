// The classes a school runs. Its year levels fall in three stages, never mixed in a class:
// primary (Prep–6), junior secondary (7–10) and senior (11–12). Prep to Year 10 home groups
// take every learning area, and a language in Years 5 to 8; a stage with fewer classes than
// one home group per level joins neighbouring levels into composites. Seniors choose their
// subjects from their cohort's offering (senior-plan.ts). The plan is a function of the
// school's year levels, its class count and its language only: never of how many students or
// staff there are, so adding a student moves nobody's classes.
import { CORE_SUBJECTS, LANGUAGE, LANGUAGE_LEVELS, YEAR_LEVELS, type StaffArea, type Subject } from '../vocab/school.ts';
import { bandsOf, runs, SENIOR_MIN, SENIOR_SPLIT, stagesOf, type StagePlan } from './class-budget.ts';
import { seniorOffering, type Offered } from './senior-plan.ts';

/** A class (SIF TeachingGroup) as students and staff see it. */
export interface PlannedClass {
  localId: string;
  shortName: string;
  longName: string;
  /** The home group that takes it (`7A`, `4/5/6A`), or the senior class's section (`11A`). */
  group: string;
  subject: string;
  subjectName: string;
  kla: string;
  area: StaffArea;
  /** Year levels whose students are in it. */
  yearLevels: readonly string[];
  /** Which planned teacher takes it (an index into `ClassPlan.teachers`). */
  teacher: number;
}

export interface HomeGroup {
  code: string;
  /** The classes every student of the group takes; none for a senior group (seniors choose). */
  classes: readonly PlannedClass[];
}

export interface Cohort {
  /** Level indices (Prep = 0) of the cohort's students. */
  levels: readonly number[];
  groups: readonly HomeGroup[];
  /** Seniors only: each offered subject and its classes. */
  offering?: readonly { offered: Offered; classes: readonly PlannedClass[] }[];
}

/** A teaching post the plan needs: a home-class teacher of a primary group, or a subject teacher. */
export interface PlannedTeacher {
  kind: 'home' | 'subject';
  /** The group a home teacher takes, or the area of a subject teacher. */
  covers: string;
  classes: readonly PlannedClass[];
}

export interface ClassPlan {
  cohorts: readonly Cohort[];
  classes: readonly PlannedClass[];
  teachers: readonly PlannedTeacher[];
  /** The cohort of each level index of the school, or undefined outside the school's range. */
  cohortOf(levelIndex: number): Cohort | undefined;
}

/** Classes a full-time secondary teacher takes. */
export const FULL_LOAD = 5;
/** What a primary home-class teacher takes for their group; specialists take HPE, The Arts and the language. */
const HOME_TEACHER_SUBJECTS = new Set(['ENG', 'MAT', 'SCI', 'HAS', 'TEC']);


const letter = (g: number) => String.fromCharCode(65 + (g % 26)) + (g >= 26 ? String(Math.floor(g / 26)) : '');
const levelName = (l: number) => (l === 0 ? 'Prep' : `Year ${YEAR_LEVELS[l]}`);

/** `Year 7`, `Prep`, `Years 4 to 6`. */
function levelWords(levels: readonly number[]): string {
  if (levels.length === 1) return levelName(levels[0]!);
  return `${levels[0] === 0 ? 'Prep' : `Years ${YEAR_LEVELS[levels[0]!]}`} to ${YEAR_LEVELS[levels.at(-1)!]}`;
}

/** A group's code: `7A`; composites `4/5/6A`, and `P-6A` beyond three levels. */
function bandCode(levels: readonly number[]): string {
  const names = levels.map((l) => YEAR_LEVELS[l]!);
  return names.length <= 3 ? names.join('/') : `${names[0]}-${names.at(-1)}`;
}

/** The subjects a Prep–Year 10 group takes: every learning area, and the language where its levels need one. */
function groupSubjects(levels: readonly number[], language: string): Subject[] {
  const withLanguage = levels.some((l) => (LANGUAGE_LEVELS as readonly number[]).includes(l));
  return withLanguage ? [...CORE_SUBJECTS, { ...LANGUAGE, name: language }] : [...CORE_SUBJECTS];
}

/** The plan of a school teaching levels `first`..`last` in `schoolYear`, teaching `language`, with `stages`' groups and classes. */
export function planClasses(first: number, last: number, stages: StagePlan, schoolYear: number, language: string): ClassPlan {
  const teachers: PlannedTeacher[] = [];
  const subjectTeachers = new Map<string, number>();
  const all: PlannedClass[] = [];
  const assign = (planned: Omit<PlannedClass, 'teacher'>, home: () => number): PlannedClass => {
    let teacher: number;
    if (HOME_TEACHER_SUBJECTS.has(planned.subject) && planned.yearLevels.every((l) => l === 'P' || Number(l) <= 6)) teacher = home();
    else {
      // Subject teachers take classes of one area up to a full load, then a colleague starts.
      const current = subjectTeachers.get(planned.area);
      if (current === undefined || teachers[current]!.classes.length >= FULL_LOAD) {
        subjectTeachers.set(planned.area, (teacher = teachers.push({ kind: 'subject', covers: planned.area, classes: [] }) - 1));
      } else teacher = current;
    }
    const placed = { ...planned, teacher };
    (teachers[teacher]!.classes as PlannedClass[]).push(placed);
    all.push(placed);
    return placed;
  };
  const cohorts: Cohort[] = [];
  for (const stage of stagesOf(first, last)) {
    if (stage.name === 'senior') {
      const classes = Math.max(SENIOR_MIN, stages.senior ?? SENIOR_MIN);
      const bands = classes >= SENIOR_SPLIT * stage.levels.length ? stage.levels.map((l) => [l]) : [stage.levels];
      runs(classes, bands.length).forEach((n, b) => cohorts.push(seniorCohort(bands[b]!, n, schoolYear, assign)));
      continue;
    }
    const planned = stages[stage.name];
    for (const band of Array.isArray(planned) ? planned : bandsOf(stage.levels, Math.max(1, planned ?? 1))) {
      const code = bandCode(band.levels);
      const yearLevels = band.levels.map((l) => YEAR_LEVELS[l]!);
      const subjects = groupSubjects(band.levels, language);
      const homeGroups = Array.from({ length: band.groups }, (_, g): HomeGroup => {
        const group = `${code}${letter(g)}`;
        let home: number | undefined;
        const homeTeacher = () => (home ??= teachers.push({ kind: 'home', covers: group, classes: [] }) - 1);
        const groupClasses = subjects.map((subject) => assign({
          localId: `${schoolYear}-${group}-${subject.code}`,
          shortName: `${group} ${subject.code}`,
          longName: `${levelWords(band.levels)} ${letter(g)} ${subject.name}`,
          group, subject: subject.code, subjectName: subject.name, kla: subject.kla, area: subject.area, yearLevels,
        }, homeTeacher));
        return { code: group, classes: groupClasses };
      });
      cohorts.push({ levels: band.levels, groups: homeGroups });
    }
  }
  const byLevel = new Map(cohorts.flatMap((cohort) => cohort.levels.map((l) => [l, cohort] as const)));
  return { cohorts, classes: all, teachers, cohortOf: (level) => byLevel.get(level) };
}


/** A senior cohort of `levels` with `classes` classes: its offering, and pastoral home groups (one per English class). */
function seniorCohort(levels: readonly number[], classes: number, schoolYear: number, assign: (c: Omit<PlannedClass, 'teacher'>, home: () => number) => PlannedClass): Cohort {
  const code = bandCode(levels);
  const yearLevels = levels.map((l) => YEAR_LEVELS[l]!);
  const noHome = () => { throw new RangeError('senior classes have subject teachers'); };
  const offering = seniorOffering(classes).map((offered) => ({
    offered,
    classes: Array.from({ length: offered.sections }, (_, k) => {
      const section = `${code}${letter(k)}`;
      const { subject } = offered;
      return assign({
        localId: `${schoolYear}-${section}-${subject.code}`, shortName: `${section} ${subject.code}`,
        longName: `${levelWords(levels)} ${letter(k)} ${subject.name}`,
        group: section, subject: subject.code, subjectName: subject.name, kla: subject.kla, area: subject.area, yearLevels,
      }, noHome);
    }),
  }));
  const english = offering.filter((o) => o.offered.subject.line === 'english').reduce((n, o) => n + o.classes.length, 0);
  const groups = Array.from({ length: Math.max(1, english) }, (_, g): HomeGroup => ({ code: `${code}${letter(g)}`, classes: [] }));
  return { levels, groups, offering };
}
