// /enrolment-history: one row per school year, from Prep to now. Years before the
// student came to this school are at a previous (fictional) school; the last row is
// the current enrolment here, with no exit date.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { ENTRY_ORIGINAL, ENTRY_TRANSFERS, EXIT_TRANSFERS, YEAR_LEVELS } from '../../vocab/codes.ts';
import { termEnd, termStart } from '../dates.ts';
import { asSchool, asStudent } from '../entities.ts';

const yearOf = (ctx: RecordContext) => ctx.options.schoolYear - asStudent(ctx.owner).levelIndex + ctx.index;
const isCurrent = (ctx: RecordContext) => yearOf(ctx) === ctx.options.schoolYear;
const isHere = (ctx: RecordContext) => yearOf(ctx) >= asStudent(ctx.owner).entryYear;
const isFirstYear = (ctx: RecordContext) => ctx.index === 0;
const isEntryHere = (ctx: RecordContext) => yearOf(ctx) === asStudent(ctx.owner).entryYear;
const isLastBeforeHere = (ctx: RecordContext) => yearOf(ctx) === asStudent(ctx.owner).entryYear - 1;

export const enrolmentHistory: CollectionSpec = {
  api: 'student',
  path: 'enrolment-history',
  owner: 'student',
  count: ({ owner }) => asStudent(owner).levelIndex + 1,
  fields: {
    historyId: (ctx) => `${asStudent(ctx.owner).enrolmentId}-${yearOf(ctx)}`,
    schoolYear: (ctx) => String(yearOf(ctx)),
    yearLevel: (ctx) => YEAR_LEVELS[ctx.index],
    schoolName: (ctx) => (isHere(ctx) ? asSchool(ctx.school).schoolName : asStudent(ctx.owner).previousSchoolName),
    attendedCentreCode: (ctx) => (isHere(ctx) ? ctx.school.centreCode : null),
    timeFrame: (ctx) => (isCurrent(ctx) ? 'C' : 'H'),
    membershipType: () => '01',
    entryDate: (ctx) => termStart(yearOf(ctx)),
    entryType: (ctx) => {
      if (isFirstYear(ctx)) return ENTRY_ORIGINAL;
      return isEntryHere(ctx) ? ctx.rng.pick(ENTRY_TRANSFERS) : '1835';
    },
    exitDate: (ctx) => (isCurrent(ctx) ? null : termEnd(yearOf(ctx))),
    exitType: (ctx) => (isLastBeforeHere(ctx) ? ctx.rng.pick(EXIT_TRANSFERS) : null),
    exitStatus: (ctx) => (isLastBeforeHere(ctx) ? '1905' : null),
    recordClosureReason: (ctx) => (isCurrent(ctx) ? null : isLastBeforeHere(ctx) ? 'SchoolExit' : 'EndOfYear'),
    previousSchoolName: (ctx) => (isEntryHere(ctx) && !isFirstYear(ctx) ? asStudent(ctx.owner).previousSchoolName : null),
    destinationSchoolName: (ctx) => (isLastBeforeHere(ctx) ? asSchool(ctx.school).schoolName : null),
    fte: () => 1,
  },
};
