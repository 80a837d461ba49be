// The school entity: its type, name and year levels agree; it sits in a real Queensland
// suburb with that suburb's postcode and its Department of Education region; and its class
// plan (class-plan.ts) follows from its year levels and the classes option.
import type { BaseContext, EntitySpec } from '../types.ts';
import { LANDFORMS, NAME_WORDS } from '../vocab/places.ts';
import { QLD_SUBURBS } from '../vocab/qld-suburbs.ts';
import { SCHOOL_TYPES, YEAR_LEVELS } from '../vocab/school.ts';
import { planClasses, type ClassPlan } from './class-plan.ts';
import { asSchool } from './entities.ts';
import { schoolPhone } from './phones.ts';

/** An invented school place name, e.g. "Wattle Creek": never a real school's. */
export const placeName = (ctx: BaseContext) => `${ctx.rng.pick(NAME_WORDS)} ${ctx.rng.pick(LANDFORMS)}`;

const typeOf = (schoolType: unknown) => SCHOOL_TYPES.find((t) => t.type === schoolType) ?? SCHOOL_TYPES[0];

export const school: EntitySpec = {
  fields: {
    refId: ({ rng }) => rng.uuid(),
    schoolType: ({ rng }) => rng.weighted(SCHOOL_TYPES.map((t) => [t.type, t.weight] as const)),
    firstLevel: ({ record }) => typeOf(record.schoolType).first,
    lastLevel: ({ record }) => typeOf(record.schoolType).last,
    yearLevels: ({ record }) => YEAR_LEVELS.slice(Number(record.firstLevel), Number(record.lastLevel) + 1),
    schoolName: (ctx) => `${placeName(ctx)} ${typeOf(ctx.record.schoolType).suffix}`,
    suburbIndex: ({ rng }) => rng.int(0, QLD_SUBURBS.length - 1),
    suburb: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![0],
    postcode: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![1],
    region: ({ record }) => QLD_SUBURBS[Number(record.suburbIndex)]![2],
    phone: schoolPhone,
    emailDomain: ({ school }) => `school-${String(school.centreCode)}.example`,
  },
};

/** The class plan of each school, by the school's `entity` function: built once per school. */
const plans = new WeakMap<BaseContext['entity'], ClassPlan>();

export function classPlanOf(ctx: BaseContext & { school: BaseContext['record'] }): ClassPlan {
  let plan = plans.get(ctx.entity);
  if (!plan) {
    const { firstLevel, lastLevel } = asSchool(ctx.school);
    plan = planClasses(firstLevel, lastLevel, ctx.options.classesPerSchool, ctx.options.schoolYear, (cohort) => ctx.keyed('class-plan', cohort));
    plans.set(ctx.entity, plan);
  }
  return plan;
}
