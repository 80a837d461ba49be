// The school entity: its type, name and year levels agree; it sits in a real Queensland
// suburb with that suburb's postcode and its Department of Education region; it has a size
// (the options' in exact sizes, its own by its type in realistic ones), houses and a
// language of its own; and its class plan (class-plan.ts) follows from its year levels and
// its classes. Every value is the school's own: its name comes from its centre code
// (school-names.ts), never from the other schools of the hub.
import type { BaseContext, EntitySpec, Rng } from '../types.ts';
import { QLD_SUBURBS } from '../vocab/qld-suburbs.ts';
import { HOUSES, HOUSES_PER_SCHOOL, SCHOOL_LANGUAGES, SCHOOL_TYPES, YEAR_LEVELS } from '../vocab/school.ts';
import { stagesForClasses, stagesForSize, type StagePlan } from './class-budget.ts';
import { planClasses, type ClassPlan } from './class-plan.ts';
import { asSchool } from './entities.ts';
import { schoolPhone } from './phones.ts';
import { hubSchoolPlace } from './school-names.ts';

const typeOf = (schoolType: unknown) => SCHOOL_TYPES.find((t) => t.type === schoolType) ?? SCHOOL_TYPES[0];
const realistic = (ctx: BaseContext) => ctx.options.schoolSizes === 'realistic';
/**
 * A P–12 college is a large school: with every school of one exact size, none is drawn
 * (the seed's own case, 50 students, would make a college of 50); realistic sizes have them.
 */
const typesFor = (ctx: BaseContext) => SCHOOL_TYPES.filter((t) => realistic(ctx) || t.type !== 'Pri/Sec');
/**
 * [S28] Students per teacher in Queensland: 14.7 in primary and 12.1 in secondary schools
 * (2018); teachers are 68% of a school's staff, cleaners aside (63.5% of the Department's
 * workforce, 6.9% cleaners and others [S29]; our arithmetic).
 */
const STUDENTS_PER_TEACHER = { primary: 14.7, secondary: 12.1 } as const;
export const TEACHER_SHARE = 0.635 / (1 - 0.064 - 0.005);

/** A standard normal value from two uniform draws (Box–Muller). */
const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

/** Realistic staff for `students` at a school teaching levels `first`..`last`. */
function staffFor(students: number, first: number, last: number): number {
  const primary = Math.max(0, Math.min(6, last) - first + 1);
  const levels = last - first + 1;
  const perTeacher = (STUDENTS_PER_TEACHER.primary * primary + STUDENTS_PER_TEACHER.secondary * (levels - primary)) / levels;
  return Math.max(2, Math.round(Math.ceil(students / perTeacher) / TEACHER_SHARE));
}

export const school: EntitySpec = {
  fields: {
    refId: ({ rng }) => rng.uuid(),
    schoolType: (ctx) => ctx.rng.weighted(typesFor(ctx).map((t) => [t.type, t.weight] as const)),
    firstLevel: ({ record }) => typeOf(record.schoolType).first,
    lastLevel: ({ record }) => typeOf(record.schoolType).last,
    yearLevels: ({ record }) => YEAR_LEVELS.slice(Number(record.firstLevel), Number(record.lastLevel) + 1),
    schoolName: (ctx) => `${hubSchoolPlace(ctx, String(ctx.school.centreCode))} ${typeOf(ctx.record.schoolType).suffix}`,
    suburbIndex: ({ rng }) => rng.int(0, QLD_SUBURBS.length - 1),
    suburb: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![0],
    postcode: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![1],
    region: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![2],
    enrolment: (ctx) => {
      if (!realistic(ctx)) return ctx.options.studentsPerSchool;
      const { median, sigma, min, max } = typeOf(ctx.record.schoolType).size;
      return Math.round(Math.min(max, Math.max(min, median * Math.exp(sigma * normal(ctx.rng)))));
    },
    staffCount: (ctx) => (realistic(ctx) ? staffFor(Number(ctx.record.enrolment), Number(ctx.record.firstLevel), Number(ctx.record.lastLevel)) : ctx.options.staffPerSchool),
    stages: (ctx): StagePlan => {
      const first = Number(ctx.record.firstLevel);
      const last = Number(ctx.record.lastLevel);
      return realistic(ctx) ? stagesForSize(first, last, Number(ctx.record.enrolment)) : stagesForClasses(first, last, ctx.options.classesPerSchool);
    },
    houses: ({ rng }) => {
      const pool = [...HOUSES];
      return Array.from({ length: HOUSES_PER_SCHOOL }, () => pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
    },
    language: ({ rng }) => rng.weighted(SCHOOL_LANGUAGES),
    phone: schoolPhone,
    emailDomain: ({ school }) => `school-${String(school.centreCode)}.example`,
  },
};

/** The class plan of each school, by the school's `entity` function: built once per school. */
const plans = new WeakMap<BaseContext['entity'], ClassPlan>();

export function classPlanOf(ctx: BaseContext & { school: BaseContext['record'] }): ClassPlan {
  let plan = plans.get(ctx.entity);
  if (!plan) {
    const { firstLevel, lastLevel, stages, language } = asSchool(ctx.school);
    plan = planClasses(firstLevel, lastLevel, stages, ctx.options.schoolYear, language);
    plans.set(ctx.entity, plan);
  }
  return plan;
}
