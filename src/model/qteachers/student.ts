// The student entity: the truth every student-side endpoint projects. Year level
// agrees with birth date and the school's type, classes are the classes of that year
// level, and the schooling history runs from Prep to now, ending at this school.
import type { EntityContext, EntitySpec } from '../types.ts';
import {
  COUNTRIES_OF_BIRTH, HOME_LANGUAGES, INDIGENOUS_STATUS, LANGUAGE_ENGLISH, MEDICAL_CONDITIONS,
  NCCD_CATEGORIES, NCCD_LEVELS, YEAR_LEVELS,
} from '../vocab/codes.ts';
import { HOUSES, LANDFORMS, NAME_WORDS } from '../vocab/places.ts';
import { birthDateFor, termStart } from './dates.ts';
import { asHousehold, asSchool } from './entities.ts';
import { joinsPrevious } from './household.ts';
import { familyName, givenName, sexCode } from './people.ts';
import { classesOf } from './school.ts';

const ENROLMENT_SPACE = 1_000_000;
const EQ_SPACE = 100_000_000;
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A global ordinal of a student across the hub's schools, for hub-wide unique IDs. */
const ordinal = (ctx: EntityContext) => Number(ctx.school.position) * ctx.options.studentsPerSchool + Number(ctx.index);

/** A synthetic EQ ID: "99", eight digits and a check letter. */
function eqId(digits: number): string {
  const body = `99${String(digits).padStart(8, '0')}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i + 1), 0);
  return `${body}${CHECK_LETTERS[sum % CHECK_LETTERS.length]}`;
}

export const student: EntitySpec = {
  fields: {
    // centre code + 6 digits, a keyed permutation of the index: unique by construction.
    enrolmentId: (ctx) => `${String(ctx.school.centreCode)}${String(ctx.permute('enrolment', ENROLMENT_SPACE, Number(ctx.index))).padStart(6, '0')}`,
    refId: ({ faker }) => faker.string.uuid(),
    eqId: (ctx) => eqId(ctx.permute('eq-id', EQ_SPACE, ordinal(ctx), 'hub')),
    householdHead: (ctx) => {
      let head = Number(ctx.index);
      while (joinsPrevious(ctx, head)) head--;
      return head;
    },
    familyName: (ctx) => (ctx.rng.chance(0.92) ? asHousehold(ctx.entity('household', Number(ctx.record.householdHead))).familyName : familyName(ctx)),
    sex: sexCode,
    givenName: (ctx) => givenName(ctx, ctx.record.sex),
    middleName: (ctx) => (ctx.rng.chance(0.7) ? givenName(ctx, ctx.record.sex) : null),
    preferredGivenName: (ctx) => (ctx.rng.chance(0.15) ? String(ctx.record.givenName).slice(0, 3) : null),
    // Students are in the year levels that have classes, so every student attends some.
    levelIndex: (ctx) => {
      const levels = [...new Set(classesOf(ctx).map((c) => c.levelIndex))];
      const { firstLevel, lastLevel } = asSchool(ctx.school);
      return levels.length > 0 ? ctx.rng.pick(levels) : ctx.rng.int(firstLevel, lastLevel);
    },
    yearLevel: ({ record }) => YEAR_LEVELS[Number(record.levelIndex)],
    birthDate: ({ rng, options, record }) => birthDateFor(rng, options.schoolYear, Number(record.levelIndex)),
    lui: (ctx) => (Number(ctx.record.levelIndex) >= 10 ? `99${String(ctx.permute('lui', EQ_SPACE, ordinal(ctx), 'hub')).padStart(8, '0')}` : null),
    classes: (ctx) => classesOf(ctx).filter((c) => c.levelIndex === ctx.record.levelIndex).map((c) => c.localId),
    homegroup: (ctx) => classesOf(ctx).find((c) => c.levelIndex === ctx.record.levelIndex)?.group ?? `${String(ctx.record.yearLevel)}A`,
    house: ({ rng }) => rng.pick(HOUSES),
    indigenousStatus: ({ rng }) => rng.weighted(INDIGENOUS_STATUS.map((code) => [code, code === '4' ? 86 : code === '9' ? 6 : code === '1' ? 5 : 1.5] as const)),
    countryOfBirth: ({ rng }) => rng.weighted(COUNTRIES_OF_BIRTH),
    mainLanguageAtHome: ({ rng }) => rng.weighted(HOME_LANGUAGES),
    lbote: ({ record }) => (record.mainLanguageAtHome === LANGUAGE_ENGLISH ? 'N' : 'Y'),
    // The first year at this school: from its first year level for most, later for transfers.
    entryYear: (ctx) => {
      const { firstLevel } = asSchool(ctx.school);
      const yearsHere = Number(ctx.record.levelIndex) - firstLevel + 1;
      const extra = ctx.rng.chance(0.8) ? yearsHere - 1 : ctx.rng.int(0, yearsHere - 1);
      return ctx.options.schoolYear - extra;
    },
    entryDate: ({ record }) => termStart(Number(record.entryYear)),
    previousSchoolName: (ctx) => {
      const firstYear = ctx.options.schoolYear - Number(ctx.record.levelIndex);
      return Number(ctx.record.entryYear) > firstYear ? `${ctx.rng.pick(NAME_WORDS)} ${ctx.rng.pick(LANDFORMS)} State School` : null;
    },
    medical: ({ rng }) => (rng.chance(0.15) ? rng.pick(MEDICAL_CONDITIONS) : null),
    eald: ({ rng, record }) => rng.chance(record.lbote === 'Y' ? 0.6 : 0.02),
    nccd: ({ rng }) => (rng.chance(0.17) ? { level: rng.pick(NCCD_LEVELS), category: rng.pick(NCCD_CATEGORIES) } : null),
    // The flags a student carries, in a fixed order; /flags serves one record for each.
    flagTypes: (ctx) => {
      const { record } = ctx;
      const legal = asHousehold(ctx.entity('household', Number(record.householdHead))).legal;
      const nccd = record.nccd as { level: string } | null;
      return [
        record.medical ? 'MEDICAL' : null,
        legal ? 'LEGAL' : null,
        ['1', '2', '3'].includes(String(record.indigenousStatus)) ? 'INDIGENOUS' : null,
        record.eald ? 'EALD' : null,
        nccd ? 'DISABILITY_NCCD' : null,
        nccd && nccd.level !== 'QDTP' ? 'ILP' : null,
      ].filter((t): t is string => t !== null);
    },
  },
};
