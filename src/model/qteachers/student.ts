// The student entity: the truth every student-side endpoint projects. Year level agrees
// with birth date and the school; names, home language and country of birth follow the
// household's background; classes come from the school's class plan; and every value is a
// function of the student's own index, never of how many students or schools there are.
import type { EntityContext, EntitySpec } from '../types.ts';
import { AUSTRALIA, BACKGROUNDS } from '../vocab/backgrounds.ts';
import { YEAR_LEVELS } from '../vocab/school.ts';
import { termStart } from './calendar.ts';
import { isoDate } from './dates.ts';
import { asHousehold, asSchool, asStudent } from './entities.ts';
import { kinOf } from './kin.ts';
import { distinctName, givenName, nickname } from './names.ts';
import { classesOf, homegroupOf } from './student-classes.ts';
import { healthFields } from './student-health.ts';
import { stintsOf, type Stint } from './schooling.ts';

/** Enrolment IDs are the centre code and six digits: a million students per school. */
const ENROLMENT_SPACE = 1_000_000;
/** EQ IDs and LUIs carry ten digits: one for each (centre code, student index) pair, so none moves when the hub grows. */
const PERSON_SPACE = 10_000_000_000;
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A learning account (LUI) is opened in Year 10. */
const LUI_LEVEL = 10;
/** Students with a middle name, and with a nickname they go by when their name has one (assumptions). */
const MIDDLE_NAME = 0.65;
const USES_NICKNAME = 0.35;

/** The (centre code, index) pair as one number below PERSON_SPACE. */
const personNumber = (ctx: EntityContext) => Number(ctx.school.centreCode) * ENROLMENT_SPACE + Number(ctx.index);

/** A synthetic EQ ID: "99", ten digits and a check letter. */
function eqId(digits: number): string {
  const body = `99${String(digits).padStart(10, '0')}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i + 1), 0);
  return `${body}${CHECK_LETTERS[sum % CHECK_LETTERS.length]}`;
}

const home = (ctx: EntityContext) => asHousehold(ctx.entity('household', Number(ctx.record.householdHead)));
const kin = (ctx: EntityContext) => kinOf(ctx, Number(ctx.index));
const stints = (ctx: EntityContext) => ctx.record.stints as Stint[];

/** The given names of this student's elder siblings. */
function siblingNames(ctx: EntityContext): string[] {
  const names: string[] = [];
  for (let i = Number(ctx.record.householdHead); i < Number(ctx.index); i++) names.push(asStudent(ctx.entity('student', i)).givenName);
  return names;
}

const birthYear = (ctx: EntityContext) => new Date(kin(ctx).birth).getUTCFullYear();

export const student: EntitySpec = {
  fields: {
    // centre code + 6 digits, a keyed permutation of the index: unique by construction.
    enrolmentId: (ctx) => `${String(ctx.school.centreCode)}${String(ctx.permute('enrolment', ENROLMENT_SPACE, Number(ctx.index))).padStart(6, '0')}`,
    refId: ({ rng }) => rng.uuid(),
    eqId: (ctx) => eqId(ctx.permute('eq-id', PERSON_SPACE, personNumber(ctx), 'hub')),
    householdHead: (ctx) => kin(ctx).head,
    levelIndex: (ctx) => kin(ctx).level,
    yearLevel: ({ record }) => YEAR_LEVELS[Number(record.levelIndex)],
    birthDate: (ctx) => isoDate(kin(ctx).birth),
    sex: (ctx) => kin(ctx).sex,
    familyName: (ctx) => home(ctx).familyName,
    givenName: (ctx) => {
      const background = home(ctx).background;
      const english = ctx.rng.chance(BACKGROUNDS.find((b) => b.key === background)?.englishName ?? 0);
      // One stream for every retry: keys that differ only in a last digit start alike.
      const rng = ctx.keyed('student-name', Number(ctx.index));
      return distinctName(() => givenName(rng, background, ctx.record.sex, birthYear(ctx), english), siblingNames(ctx));
    },
    middleName: (ctx) => {
      if (!ctx.rng.chance(MIDDLE_NAME)) return null;
      const rng = ctx.keyed('middle-name', Number(ctx.index));
      const draw = () => givenName(rng, home(ctx).background, ctx.record.sex, birthYear(ctx));
      const name = distinctName(draw, [ctx.record.givenName]);
      return name === ctx.record.givenName ? null : name;
    },
    preferredGivenName: (ctx) => (ctx.rng.chance(USES_NICKNAME) ? nickname(ctx.rng, String(ctx.record.givenName)) : null),
    lui: (ctx) => (Number(ctx.record.levelIndex) >= LUI_LEVEL ? String(ctx.permute('lui', PERSON_SPACE, personNumber(ctx), 'hub')).padStart(10, '0') : null),
    homegroup: homegroupOf,
    classes: classesOf,
    house: (ctx) => ctx.rng.pick(asSchool(ctx.school).houses),
    indigenousStatus: (ctx) => home(ctx).indigenousStatus,
    countryOfBirth: (ctx) => {
      const { arrivalYear, originCountry } = home(ctx);
      return arrivalYear !== null && kin(ctx).birth < Date.UTC(arrivalYear, 0, 1) ? originCountry : AUSTRALIA;
    },
    mainLanguageAtHome: (ctx) => home(ctx).homeLanguage,
    lbote: (ctx) => (home(ctx).lote ? 'Y' : 'N'),
    stints: (ctx) => stintsOf(ctx, ctx.school, home(ctx), Number(ctx.record.levelIndex)),
    entryDate: (ctx) => {
      const here = stints(ctx).at(-1)!;
      return termStart(here.fromYear, here.fromTerm);
    },
    ...healthFields,
  },
};
