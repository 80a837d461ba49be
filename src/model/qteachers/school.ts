// The school and class entities, and the staffing plan that decides who teaches.
import type { BaseContext, EntitySpec } from '../types.ts';
import { SCHOOL_TYPES, SUBJECTS, YEAR_LEVELS } from '../vocab/codes.ts';
import { FICTION_LANDLINE_PREFIX } from '../vocab/contact.ts';
import { LANDFORMS, NAME_WORDS, SUBURBS } from '../vocab/places.ts';
import { asClass, asSchool } from './entities.ts';

/** A fixed-line number in the (07) 5550 fiction block. */
export const landline = (ctx: BaseContext) => `${FICTION_LANDLINE_PREFIX}${String(ctx.rng.int(0, 9999)).padStart(4, '0')}`;

/** An invented school place name, e.g. "Wattle Creek". */
export const placeName = (ctx: BaseContext) => `${ctx.rng.pick(NAME_WORDS)} ${ctx.rng.pick(LANDFORMS)}`;

const typeOf = (schoolType: unknown) => SCHOOL_TYPES.find((t) => t.type === schoolType) ?? SCHOOL_TYPES[0];

export const school: EntitySpec = {
  fields: {
    schoolType: ({ rng }) => rng.weighted(SCHOOL_TYPES.map((t) => [t.type, t.weight] as const)),
    firstLevel: ({ record }) => typeOf(record.schoolType).first,
    lastLevel: ({ record }) => typeOf(record.schoolType).last,
    yearLevels: ({ record }) => YEAR_LEVELS.slice(Number(record.firstLevel), Number(record.lastLevel) + 1),
    schoolName: (ctx) => `${placeName(ctx)} ${typeOf(ctx.record.schoolType).suffix}`,
    suburb: ({ rng }) => rng.pick(SUBURBS)[0],
    postcode: ({ record }) => SUBURBS.find(([suburb]) => suburb === record.suburb)![1],
    phone: landline,
    emailDomain: ({ school }) => `school-${String(school.centreCode)}.example`,
  },
};

/** The staffing plan: a principal, a deputy, teachers, a teacher aide and an administration officer. */
export function staffRole(index: number, staffCount: number): string {
  if (index === 0) return 'Principal';
  if (index === 1 && staffCount >= 6) return 'Deputy Principal';
  if (index === staffCount - 1 && staffCount >= 4) return 'Administration Officer';
  if (index === staffCount - 2 && staffCount >= 5) return 'Teacher Aide';
  return 'Teacher';
}

/** Staff who take classes: the teachers, or everyone when a school is too small to have any. */
export function teachingStaff(staffCount: number): number[] {
  const all = Array.from({ length: staffCount }, (_, i) => i);
  const teachers = all.filter((i) => staffRole(i, staffCount) === 'Teacher');
  return teachers.length > 0 ? teachers : all;
}

/** The classes of a school, in order. */
/** The class list per school, by the school's `entity` function: the same for every record of it. */
const classLists = new WeakMap<BaseContext['entity'], readonly ReturnType<typeof asClass>[]>();

export function classesOf(ctx: BaseContext): readonly ReturnType<typeof asClass>[] {
  let classes = classLists.get(ctx.entity);
  if (!classes) {
    classes = Array.from({ length: ctx.options.classesPerSchool }, (_, c) => asClass(ctx.entity('class', c)));
    classLists.set(ctx.entity, classes);
  }
  return classes;
}

export const schoolClass: EntitySpec = {
  fields: {
    levelIndex: ({ school, index }) => {
      const { firstLevel, lastLevel } = asSchool(school);
      return firstLevel + (Number(index) % (lastLevel - firstLevel + 1));
    },
    yearLevel: ({ record }) => YEAR_LEVELS[Number(record.levelIndex)],
    group: ({ school, index, record }) => {
      const { firstLevel, lastLevel } = asSchool(school);
      const round = Math.floor(Number(index) / (lastLevel - firstLevel + 1));
      return `${String(record.yearLevel)}${String.fromCharCode(65 + (round % 26))}${round >= 26 ? Math.floor(round / 26) : ''}`;
    },
    subject: ({ rng }) => rng.pick(SUBJECTS).code,
    kla: ({ record }) => SUBJECTS.find((s) => s.code === record.subject)!.kla,
    schoolYear: ({ options }) => String(options.schoolYear),
    localId: ({ record }) => `${String(record.schoolYear)}-${String(record.group)}-${String(record.subject)}`,
    shortName: ({ record }) => `${String(record.group)} ${String(record.subject)}`,
    longName: ({ record }) => {
      const subject = SUBJECTS.find((s) => s.code === record.subject)!.name;
      const group = String(record.group);
      return record.yearLevel === 'P' ? `Prep ${group.slice(1)} ${subject}` : `Year ${group} ${subject}`;
    },
    teacherIndex: ({ options, index }) => {
      const teachers = teachingStaff(options.staffPerSchool);
      return teachers[Number(index) % teachers.length];
    },
  },
};
