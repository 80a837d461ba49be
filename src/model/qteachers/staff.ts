// The staff entity: who works at a school, in which post, and which classes they take.
// Posts follow the staff room's mix and the class plan (staffing.ts); sex follows the
// published figures for each kind of post; teachers who take classes are active, FTE agrees
// with the post, and every start date is a working day.
import type { BaseContext, EntityContext, EntitySpec } from '../types.ts';
import { STAFF_EMAIL_DOMAIN } from '../vocab/contact.ts';
import { SUBJECT_KLA } from '../vocab/school.ts';
import { termStart } from './calendar.ts';
import { isoDate } from './dates.ts';
import { asSchool } from './entities.ts';
import { familyName, givenName, nickname } from './names.ts';
import { emailLocal, title } from './people.ts';
import { classPlanOf } from './school.ts';
import { rosterOf, type Roster, type StaffPost } from './staffing.ts';

/** Staff IDs are 7 digits, like a payroll number: one for each (centre code, staff index) pair, up to 1,000 staff a school. */
const STAFF_SPACE = 10_000_000;
const STAFF_PER_CODE = 1_000;
const DAY = 86_400_000;
/**
 * Women's share by post: primary teachers 85.3% (Queensland state schools, 2018 [S42]),
 * secondary teachers 61.4% (Australia, 2023 [S43]), teacher aides 88% [S44], secretaries 95%
 * (for administration officers) [S45], principals 56% and assistant principals 62% (Victorian
 * government schools, 2021 [S41]; no Queensland figure was found), others the Department's
 * 77.7% [S46]. 0.2% of the Department's staff are non-binary [S46] (SIF `4`); its 1.1% who
 * did not disclose a gender answered a survey question, not a record's sex, so none here is `9`.
 */
const WOMEN = { primaryTeacher: 0.853, secondaryTeacher: 0.614, 'Teacher Aide': 0.88, 'Administration Officer': 0.95, Principal: 0.56, 'Deputy Principal': 0.62, other: 0.777 } as const;
const NON_BINARY = 0.002;
/** Years a staff member may have been in the post, and ages they may be (assumptions). */
const TENURE_YEARS = 25;
const AGE = [23, 64] as const;
/** Non-teaching staff may start any working day; teachers mostly at the start of a term (assumption). */
const TERM_ONE_START = 0.7;

/** The roster of each school, by the school's `entity` function. */
const rosters = new WeakMap<BaseContext['entity'], Roster>();

function postOf(ctx: EntityContext): StaffPost {
  let roster = rosters.get(ctx.entity);
  if (!roster) {
    const school = asSchool(ctx.school);
    rosters.set(ctx.entity, (roster = rosterOf(classPlanOf(ctx), school.staffCount, school.lastLevel > 6)));
  }
  return roster.posts[Number(ctx.index)]!;
}
const post = (ctx: EntityContext) => ctx.record.post as StaffPost;
const levelOrder = (level: string) => (level === 'P' ? 0 : Number(level));

/** Whether a teacher's post is in a primary school's years: by their classes, else the school's. */
function primaryPost(ctx: EntityContext): boolean {
  const levels = post(ctx).classes.flatMap((c) => c.yearLevels);
  if (levels.length > 0) return levels.filter((l) => levelOrder(l) <= 6).length * 2 >= levels.length;
  return asSchool(ctx.school).firstLevel === 0 && (asSchool(ctx.school).lastLevel <= 6 || ctx.rng.chance(0.5));
}

function womenShare(ctx: EntityContext): number {
  const { role } = post(ctx);
  if (role === 'Teacher' || role === 'Head of Department' || role === 'Guidance Officer') return primaryPost(ctx) ? WOMEN.primaryTeacher : WOMEN.secondaryTeacher;
  return role in WOMEN ? WOMEN[role as keyof typeof WOMEN] : WOMEN.other;
}

/** A working day: `date`, or the Monday after it when it falls on a weekend. */
function workingDay(time: number): string {
  const day = new Date(time).getUTCDay();
  return isoDate(time + (day === 6 ? 2 : day === 0 ? 1 : 0) * DAY);
}

export const staff: EntitySpec = {
  fields: {
    staffId: (ctx) => String(ctx.permute('staff-id', STAFF_SPACE, Number(ctx.school.centreCode) * STAFF_PER_CODE + Number(ctx.index), 'hub')).padStart(7, '0'),
    refId: ({ rng }) => rng.uuid(),
    post: postOf,
    role: (ctx) => post(ctx).role,
    sex: (ctx) => {
      if (ctx.rng.chance(NON_BINARY)) return '4';
      return ctx.rng.chance(womenShare(ctx)) ? '2' : '1';
    },
    title: (ctx) => title(ctx, ctx.record.sex),
    familyName: (ctx) => familyName(ctx.rng, 'english'),
    givenName: (ctx) => givenName(ctx.rng, 'english', ctx.record.sex, ctx.options.schoolYear - ctx.rng.int(...AGE)),
    preferredGivenName: ({ rng, record }) => (rng.chance(0.25) ? nickname(rng, String(record.givenName)) : null),
    teachingGroups: (ctx) =>
      post(ctx).classes.map((c) => ({ localId: c.localId, shortName: c.shortName, longName: c.longName, kla: c.kla, association: 'Class Teacher' })),
    positionTitle: (ctx) => post(ctx).positionTitle,
    // Whoever takes classes is at work; only staff without classes may be on leave.
    employmentStatus: (ctx) => (post(ctx).classes.length > 0 || post(ctx).leader ? 'A' : ctx.rng.weighted([['A', 90], ['O', 8], ['S', 2]])),
    jobFte: (ctx) => post(ctx).fte ?? ctx.rng.weighted([[1, 60], [0.8, 20], [0.6, 15], [0.4, 5]]),
    // This year's starters began with Term 1; before, teachers mostly at a term's start, others any working day.
    jobStartDate: (ctx) => {
      const year = ctx.options.schoolYear - ctx.rng.int(0, TENURE_YEARS);
      if (year === ctx.options.schoolYear) return termStart(year, 1);
      if (post(ctx).timetabled || post(ctx).leader) return termStart(year, ctx.rng.chance(TERM_ONE_START) ? 1 : ctx.rng.int(2, 4));
      return workingDay(Date.UTC(year, 0, 20) + ctx.rng.int(0, 330) * DAY);
    },
    primaryAssignment: () => 'Y',
    casualReliefTeacher: (ctx) => (post(ctx).relief ? 'Y' : 'N'),
    availableForTimetable: (ctx) => (post(ctx).timetabled ? 'Y' : 'N'),
    yearLevels: (ctx) => [...new Set(post(ctx).classes.flatMap((c) => c.yearLevels))].sort((a, b) => levelOrder(a) - levelOrder(b)),
    subjects: (ctx) => {
      const codes = [...new Set(post(ctx).classes.map((c) => c.subject))];
      return codes.map((code, i) => ({ preference: i + 1, subject: code, kla: SUBJECT_KLA.get(code)! }));
    },
    homegroup: (ctx) => post(ctx).homegroup,
    email: ({ rng, record }) => `${emailLocal(String(record.givenName).slice(0, 1), record.familyName)}${rng.int(1, 99)}@${STAFF_EMAIL_DOMAIN}`,
    workPhone: ({ school }) => school.phone,
  },
};
