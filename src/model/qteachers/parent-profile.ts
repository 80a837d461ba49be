// What a school records of a parent that goes together: schooling and post-school
// qualification from the place's figures (degrees mostly after Year 12), whether they work
// and in which occupation group (professionals mostly with degrees), a title ("Dr" only
// for a few degree-holding professionals) and how they like to be contacted.
import type { Rng } from '../types.ts';
import {
  CONTACT_METHODS, DOCTOR, EMPLOYED, EMPLOYMENT_UNKNOWN, GROUP_GIVEN_QUALIFICATION, NON_SCHOOL_EDUCATION,
  NON_SCHOOL_GIVEN_SCHOOL, OCCUPATION_GROUPS, SCHOOL_EDUCATION, WOMEN_TITLES,
} from '../vocab/parents.ts';

type Pairs = readonly (readonly [string, number])[];
const times = (pairs: Pairs, factor: Readonly<Record<string, number>>): Pairs => pairs.map(([code, w]) => [code, w * (factor[code] ?? 1)] as const);

/** SchoolEducationLevelType of a parent in Greater Brisbane or elsewhere. */
export const schoolEducation = (rng: Rng, greaterBrisbane: boolean) => rng.weighted(SCHOOL_EDUCATION[greaterBrisbane ? 'greaterBrisbane' : 'regional']);

/** NonSchoolEducation of a parent with that schooling. */
export const nonSchoolEducation = (rng: Rng, greaterBrisbane: boolean, school: string) =>
  rng.weighted(times(NON_SCHOOL_EDUCATION[greaterBrisbane ? 'greaterBrisbane' : 'regional'], NON_SCHOOL_GIVEN_SCHOOL[school] ?? {}));

/** EmploymentType: 8 not in paid work, 9 unknown, else an occupation group that goes with the qualification. */
export function employmentType(rng: Rng, sex: string, couple: boolean, qualification: string): string {
  if (rng.chance(EMPLOYMENT_UNKNOWN)) return '9';
  const employed = sex === '1' ? (couple ? EMPLOYED.coupleFather : EMPLOYED.singleFather) : couple ? EMPLOYED.coupleMother : EMPLOYED.singleMother;
  if (!rng.chance(employed)) return '8';
  return rng.weighted(times(OCCUPATION_GROUPS, GROUP_GIVEN_QUALIFICATION[qualification] ?? {}));
}

/** A title: "Dr" for a few professionals with a degree, else by sex. */
export function parentTitle(rng: Rng, sex: unknown, qualification: unknown, employment: unknown): string {
  if (qualification === '7' && employment === '1' && rng.chance(DOCTOR)) return 'Dr';
  if (sex === '1') return 'Mr';
  if (sex === '2') return rng.weighted(WOMEN_TITLES);
  return 'Mx';
}

export const contactMethod = (rng: Rng) => rng.weighted(CONTACT_METHODS);
