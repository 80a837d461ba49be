// The student entity: the truth every student-side endpoint projects. Year level agrees
// with birth date and the school; names, home language and country of birth follow the
// household's background; classes come from the school's class plan; and every value is a
// function of the student's own index, never of how many students or schools there are.
import type { EntityContext, EntitySpec } from '../types.ts';
import { AUSTRALIA, BACKGROUNDS, ENGLISH } from '../vocab/backgrounds.ts';
import { FLAG_CATEGORIES, type FlagType } from '../vocab/codes.ts';
import { CONDITIONS, NCCD_CATEGORIES, NCCD_LEVELS, NCCD_RATE } from '../vocab/health.ts';
import { HOUSES, YEAR_LEVELS } from '../vocab/school.ts';
import { termStart } from './calendar.ts';
import { isoDate } from './dates.ts';
import { asHousehold, asStudent } from './entities.ts';
import { kinOf } from './kin.ts';
import { distinctName, givenName, nickname } from './names.ts';
import { sexCode } from './people.ts';
import { classPlanOf } from './school.ts';
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
/** [S18] Boys and girls with asthma: 12.1% and 7.9%. */
const ASTHMA_BY_SEX: Readonly<Record<string, number>> = { '1': 0.121, '2': 0.079 };
/** LBOTE students who get EAL/D support: most who were born overseas, some born here (assumption). */
const EALD = { overseas: 0.7, here: 0.25 };

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
    sex: sexCode,
    familyName: (ctx) => home(ctx).familyName,
    givenName: (ctx) => {
      const background = home(ctx).background;
      const english = ctx.rng.chance(BACKGROUNDS.find((b) => b.key === background)?.englishName ?? 0);
      return distinctName((attempt) => givenName(ctx.keyed('student-name', Number(ctx.index), attempt), background, ctx.record.sex, 'child', english), siblingNames(ctx));
    },
    middleName: (ctx) => {
      if (!ctx.rng.chance(MIDDLE_NAME)) return null;
      const draw = (attempt: number) => givenName(ctx.keyed('middle-name', Number(ctx.index), attempt), home(ctx).background, ctx.record.sex, 'child');
      const name = distinctName(draw, [ctx.record.givenName]);
      return name === ctx.record.givenName ? null : name;
    },
    preferredGivenName: (ctx) => (ctx.rng.chance(USES_NICKNAME) ? nickname(ctx.rng, String(ctx.record.givenName)) : null),
    lui: (ctx) => (Number(ctx.record.levelIndex) >= LUI_LEVEL ? String(ctx.permute('lui', PERSON_SPACE, personNumber(ctx), 'hub')).padStart(10, '0') : null),
    // The student's home group: one of their cohort's, by their own draw, so nobody moves when others join.
    homegroup: (ctx) => {
      const cohort = classPlanOf(ctx).cohortOf(Number(ctx.record.levelIndex))!;
      return ctx.rng.pick(cohort.groups).code;
    },
    classes: (ctx) => {
      const cohort = classPlanOf(ctx).cohortOf(Number(ctx.record.levelIndex))!;
      return cohort.groups.find((g) => g.code === ctx.record.homegroup)!.classes.map((c) => c.localId);
    },
    house: ({ rng }) => rng.pick(HOUSES),
    indigenousStatus: (ctx) => home(ctx).indigenousStatus,
    countryOfBirth: (ctx) => {
      const { arrivalYear, originCountry } = home(ctx);
      return arrivalYear !== null && kin(ctx).birth < Date.UTC(arrivalYear, 0, 1) ? originCountry : AUSTRALIA;
    },
    mainLanguageAtHome: (ctx) => {
      const h = home(ctx);
      return h.speaksLanguage ? BACKGROUNDS.find((b) => b.key === h.background)!.language : ENGLISH;
    },
    lbote: ({ record }) => (record.mainLanguageAtHome === ENGLISH ? 'N' : 'Y'),
    stints: (ctx) => stintsOf(ctx, ctx.school, home(ctx), Number(ctx.record.levelIndex), Number(ctx.index)),
    entryDate: (ctx) => {
      const here = stints(ctx).at(-1)!;
      return termStart(here.fromYear, here.fromTerm);
    },
    // Medical conditions, each on its own draw: a student may have none, one or several.
    conditions: (ctx) => {
      const age10 = Number(ctx.record.levelIndex) >= 5;
      return CONDITIONS.filter((condition) => {
        const rate = condition.code === 'MRD-1' ? (ASTHMA_BY_SEX[String(ctx.record.sex)] ?? condition.rate as number)
          : typeof condition.rate === 'number' ? condition.rate : age10 ? condition.rate.from10 : condition.rate.under10;
        return ctx.keyed('condition', Number(ctx.index), condition.code).chance(rate);
      }).map((c) => c.code);
    },
    eald: ({ rng, record }) => record.lbote === 'Y' && rng.chance(record.countryOfBirth === AUSTRALIA ? EALD.here : EALD.overseas),
    nccd: ({ rng }) => (rng.chance(NCCD_RATE) ? { level: rng.weighted(NCCD_LEVELS), category: rng.weighted(NCCD_CATEGORIES) } : null),
    // The flags a student carries, in a fixed order; /flags serves one record for each.
    flagTypes: (ctx) => {
      const { record } = ctx;
      const nccd = record.nccd as { level: string } | null;
      const types: FlagType[] = [
        ...(record.conditions as string[]).map(() => 'MEDICAL' as const),
        ...(home(ctx).legal ? ['LEGAL' as const] : []),
        ...(['1', '2', '3'].includes(String(record.indigenousStatus)) ? ['INDIGENOUS' as const] : []),
        ...(record.eald ? ['EALD' as const] : []),
        ...(nccd ? ['DISABILITY_NCCD' as const] : []),
        ...(nccd && nccd.level !== 'QDTP' ? ['ILP' as const] : []),
      ];
      return types.filter((t) => t in FLAG_CATEGORIES);
    },
  },
};
