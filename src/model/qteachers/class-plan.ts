// The classes a school runs: its year levels split into cohorts (composite when the school
// runs few classes), each cohort in one or more home groups, each home group taking at
// least four subject classes, English and Mathematics always among them. The plan is a
// function of the school's year levels and the `classesPerSchool` option only: never of
// how many students or staff there are, so adding a student moves nobody's classes.
import type { Rng } from '../types.ts';
import { SUBJECTS, YEAR_LEVELS, type Subject, type SubjectPool } from '../vocab/school.ts';

/** A class (SIF TeachingGroup) as students and staff see it. */
export interface PlannedClass {
  localId: string;
  shortName: string;
  longName: string;
  /** The home group that takes it, e.g. `7A` or `4/5/6A`. */
  group: string;
  subject: string;
  subjectName: string;
  kla: string;
  /** Year levels whose students are in it. */
  yearLevels: readonly string[];
  /** Which planned teacher takes it (an index into `ClassPlan.teachers`). */
  teacher: number;
}

export interface HomeGroup {
  code: string;
  classes: readonly PlannedClass[];
}

export interface Cohort {
  /** Level indices (Prep = 0) of the cohort's students. */
  levels: readonly number[];
  groups: readonly HomeGroup[];
}

/** A teaching post the plan needs: a home-class teacher of a primary group, or a subject teacher. */
export interface PlannedTeacher {
  kind: 'home' | 'subject';
  /** The group a home teacher takes, or the area (humanities, stem, arts) of a subject teacher. */
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

/** Subjects a cohort would ideally take; a class count that allows more home groups gets them. */
const IDEAL_SUBJECTS = 6;
/** Classes a full-time secondary teacher takes. */
export const FULL_LOAD = 5;
/** Core subjects a primary home-class teacher takes for their group; specialists take the rest. */
const HOME_TEACHER_SUBJECTS = new Set(['ENG', 'MAT', 'SCI', 'HAS']);
const PRIMARY_LAST = 6;

/** Splits `count` items into `parts` runs as evenly as possible, longer runs first. */
function runs(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

/** Bands of consecutive levels; a P–12 school never mixes primary and secondary levels in one band. */
function bands(first: number, last: number, count: number): number[][] {
  const levels = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const split = (list: number[], parts: number) => {
    let at = 0;
    return runs(list.length, parts).map((n) => list.slice(at, (at += n)));
  };
  if (first > PRIMARY_LAST || last <= PRIMARY_LAST || count < 2) return split(levels, count);
  const primary = levels.filter((l) => l <= PRIMARY_LAST);
  const secondary = levels.filter((l) => l > PRIMARY_LAST);
  const primaryBands = Math.min(primary.length, Math.max(1, Math.round((count * primary.length) / levels.length)));
  return [...split(primary, primaryBands), ...split(secondary, Math.min(secondary.length, count - primaryBands))];
}

function poolOf(levels: readonly number[]): SubjectPool {
  if (levels.every((l) => l <= PRIMARY_LAST)) return 'primary';
  return levels.every((l) => l >= 11) ? 'senior' : 'junior';
}

/** `Year 7`, `Prep`, `Years 4 to 6`. */
function levelWords(levels: readonly number[]): string {
  const name = (l: number) => (l === 0 ? 'Prep' : `Year ${YEAR_LEVELS[l]}`);
  if (levels.length === 1) return name(levels[0]!);
  return `${levels[0] === 0 ? 'Prep' : `Years ${YEAR_LEVELS[levels[0]!]}`} to ${YEAR_LEVELS[levels.at(-1)!]}`;
}

/** A group's code: `7A`; composites `4/5/6A`, and `P-6A` beyond three levels. */
function groupCode(levels: readonly number[], letter: string): string {
  const names = levels.map((l) => YEAR_LEVELS[l]!);
  const band = names.length <= 3 ? names.join('/') : `${names[0]}-${names.at(-1)}`;
  return `${band}${letter}`;
}

/** The subjects of one cohort: English and Mathematics, then the pool in a school-keyed order. */
function subjectsOf(pool: SubjectPool, count: number, rng: Rng): Subject[] {
  const core = SUBJECTS.filter((s) => s.pools.includes(pool) && (s.code === 'ENG' || s.code === 'MAT'));
  const rest = SUBJECTS.filter((s) => s.pools.includes(pool) && s.code !== 'ENG' && s.code !== 'MAT');
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...core, ...rest].slice(0, count);
}

/**
 * The plan of a school teaching levels `first`..`last` with `classes` classes (at least 4)
 * in `schoolYear`; `rng` chooses each cohort's electives.
 */
export function planClasses(first: number, last: number, classes: number, schoolYear: number, rngFor: (cohort: number) => Rng): ClassPlan {
  const levelCount = last - first + 1;
  const bandCount = Math.max(1, Math.min(Math.round(classes / IDEAL_SUBJECTS), levelCount, Math.floor(classes / 4)));
  const cohortBands = bands(first, last, bandCount);
  const perCohort = runs(classes, cohortBands.length);
  const teachers: PlannedTeacher[] = [];
  const subjectTeachers = new Map<string, number>();
  const all: PlannedClass[] = [];
  const cohorts = cohortBands.map((levels, c): Cohort => {
    const count = perCohort[c]!;
    const pool = poolOf(levels);
    const groupCount = Math.max(1, Math.min(Math.round(count / IDEAL_SUBJECTS), Math.floor(count / 4)));
    const perGroup = runs(count, groupCount);
    const subjects = subjectsOf(pool, Math.max(...perGroup), rngFor(c));
    const yearLevels = levels.map((l) => YEAR_LEVELS[l]!);
    const groups = perGroup.map((n, g): HomeGroup => {
      const letter = String.fromCharCode(65 + (g % 26)) + (g >= 26 ? String(Math.floor(g / 26)) : '');
      const code = groupCode(levels, letter);
      let home: number | undefined;
      const groupClasses = subjects.slice(0, n).map((subject): PlannedClass => {
        let teacher: number;
        if (pool === 'primary' && HOME_TEACHER_SUBJECTS.has(subject.code)) {
          home ??= teachers.push({ kind: 'home', covers: code, classes: [] }) - 1;
          teacher = home;
        } else {
          // Subject teachers take classes of one area up to a full load, then a colleague starts.
          const current = subjectTeachers.get(subject.area);
          if (current === undefined || teachers[current]!.classes.length >= FULL_LOAD) {
            subjectTeachers.set(subject.area, (teacher = teachers.push({ kind: 'subject', covers: subject.area, classes: [] }) - 1));
          } else teacher = current;
        }
        const planned: PlannedClass = {
          localId: `${schoolYear}-${code}-${subject.code}`,
          shortName: `${code} ${subject.code}`,
          longName: `${levelWords(levels)} ${letter} ${subject.name}`,
          group: code,
          subject: subject.code,
          subjectName: subject.name,
          kla: subject.kla,
          yearLevels,
          teacher,
        };
        (teachers[teacher]!.classes as PlannedClass[]).push(planned);
        all.push(planned);
        return planned;
      });
      return { code, classes: groupClasses };
    });
    return { levels, groups };
  });
  const byLevel = new Map(cohorts.flatMap((cohort) => cohort.levels.map((l) => [l, cohort] as const)));
  return { cohorts, classes: all, teachers, cohortOf: (level) => byLevel.get(level) };
}
