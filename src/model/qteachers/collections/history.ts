// /enrolment-history: one row per school year of each stint (a SIF enrolment never spans
// school years), from the first year in a Queensland state school to now. The last row is
// the current enrolment here, with no exit date; a stint that ended carries the exit code
// that pairs with the next stint's entry code.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { ENTRY_CONTINUING, EXIT_PERMANENT } from '../../vocab/codes.ts';
import { YEAR_LEVELS } from '../../vocab/school.ts';
import { termEnd, termStart } from '../calendar.ts';
import { asStudent } from '../entities.ts';
import type { Stint } from '../schooling.ts';
import { studentLinks } from './students.ts';

interface Row {
  stint: Stint;
  previous: Stint | undefined;
  next: Stint | undefined;
  year: number;
  first: boolean;
  last: boolean;
}

const stintsOf = (ctx: Pick<RecordContext, 'owner'>) => asStudent(ctx.owner).stints as unknown as Stint[];

/** Row `index` of the student's history. */
function rowAt(ctx: RecordContext): Row {
  const stints = stintsOf(ctx);
  let left = ctx.index;
  for (let s = 0; s < stints.length; s++) {
    const stint = stints[s]!;
    const years = stint.toYear - stint.fromYear + 1;
    if (left < years) {
      const year = stint.fromYear + left;
      return { stint, previous: stints[s - 1], next: stints[s + 1], year, first: left === 0, last: left === years - 1 };
    }
    left -= years;
  }
  throw new RangeError(`history row ${ctx.index} is past the student's stints`);
}

const isCurrent = (row: Row) => row.next === undefined && row.last;
const leaves = (row: Row) => row.last && row.next !== undefined;

export const enrolmentHistory: CollectionSpec = {
  api: 'student',
  path: 'enrolment-history',
  owner: 'student',
  count: (ctx) => stintsOf(ctx).reduce((sum, s) => sum + s.toYear - s.fromYear + 1, 0),
  fields: {
    historyId: (ctx) => `${asStudent(ctx.owner).enrolmentId}-${rowAt(ctx).year}${rowAt(ctx).next && rowAt(ctx).next!.fromYear === rowAt(ctx).year ? 'a' : ''}`,
    refId: ({ rng }) => rng.uuid(),
    ...studentLinks,
    schoolInfoRefId: (ctx) => (rowAt(ctx).stint.centreCode === null ? null : ctx.school.refId),
    schoolYear: (ctx) => String(rowAt(ctx).year),
    yearLevel: (ctx) => YEAR_LEVELS[asStudent(ctx.owner).levelIndex - (ctx.options.schoolYear - rowAt(ctx).year)],
    schoolName: (ctx) => rowAt(ctx).stint.schoolName,
    attendedCentreCode: (ctx) => rowAt(ctx).stint.centreCode,
    timeFrame: (ctx) => (isCurrent(rowAt(ctx)) ? 'C' : 'H'),
    membershipType: () => '01',
    entryDate: (ctx) => {
      const row = rowAt(ctx);
      return termStart(row.year, row.first ? row.stint.fromTerm : 1);
    },
    entryType: (ctx) => (rowAt(ctx).first ? rowAt(ctx).stint.entryType : ENTRY_CONTINUING),
    exitDate: (ctx) => {
      const row = rowAt(ctx);
      if (isCurrent(row)) return null;
      return termEnd(row.year, row.last ? row.stint.toTerm : 4);
    },
    exitType: (ctx) => (leaves(rowAt(ctx)) ? rowAt(ctx).stint.exitType : null),
    exitStatus: (ctx) => (leaves(rowAt(ctx)) ? EXIT_PERMANENT : null),
    recordClosureReason: (ctx) => (isCurrent(rowAt(ctx)) ? null : leaves(rowAt(ctx)) ? 'SchoolExit' : 'EndOfYear'),
    previousSchoolName: (ctx) => (rowAt(ctx).first && rowAt(ctx).previous ? rowAt(ctx).previous!.schoolName : null),
    destinationSchoolName: (ctx) => (leaves(rowAt(ctx)) ? rowAt(ctx).next!.schoolName : null),
    fte: () => 1,
  },
};
